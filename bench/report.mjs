/**
 * Turns the benchmark's figures into the printed report and the budget verdicts. Every time is the
 * median of one run, in ms; a ratio "12×" reads "twelve times as long as" the thing it is
 * compared with (for mark.js and the expression: how many times slower than RegLens).
 */
import { layerBudgets, layerReport } from './report-layers.mjs';

export const ms = (value) => {
  if (value === null || value === undefined || Number.isNaN(value)) return '-';
  if (value < 1) return value.toFixed(3);
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
};

export const times = (value) => {
  if (value === null || value === undefined || !Number.isFinite(value)) return '-';
  return value < 10 ? `${value.toFixed(1)}×` : `${Math.round(value).toLocaleString('en')}×`;
};

/** A difference, with its sign: "+2.80", "-1.70". */
const signed = (value) => (value < 0 ? `-${ms(-value)}` : `+${ms(value)}`);

const bytes = (value) =>
  value === undefined || value === null
    ? '-'
    : value >= 1e6
      ? `${(value / 1e6).toFixed(2)} MB`
      : `${(value / 1e3).toFixed(1)} kB`;

const chars = (value) =>
  value === undefined
    ? '-'
    : value >= 1e6
      ? `${(value / 1e6).toFixed(2)}M`
      : value.toLocaleString('en');

function quantile(values, q) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
}

/** What the page script adds to a page that is not an article: script and compile time. */
const addedOf = (c) => c.addedMs ?? c.addedScriptMs + (c.reglensCompileMs - c.emptyCompileMs);

/** How far RegLens went on a page that is not an article (bench phase 5). */
function stoppedAt(c) {
  // Detection runs in the annotator: a detected mark means the annotator was loaded.
  return c.annotator ? 'annotation' : c.detected ? 'detection (annotator loaded)' : 'prefilter';
}

/** Plain-text table; columns after the first are right-aligned (they hold figures). */

export function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells
      .map((cell, i) =>
        i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]),
      )
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const total = (m) => m?.total?.ms ?? m?.ms ?? null;
/** a / b, or null when either is missing: a missing figure must not print as a ratio. */
const over = (a, b) =>
  a === null || a === undefined || b === null || b === undefined || !(b > 0) ? null : a / b;

/** Ratio per page of two figures, skipping pages that lack either. */
function ratios(pages, top, bottom) {
  const out = [];
  for (const page of pages) {
    const a = top(page);
    const b = bottom(page);
    if (a === null || a === undefined || b === null || b === undefined || b <= 0) continue;
    out.push({ id: page.id, value: a / b });
  }
  return out;
}

function spread(list) {
  const values = list.map((r) => r.value);
  const worstMax = list.reduce((w, r) => (w === null || r.value > w.value ? r : w), null);
  const worstMin = list.reduce((w, r) => (w === null || r.value < w.value ? r : w), null);
  return {
    n: list.length,
    median: quantile(values, 0.5),
    p90: quantile(values, 0.9),
    worstMax,
    worstMin,
  };
}

/** The spread of a per-page ratio, and on how many pages it is at most `limit`. */
function ratioSpread(pages, top, bottom, limit = Infinity) {
  const list = ratios(pages, top, bottom);
  return { ...spread(list), within: list.filter((r) => r.value <= limit).length };
}

const floorOf = (p) => p.floor?.ms;
const highlightFloorOf = (p) => p.highlightFloor?.ms;
/** The in-page floor: the text floor and the highlight floor for the same page. */
const pageFloorOf = (p) =>
  p.floor?.ms === undefined || p.highlightFloor?.ms === undefined
    ? null
    : p.floor.ms + p.highlightFloor.ms;
const architectureFloorOf = (p) =>
  p.extension?.isArticle ? (p.extension.architectureFloorMs ?? null) : null;
const reglensOf = (set) => (p) => total(p.reglens?.[set]);
const matchOf = (set) => (p) => total(p.match?.[set]);
const regexOf = (set) => (p) => total(p.regex?.[set]);
const markjsOf = (set) => (p) => total(p.markjs?.[set]);
const wholeOf = (p) => (p.extension?.isArticle ? p.extension.wholeMs : null);

/**
 * The budgets, each with its verdict and figure. A budget with nothing measured (a --quick run,
 * a missing corpus) is "n/a", never a PASS.
 */
export function evaluateBudgets(results) {
  const pages = results.pages;
  const budgets = [];
  const add = (id, label, list, pass, figure) =>
    budgets.push({
      id,
      label,
      status: list.n === 0 ? 'n/a' : pass ? 'PASS' : 'MISS',
      figure,
      pages: list.n,
    });

  const floor = ratioSpread(pages, reglensOf('kb'), pageFloorOf, 3);
  const textOnly = spread(ratios(pages, reglensOf('kb'), floorOf));
  add(
    'reglens-3x-page-floor',
    'Text map, matching and highlighting at most 3× (text floor + highlight floor) (every page, bundled names)',
    floor,
    floor.n > 0 && floor.worstMax.value <= 3,
    floor.n
      ? `median ${times(floor.median)}, p90 ${times(floor.p90)}, worst ${times(floor.worstMax.value)} (${floor.worstMax.id}); ` +
          `${floor.within}/${floor.n} pages within (against the text floor alone: median ${times(textOnly.median)}, worst ${times(textOnly.worstMax?.value)})`
      : 'not measured',
  );

  const whole = ratioSpread(pages, wholeOf, architectureFloorOf, 1.5);
  const wholeMs = pages.map(wholeOf).filter((v) => Number.isFinite(v));
  const floorMs = pages.map(architectureFloorOf).filter((v) => Number.isFinite(v));
  add(
    'whole-1.5x-architecture-floor',
    'Whole path a reader waits for at most 1.5× the architecture floor (90th percentile of article pages)',
    whole,
    whole.n > 0 && whole.p90 <= 1.5,
    whole.n
      ? `p90 ${times(whole.p90)}, median ${times(whole.median)}, worst ${times(whole.worstMax.value)} (${whole.worstMax.id}); ` +
          `${whole.within}/${whole.n} pages within; whole path median ${ms(quantile(wholeMs, 0.5))} ms, p90 ${ms(quantile(wholeMs, 0.9))} ms; ` +
          `architecture floor median ${ms(quantile(floorMs, 0.5))} ms, p90 ${ms(quantile(floorMs, 0.9))} ms`
      : 'not measured',
  );

  const cards = results.dwellToCard ?? [];
  const slowest = cards.reduce((w, c) => (w === null || c.ms > w.ms ? c : w), null);
  add(
    'dwell-to-card-16ms',
    'From the end of the hover-intent dwell to the card painted within one frame, 16 ms (every card, the first included; detail pages)',
    { n: cards.length },
    cards.length > 0 && slowest.ms <= 16,
    cards.length
      ? `slowest ${ms(slowest.ms)} ms (${slowest.kind} card on ${slowest.page}${slowest.first ? ', the first' : ''}); ` +
          `first cards ${cards
            .filter((c) => c.first)
            .map((c) => `${ms(c.ms)} ms`)
            .join(', ')}; median ${ms(
            quantile(
              cards.map((c) => c.ms),
              0.5,
            ),
          )} ms over ${cards.length} cards (${[...new Set(cards.map((c) => c.kind))].join(', ')})`
      : 'not measured',
  );

  const mark = ratioSpread(pages, markjsOf('1k'), reglensOf('1k'));
  add(
    'markjs-100x',
    'At least 100× faster than mark.js with 1,000 names (same page, highlighting included)',
    mark,
    mark.n > 0 && mark.worstMin.value >= 100,
    mark.n
      ? `lowest ${times(mark.worstMin.value)} (${mark.worstMin.id}), median ${times(mark.median)}`
      : 'not measured',
  );

  const regex = ratioSpread(pages, regexOf('10k'), matchOf('10k'));
  add(
    'regex-10k',
    'Ahead of one combined expression at 10,000 names, its compile time counted (matching alone)',
    regex,
    regex.n > 0 && regex.worstMin.value > 1,
    regex.n
      ? `expression/RegLens lowest ${times(regex.worstMin.value)} (${regex.worstMin.id}), median ${times(regex.median)}`
      : 'not measured',
  );

  const scale = ratioSpread(pages, matchOf('100k'), matchOf('1k'), 2);
  add(
    'match-100k-2x',
    'Matching with 100,000 names within 2× of 1,000 names (every page)',
    scale,
    scale.n > 0 && scale.worstMax.value <= 2,
    scale.n
      ? `median ${times(scale.median)}, worst ${times(scale.worstMax.value)} (${scale.worstMax.id}); ` +
          `${scale.within}/${scale.n} pages within`
      : 'not measured',
  );

  const big = pages.find((p) => p.id === 'generated/article-1mb');
  const bigTasks = big?.extension?.tracedTasks ?? null;
  const worstTask = bigTasks?.reduce(
    (w, t) => (w === null || t.duration > w.duration ? t : w),
    null,
  );
  add(
    'no-long-task-1mb',
    'No main-thread task over 50 ms while annotating a page with 1 MB of text (real extension, DevTools trace)',
    { n: bigTasks ? 1 : 0 },
    bigTasks !== null && bigTasks.length === 0,
    bigTasks === null
      ? 'not measured'
      : bigTasks.length === 0
        ? `none (${chars(big.chars)} chars)`
        : `${bigTasks.length} over 50 ms, longest ${ms(worstTask.duration)} ms: ` +
          bigTasks.map((t) => `${ms(t.duration)} ms ${t.step}`).join(', '),
  );

  // The verdict is on script and compile time: a lower bound of the main-thread time the content
  // script takes, and steady from load to load, where the main thread's total varies by several
  // ms. Compile is counted because Chromium keeps a script's compile before it runs out of its
  // script time: a page script that compiled more up front would otherwise look cheaper.
  const cost = results.contentScriptCost ?? [];
  const worstCost = cost.reduce((w, c) => (w === null || addedOf(c) > addedOf(w) ? c : w), null);
  add(
    'non-article-1ms',
    'On a page that is not an article, under 1 ms over an empty content script',
    { n: cost.length },
    cost.length > 0 && addedOf(worstCost) < 1,
    cost.length
      ? cost
          .map(
            (c) =>
              `${c.page} ${signed(addedOf(c))} ms script and compile (script ${signed(c.addedScriptMs)}, ` +
              `compile ${signed(c.reglensCompileMs - c.emptyCompileMs)}; main thread ${signed(c.addedTaskMs)} ms, ` +
              `stopped at the ${stoppedAt(c)})`,
          )
          .join(', ')
      : 'not measured',
  );

  budgets.push(...layerBudgets(results));

  const injected = (results.sizes ?? []).filter((s) => s.everyPage);
  budgets.push({
    id: 'content-script-size',
    label: 'The script injected into every page stays small (reported; no limit set)',
    status: 'SIZE',
    figure:
      injected.map((s) => `${s.file} ${bytes(s.bytes)} (${bytes(s.gzipBytes)} gzip)`).join(', ') +
      ((results.sizes ?? []).some((s) => s.onRequest)
        ? `; injected on request: ${(results.sizes ?? [])
            .filter((s) => s.onRequest)
            .map((s) => `${s.file} ${bytes(s.bytes)}`)
            .join(', ')}`
        : ''),
  });
  return budgets;
}

/** Prints the report and returns it as text. */
export function printReport(results) {
  const out = [];
  const say = (text = '') => out.push(text);
  const { meta } = results;
  const pages = results.pages;
  const detail = pages.filter((p) => p.detail);
  const corpus = pages.filter((p) => p.group === 'readability' || p.group === 'aeb');

  say('');
  say(`RegLens benchmark, ${meta.date.slice(0, 16).replace('T', ' ')} UTC`);
  say(
    `Chromium ${meta.chromium}, ${meta.cpus} cores (${meta.cpuModel}), Node ${meta.node}; ` +
      `timer step ${ms(meta.timerResolutionMs)} ms${meta.crossOriginIsolated ? ' (cross-origin isolated pages)' : ''}; ` +
      `run took ${meta.durationS} s`,
  );
  say(
    `Pages: ${pages.filter((p) => p.group === 'fixture').length} fixtures, ${pages.filter((p) => p.group === 'generated').length} generated (an article of ${chars(meta.generatedPageChars)} chars, a web app), ` +
      `${corpus.length} corpus. ${meta.corpus.note}.`,
  );
  say(
    `Name sets: ${Object.entries(results.nameSets)
      .map(([id, s]) => `${id} = ${s.names.toLocaleString('en')} names`)
      .join(', ')}. Times: median ms per run; ×: ratio.`,
  );

  say('');
  say('Per page, bundled knowledge base (detail pages; every page is in the JSON)');
  say(
    table(
      [
        'page',
        'chars',
        'article',
        'text floor',
        'hl floor',
        'RegLens',
        '×floors',
        'whole path',
        'arch floor',
        '×arch',
        'mark.js',
        '×RegLens',
        'regex',
        '×match',
      ],
      detail.map((p) => [
        p.id,
        chars(p.chars),
        p.isArticle ? 'yes' : 'no',
        ms(p.floor?.ms),
        ms(p.highlightFloor?.ms),
        ms(total(p.reglens?.kb)),
        times(over(total(p.reglens?.kb), pageFloorOf(p))),
        ms(wholeOf(p)),
        ms(architectureFloorOf(p)),
        times(over(wholeOf(p), architectureFloorOf(p))),
        ms(total(p.markjs?.kb)),
        times(over(total(p.markjs?.kb), total(p.reglens?.kb))),
        ms(total(p.regex?.kb)),
        times(over(total(p.regex?.kb), total(p.match?.kb))),
      ]),
    ),
  );
  say(
    'hl floor = one Range per painted mention and one registered Highlight; ×floors = RegLens / (text + hl floor);',
  );
  say(
    'arch floor = an extension that injects a script, reads the root text, one round trip, one highlight;',
  );
  say('RegLens = text map + matching + highlighting in the page; whole path = the real extension,');
  say(
    'page script start to painted (prefilter, annotator injection, level, detection, text map, matching in',
  );
  say(
    'the background, highlighting); mark.js = marking and wrapping; regex = compile + scan of the text.',
  );

  say('');
  say('Where RegLens spends its time (detail pages, bundled knowledge base)');
  say(
    table(
      [
        'page',
        'detect',
        'text map',
        'match',
        'highlight',
        '| ext: inject+level+detect',
        'text+message+match',
        'highlight',
        'tasks over 50 ms (trace)',
      ],
      detail.map((p) => [
        p.id,
        ms(p.hotSpots?.detect?.ms),
        ms(p.hotSpots?.textMap?.ms),
        ms(p.hotSpots?.match?.ms),
        ms(p.hotSpots?.highlight?.ms),
        ms(p.extension?.settingsDetectMs),
        ms(p.extension?.textMessageMatchMs),
        ms(p.extension?.highlightMs),
        !p.extension?.tracedTasks
          ? '-'
          : p.extension.tracedTasks.length
            ? p.extension.tracedTasks.map((t) => `${ms(t.duration)} ${t.step}`).join('; ')
            : 'none',
      ]),
    ),
  );
  const m = results.messaging;
  if (m) {
    say(
      `Message round trip from an extension page: empty ${ms(m.ping.ms)} ms; page.analyze ${ms(m.analyzeArticle.ms)} ms ` +
        `(${chars(m.articleChars)} chars), ${ms(m.analyze1mb.ms)} ms (${chars(m.bigChars)} chars).`,
    );
  }
  if (results.coldStart) {
    say(
      `First article after the browser starts (${results.coldStart.page}): whole path ${ms(results.coldStart.wholeMs)} ms, ` +
        `of which text, message and matching ${ms(results.coldStart.messageMs)} ms (seeding and matcher build).`,
    );
  }

  say('');
  say(
    'Name sets side by side (detail pages): RegLens vs mark.js, matching vs the combined expression',
  );
  const setRows = [];
  for (const p of detail) {
    for (const set of Object.keys(results.nameSets)) {
      if (!p.reglens?.[set] && !p.match?.[set]) continue;
      setRows.push([
        p.id,
        set,
        ms(total(p.reglens?.[set])),
        ms(total(p.markjs?.[set])),
        times(over(total(p.markjs?.[set]), total(p.reglens?.[set]))),
        ms(total(p.match?.[set])),
        ms(total(p.regex?.[set])),
        ms(p.regex?.[set]?.scan?.ms),
        times(over(total(p.regex?.[set]), total(p.match?.[set]))),
      ]);
    }
  }
  say(
    table(
      ['page', 'names', 'RegLens', 'mark.js', '×RegLens', 'match', 'regex', 'regex scan', '×match'],
      setRows,
    ),
  );
  if (meta.bigSetPages) {
    say(
      `mark.js with 10k names runs on ${meta.bigSetPages.markjs10k} only, mark.js and the expression with 100k ` +
        `names on ${meta.bigSetPages.markjs100k} only (one run each): they take seconds to minutes per page.`,
    );
  }

  say('');
  say('Name sets: matcher construction and memory');
  say(
    table(
      [
        'names',
        'count',
        'build',
        'automaton',
        'heap',
        'states',
        'match median (all pages)',
        'regex median',
      ],
      Object.entries(results.nameSets).map(([id, s]) => [
        id,
        s.names.toLocaleString('en'),
        `${ms(s.buildMs)} ms`,
        bytes(s.automatonBytes),
        bytes(s.heapBytes),
        s.states?.toLocaleString('en') ?? '-',
        ms(quantile(pages.map(matchOf(id)), 0.5)),
        ms(quantile(pages.map(regexOf(id)), 0.5)),
      ]),
    ),
  );

  if (corpus.length > 0) {
    say('');
    say(`Across the corpus (${corpus.length} pages)`);
    const rows = [];
    const row = (label, list, format) => {
      const s = spread(list);
      if (s.n === 0) return;
      rows.push([
        label,
        s.n,
        format(s.median),
        format(s.p90),
        `${format(s.worstMax.value)} ${s.worstMax.id}`,
      ]);
    };
    const one = (fn) =>
      corpus.map((p) => ({ id: p.id, value: fn(p) })).filter((r) => Number.isFinite(r.value));
    row(
      'chars (text map)',
      one((p) => p.chars),
      chars,
    );
    row('text floor ms', one(floorOf), ms);
    row('highlight floor ms', one(highlightFloorOf), ms);
    row('RegLens ms', one(reglensOf('kb')), ms);
    row('RegLens / text floor', ratios(corpus, reglensOf('kb'), floorOf), times);
    row('RegLens / (text + highlight floor)', ratios(corpus, reglensOf('kb'), pageFloorOf), times);
    row('whole path ms (articles)', one(wholeOf), ms);
    row('architecture floor ms (articles)', one(architectureFloorOf), ms);
    row('whole path / architecture floor', ratios(corpus, wholeOf, architectureFloorOf), times);
    row(
      'detection ms (not articles)',
      one((p) => (p.extension && !p.extension.isArticle ? p.extension.wholeMs : NaN)),
      ms,
    );
    for (const set of Object.keys(results.nameSets)) row(`match ${set} ms`, one(matchOf(set)), ms);
    row('match 100k / 1k', ratios(corpus, matchOf('100k'), matchOf('1k')), times);
    row('regex kb ms', one(regexOf('kb')), ms);
    row('regex kb / match kb', ratios(corpus, regexOf('kb'), matchOf('kb')), times);
    say(table(['figure', 'pages', 'median', 'p90', 'worst'], rows));
    const articles = corpus.filter((p) => p.extension?.isArticle).length;
    const blocked = corpus.filter((p) =>
      p.extension?.longFrames?.some((f) => f.blocking > 0),
    ).length;
    const apiTasks = corpus.filter((p) => p.extension?.longTasks?.length).length;
    say(
      `${articles} of ${corpus.length} corpus pages were taken for articles. From the content script's start to two ` +
        `frames after painting, ${blocked} pages had a long animation frame with a task over 50 ms in it; ` +
        `the Long Tasks API reported one on ${apiTasks} (it does not see the content script's work).`,
    );
  }

  say('');
  say('Long tasks on the generated 1 MB page');
  const big = pages.find((p) => p.id === 'generated/article-1mb');
  if (big) {
    const e = big.extension;
    if (e) {
      const list = (items) =>
        items.map((t) => `${ms(t.duration)} ms ${t.step}`).join(', ') || 'none';
      say(
        `Real extension: ${e.loads} loads, whole path ${ms(e.wholeMs)} ms (inject+level+detect ${ms(e.settingsDetectMs)}, ` +
          `text+message+match ${ms(e.textMessageMatchMs)}, highlight ${ms(e.highlightMs)}), ${e.mentions} mentions.`,
      );
      say(
        `  main-thread tasks over 50 ms in a traced load: ${e.tracedTasks ? list(e.tracedTasks) : 'not traced'}`,
      );
      say(`  long animation frames (all loads): ${list(e.longFrames)}`);
      say(`  Long Tasks API (all loads): ${list(e.longTasks)}`);
    } else say('Real extension: not measured.');
    const once = big.annotateOnce;
    if (once) {
      say(
        `In-page, text map + matching + highlighting in one task: ${ms(once.annotateMs)} ms, ${once.mentions} mentions; ` +
          (once.longTasks.length
            ? `long tasks: ${once.longTasks.map((t) => `${ms(t)} ms`).join(', ')}`
            : 'no long tasks') +
          '.',
      );
    }
  }

  const cost = results.contentScriptCost ?? [];
  say('');
  say('The content script on pages that are not articles, against an empty content script');
  if (cost.length) {
    say(
      table(
        [
          'page',
          'stopped at',
          'loads',
          'main thread',
          'empty',
          'added',
          'script',
          'empty',
          'added',
          'compile added',
          'script+compile added',
        ],
        cost.map((c) => [
          c.page,
          stoppedAt(c),
          c.loads,
          ms(c.reglensTaskMs),
          ms(c.emptyTaskMs),
          signed(c.addedTaskMs),
          ms(c.reglensScriptMs),
          ms(c.emptyScriptMs),
          signed(c.addedScriptMs),
          signed(c.reglensCompileMs - c.emptyCompileMs),
          signed(addedOf(c)),
        ]),
      ),
    );
    say(
      'Renderer main-thread busy time, script time and compile time per load (DevTools Performance.getMetrics), medians;',
    );
    say(
      'compile is the compile of a script before it runs, which Chromium does not count in script time.',
    );
    for (const c of cost.filter((c) => c.steps?.length)) {
      say(
        `  ${c.page}, page script step by step (cold, fresh isolated world): ` +
          c.steps.map((s) => `${s.step} ${ms(s.ms)}`).join(', ') +
          ` ms; ${c.prefilterSignal}`,
      );
    }
  } else say('Not measured (no page that is not an article).');

  say('');
  say('Shipped scripts (.output/chrome-mv3)');
  say(
    table(
      ['file', 'raw', 'gzip', 'injected'],
      (results.sizes ?? []).map((s) => [
        s.file,
        bytes(s.bytes),
        bytes(s.gzipBytes),
        s.everyPage ? 'every page' : s.onRequest ? 'on request' : '',
      ]),
    ),
  );
  if (results.seeding) {
    say(
      results.seeding.error
        ? `Seeding: failed (${results.seeding.error})`
        : `Seeding the knowledge base (${results.seeding.actors} actors) into a fresh IndexedDB in the service worker: ` +
            `${ms(results.seeding.totalMs)} ms (open ${ms(results.seeding.openMs)} ms, seedDataset ${ms(results.seeding.seedMs)} ms), median of ${results.seeding.runs}.`,
    );
  }

  const errors = pages.filter((p) => p.errors.length);
  if (errors.length) {
    say('');
    say(
      `${errors.length} page(s) with errors (in the JSON): ${errors
        .slice(0, 8)
        .map((p) => `${p.id} (${p.errors[0]})`)
        .join('; ')}`,
    );
  }

  for (const line of layerReport(results)) say(line);

  say('');
  say('Budgets');
  for (const b of results.budgets) say(`${b.status.padEnd(4)}  ${b.label}: ${b.figure}`);
  const text = out.join('\n');
  console.log(text);
  return text;
}
