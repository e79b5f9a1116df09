/**
 * npm run bench: RegLens against the floor, mark.js and one combined regular expression, in real
 * Chromium, on the project's fixtures and (when present) the real news pages of ../shared/corpus.
 * It is a measurement, not a test: it prints a table and PASS/MISS lines for the budgets, writes
 * every figure to bench-results/ (or --json FILE), and exits 0 whatever the figures say.
 *
 *   npm run bench                  fixtures, generated pages, corpus; builds the extension first
 *   npm run bench -- --quick       fixtures and generated pages only; no mark.js beyond 1,000
 *                                  names, no expression with 100,000
 *   npm run bench -- --json f.json write the figures to f.json
 *   npm run bench -- --no-build    use .output/chrome-mv3 as it is
 *   npm run bench -- --pages bbc   only pages whose id matches the regular expression
 *
 * Phases: (1) in-page, in a plain Chromium: floor, RegLens, mark.js, per page; (2) text only:
 * matching and the regular expression on every page's text, with each name set built once;
 * (3) matcher memory; (4) the real extension: the whole path per page, long tasks, message round
 * trips, seeding; (5) the content script on pages that are not articles, against an empty one;
 * (6) shipped script sizes. README.md, section "Benchmark", explains how to read the output.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { appPage, articlePage } from '../bench/article-page.mjs';
import { buildBundles, writeEmptyExtension } from '../bench/build.mjs';
import { ORIGIN, listPages, servePages } from '../bench/pages.mjs';
import { evaluateBudgets, printReport } from '../bench/report.mjs';
import { ensureChromium, loadHarness, projectRoot, runBin } from './harness-loader.mjs';

const usage = `Usage: npm run bench -- [--quick] [--json FILE] [--no-build] [--pages REGEXP]`;

function parseArgs(argv) {
  const options = { quick: false, json: null, build: true, pages: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--pages') {
      options.pages = new RegExp(argv[++i] ?? '');
    } else if (arg === '--json') {
      options.json = argv[++i];
      if (!options.json) throw new Error(`--json needs a file name\n${usage}`);
    } else if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    } else throw new Error(`Unknown argument ${arg}\n${usage}`);
  }
  return options;
}

const options = parseArgs(process.argv.slice(2));
const began = Date.now();
const elapsed = () => `${((Date.now() - began) / 1000).toFixed(0).padStart(4)} s`;
const log = (message) => console.log(`[${elapsed()}] ${message}`);

/**
 * Pages that get every measurement (all name sets, mark.js, hot spots): the fixtures, the
 * generated pages, and a few real news pages. The rest of the corpus gets the bundled knowledge
 * base only, and every name set in the text-only phase: mark.js alone would take hours there.
 */
const DETAIL_CORPUS = ['readability/nytimes-1', 'readability/bbc-1', 'readability/qq'];
/** One page of the second corpus (its first has little article text under RegLens's root). */
const DETAIL_AEB = [1];
/** Name sets measured on detail pages; the larger ones cost seconds per page for the baselines. */
const SETS = ['kb', '1k', '10k', '100k'];
/** Pages of the non-article comparison: the fixture home page and real front pages. */
const NON_ARTICLE_PAGES = [
  'fixture/app',
  'fixture/section-front',
  'generated/app',
  'fixture/home',
  'readability/nytimes-5',
  'readability/yahoo-2',
];

const harness = await loadHarness();
if (!ensureChromium(harness, { install: false })) process.exit(1);

if (options.build) {
  log('Building the extension (wxt build)...');
  if (runBin('wxt', ['build']) !== 0) {
    console.error('wxt build failed; the benchmark measures the built extension.');
    process.exit(1);
  }
}
const extensionDir = path.join(projectRoot, '.output', 'chrome-mv3');
const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8'));

const work = await mkdtemp(path.join(tmpdir(), 'reglens-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
log('Bundling the in-page and in-worker code (Vite, IIFE)...');
const bundles = await buildBundles(projectRoot, path.join(work, 'bundles'));

const core = JSON.parse(
  await readFile(path.join(projectRoot, 'assets/datasets/core.json'), 'utf8'),
);
const generatedPage = articlePage(core);
const generatedFile = path.join(work, 'article-1mb.html');
await writeFile(generatedFile, generatedPage.html);
const appFile = path.join(work, 'app.html');
await writeFile(appFile, appPage());
const BIG_PAGE = 'generated/article-1mb';
const generated = [
  { id: BIG_PAGE, group: 'generated', file: generatedFile, path: '/generated/article-1mb.html' },
  { id: 'generated/app', group: 'generated', file: appFile, path: '/generated/app.html' },
];
const listed = await listPages({ projectRoot, quick: options.quick, generated });
const corpus = listed.corpus;
// --pages narrows the run to matching page ids (for looking into one page; budgets then cover only those).
const pages = options.pages ? listed.pages.filter((p) => options.pages.test(p.id)) : listed.pages;
log(corpus.note);

const detailIds = new Set([
  ...pages.filter((p) => p.group === 'fixture' || p.group === 'generated').map((p) => p.id),
  ...DETAIL_CORPUS.filter((id) => pages.some((p) => p.id === id)),
  ...pages
    .filter((p) => p.group === 'aeb')
    .filter((_, i) => DETAIL_AEB.includes(i))
    .map((p) => p.id),
]);
const blankPath = '/bench/blank.html';
const extra = new Map([
  [blankPath, '<!doctype html><title>RegLens benchmark</title><body></body>'],
]);

/** @type {Record<string, any>} */
const results = {
  meta: {
    date: new Date().toISOString(),
    quick: options.quick,
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    corpus,
    generatedPageChars: generatedPage.chars,
    detailPages: [...detailIds],
  },
  pages: pages.map((p) => ({ id: p.id, group: p.group, detail: detailIds.has(p.id), errors: [] })),
  nameSets: {},
};
const recordOf = (id) => results.pages.find((r) => r.id === id);

/** Rejects when `promise` takes longer than `ms`: one broken page must not stall the run. */
async function withTimeout(promise, ms, what) {
  let timer;
  try {
    return await Promise.race([
      promise,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Calls window.__reglensBench[method](...args) in the page. */
function call(tab, method, ...args) {
  return tab.evaluate(([name, list]) => window.__reglensBench[name](...list), [method, args]);
}

const fmt = (ms) => (ms < 0.1 ? ms.toFixed(3) : ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

// ---------------------------------------------------------------------------------------------
// Phase 1: in each page, the methods side by side on the same root.

const plain = await harness.launchWithoutExtension();
const browserVersion = plain.context.browser()?.version() ?? 'unknown';
results.meta.chromium = browserVersion;
await servePages(plain.context, pages, { isolate: true, extra });
/** Each page's article text, for phase 2. */
const texts = new Map();

log(`Phase 1/6: in-page measurements on ${pages.length} pages (Chromium ${browserVersion})`);
// One tab, navigated from page to page: a new tab per page would cost more than measuring it.
// Each page still gets a fresh document and script context; only a tab that failed is replaced.
let tab = await plain.context.newPage();
for (const [index, spec] of pages.entries()) {
  const record = recordOf(spec.id);
  const detail = detailIds.has(spec.id);
  try {
    // The parsed document is all the in-page methods need; images and styles answer 404 anyway.
    await withTimeout(
      tab.goto(ORIGIN + spec.path, { waitUntil: 'domcontentloaded', timeout: 30_000 }),
      40_000,
      'load',
    );
    await tab.evaluate(bundles.inPage);
    const info = await withTimeout(call(tab, 'page'), 30_000, 'detection');
    await withTimeout(call(tab, 'settle', detail), 30_000, 'settling');
    Object.assign(record, info);
    results.meta.timerResolutionMs ??= info.timerResolutionMs;
    results.meta.crossOriginIsolated ??= info.crossOriginIsolated;
    texts.set(spec.id, await call(tab, 'text'));
    // The floor and RegLens in turns (every name set on detail pages, the bundled one elsewhere).
    const side = await withTimeout(
      call(tab, 'sideBySide', detail ? SETS : ['kb']),
      180_000,
      'floor and RegLens',
    );
    record.floor = side.floor;
    record.reglens = side.reglens;
    if (detail) {
      record.hotSpots = await withTimeout(call(tab, 'hotSpots'), 60_000, 'hot spots');
      record.annotateOnce = await withTimeout(
        call(tab, 'annotateOnce', 'kb'),
        60_000,
        'long tasks',
      );
      if (spec.group !== 'generated') {
        record.markjs = {};
        // Budgets of 500 ms: a mark.js run that alone takes 250 ms is timed once, cold.
        for (const set of ['kb', '1k']) {
          record.markjs[set] = await withTimeout(
            call(tab, 'markjs', set, { budgetMs: 500 }),
            300_000,
            `mark.js ${set}`,
          );
        }
      }
    }
    const ratio = record.reglens.kb.total.ms / record.floor.ms;
    const mark = record.markjs?.['1k']
      ? `  mark.js 1k ${fmt(record.markjs['1k'].total.ms)} ms`
      : '';
    log(
      `  [${String(index + 1).padStart(3)}/${pages.length}] ${spec.id.padEnd(34)} ` +
        `${String(info.chars).padStart(8)} chars  floor ${fmt(record.floor.ms)} ms  ` +
        `RegLens ${fmt(record.reglens.kb.total.ms)} ms (${ratio.toFixed(0)}x)${mark}`,
    );
  } catch (error) {
    record.errors.push(`in-page: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    log(`  [${String(index + 1).padStart(3)}/${pages.length}] ${spec.id}: ${record.errors.at(-1)}`);
    await tab.close({ runBeforeUnload: false }).catch(() => {});
    tab = await plain.context.newPage();
  }
}
await tab.close({ runBeforeUnload: false });

// The largest baselines, on one small page each: mark.js and the expression grow with the names.
const articleFixtures = results.pages
  .filter((r) => r.group === 'fixture' && r.isArticle && r.chars)
  .sort((a, b) => a.chars - b.chars);
const bigSetPage = articleFixtures[0]?.id;
const markTenKPage = 'fixture/source-report';
// Only when --pages kept it.
const regexBigPage = pages.some((p) => p.id === 'fixture/source-report')
  ? 'fixture/source-report'
  : undefined;
results.meta.bigSetPages = {
  markjs10k: markTenKPage,
  markjs100k: bigSetPage,
  regex100k: regexBigPage,
};
if (!options.quick) {
  for (const [set, id] of [
    ['10k', markTenKPage],
    ['100k', bigSetPage],
  ]) {
    const spec = pages.find((p) => p.id === id);
    if (!spec) continue;
    log(`  mark.js with ${set} names on ${id} (one run: each name is one pass over the page)...`);
    const tab = await plain.context.newPage();
    try {
      await tab.goto(ORIGIN + spec.path, { waitUntil: 'load' });
      await tab.evaluate(bundles.inPage);
      await call(tab, 'page');
      const record = recordOf(id);
      record.markjs ??= {};
      record.markjs[set] = await withTimeout(
        call(tab, 'markjs', set, { budgetMs: 500 }),
        600_000,
        `mark.js ${set}`,
      );
      log(`    ${fmt(record.markjs[set].total.ms)} ms, ${record.markjs[set].marks} marks`);
    } catch (error) {
      recordOf(id).errors.push(`mark.js ${set}: ${error instanceof Error ? error.message : error}`);
    } finally {
      await tab.close({ runBeforeUnload: false }).catch(() => {});
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Phase 2: text only. Matching and the expression need no DOM, so every page's text goes into one
// page where each name set is built once (the 100,000-name matcher takes about a second to build).

log('Phase 2/6: matching and the combined expression on every page text');
{
  const tab = await plain.context.newPage();
  await tab.goto(ORIGIN + blankPath);
  await tab.evaluate(bundles.inPage);
  const order = pages.map((p) => p.id);
  await tab.evaluate(
    (list) => window.__reglensBench.setTexts(list),
    order.map((id) => texts.get(id) ?? ''),
  );
  for (const set of SETS) {
    const built = await call(tab, 'nameSet', set);
    results.nameSets[set] = { names: built.names, buildMs: built.buildMs };
    log(`  ${set}: ${built.names} names, matcher built in ${fmt(built.buildMs)} ms`);
  }
  for (const [i, id] of order.entries()) {
    if (!texts.has(id)) continue;
    // kb, 1k and 100k on every page (100k against 1k is a budget), in turns; 10k on detail pages.
    const sets = detailIds.has(id) ? SETS : SETS.filter((set) => set !== '10k');
    recordOf(id).match = await withTimeout(
      // One page runs every text, so the matcher's code is hot after the first: little warm-up.
      call(tab, 'matchText', sets, i, { budgetMs: 2000, warmUpMs: 2 }),
      60_000,
      'matching',
    );
  }
  log('  matching: done');
  for (const [i, id] of order.entries()) {
    if (!texts.has(id)) continue;
    const record = recordOf(id);
    const detail = detailIds.has(id);
    record.regex = {};
    try {
      record.regex.kb = await withTimeout(
        call(tab, 'regex', 'kb', { budgetMs: 1000, warmUpMs: 2, scan: detail }, i),
        120_000,
        'regex kb',
      );
      if (!detail) continue;
      record.regex['1k'] = await withTimeout(
        call(tab, 'regex', '1k', { budgetMs: 1000, warmUpMs: 2 }, i),
        120_000,
        'regex 1k',
      );
      // Ten thousand alternatives scan a megabyte for minutes: the generated page is left out.
      // A run takes about 0.4 s, so with a 600 ms budget it is timed once, cold.
      if (record.id !== BIG_PAGE) {
        record.regex['10k'] = await withTimeout(
          call(tab, 'regex', '10k', { budgetMs: 600 }, i),
          300_000,
          'regex 10k',
        );
      }
    } catch (error) {
      record.errors.push(`regex: ${error instanceof Error ? error.message : error}`);
    }
  }
  log('  combined expression: done');
  if (!options.quick && regexBigPage) {
    const i = order.indexOf(regexBigPage);
    log(`  combined expression with 100k names on ${regexBigPage} (one run)...`);
    try {
      recordOf(regexBigPage).regex['100k'] = await withTimeout(
        call(tab, 'regex', '100k', { budgetMs: 1000, scan: false }, i),
        600_000,
        'regex 100k',
      );
      log(`    ${fmt(recordOf(regexBigPage).regex['100k'].total.ms)} ms`);
    } catch (error) {
      recordOf(regexBigPage).errors.push(
        `regex 100k: ${error instanceof Error ? error.message : error}`,
      );
    }
  }
  await tab.close({ runBeforeUnload: false });
}

// ---------------------------------------------------------------------------------------------
// Phase 3: what each matcher holds. A fresh page per set, with garbage collected before and after
// building, so the heap difference is the matcher and nothing else.

log('Phase 3/6: matcher memory per name set');
for (const set of SETS) {
  const tab = await plain.context.newPage();
  try {
    await tab.goto(ORIGIN + blankPath);
    await tab.evaluate(bundles.inPage);
    const cdp = await plain.context.newCDPSession(tab);
    await call(tab, 'prepareNames', set);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const before = await heap();
    const stats = await call(tab, 'retainMatcher');
    const after = await heap();
    Object.assign(results.nameSets[set], {
      automatonBytes: stats.bytes,
      states: stats.states,
      patterns: stats.patterns,
      heapBytes: after - before,
    });
    log(
      `  ${set}: automaton ${(stats.bytes / 1e6).toFixed(2)} MB, heap +${((after - before) / 1e6).toFixed(2)} MB`,
    );
  } finally {
    await tab.close({ runBeforeUnload: false });
  }
}
await plain.close();

// ---------------------------------------------------------------------------------------------
// Phase 4: the real extension. The whole path a reader waits for is read from the performance
// marks RegLens puts on the page's timeline (layers/bootstrap.ts: start; layers/controller.ts:
// detected, analysed, painted). Marks made in the extension's isolated world are on the same
// timeline as the page's own, so the page sees them.

log('Phase 4/6: the built extension: whole path per page, long tasks, messages, seeding');
const real = await harness.launchWithExtension({ extensionDir });
// The script RegLens runs on every page, as the browser has it registered (lib/background/page-script.ts).
const pageScripts = await real.background.evaluate(() =>
  globalThis.chrome.scripting.getRegisteredContentScripts(),
);
if (pageScripts.length !== 1)
  throw new Error(`Expected one registered page script, found ${pageScripts.length}`);
const emptyExtensionDir = await writeEmptyExtension(
  path.join(work, 'empty-extension'),
  pageScripts[0],
);
await servePages(real.context, pages, { isolate: false, extra });
// Both long-task instruments the page offers, from the first moment of each document. The Long
// Tasks API sees only tasks it can attribute to the page; the content script's work runs in
// microtask checkpoints it does not report, so long animation frames (which do see it) and, on
// detail pages, a DevTools trace are the figures that count.
await real.context.addInitScript(() => {
  const seen = { longTasks: [], frames: [] };
  window.__reglensLongTasks = seen;
  const watch = (type, keep) => {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) keep(entry);
      }).observe({ type });
    } catch {
      // Not in this browser: that figure stays empty.
    }
  };
  watch('longtask', (e) => seen.longTasks.push({ start: e.startTime, duration: e.duration }));
  watch('long-animation-frame', (e) =>
    seen.frames.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration }),
  );
});

/**
 * One load: the content script's marks, and what the page's observers saw from the content
 * script's start on; with `frames`, up to two frames after painting (the highlights are painted in
 * those frames), which costs the wait for them.
 */
async function loadAndRead(tab, spec, frames = true) {
  await tab.goto(ORIGIN + spec.path, { waitUntil: 'domcontentloaded', timeout: 30_000 });
  // On a page the prefilter rules out, the start mark is the only mark: the probe gives the same
  // verdict as the content script (both read the same DOM, which no page script changes here).
  await tab.evaluate(bundles.prefilter);
  const marks = await withTimeout(
    tab.evaluate(
      () =>
        new Promise((resolve) => {
          const read = () => {
            const found = {};
            for (const mark of performance.getEntriesByType('mark')) {
              if (mark.name.startsWith('reglens:')) {
                found[mark.name.slice(8)] = { t: mark.startTime, detail: mark.detail };
              }
            }
            if (found.painted || (found.detected && !found.detected.detail?.isArticle))
              return found;
            if (found.start && !found.detected && !window.__reglensPrefilter()) {
              return { ...found, prefiltered: true };
            }
            return null;
          };
          const now = read();
          if (now) return resolve(now);
          const observer = new PerformanceObserver(() => {
            const found = read();
            if (found) {
              observer.disconnect();
              resolve(found);
            }
          });
          observer.observe({ type: 'mark' });
          setTimeout(() => resolve(read() ?? { timedOut: true }), 20_000);
        }),
    ),
    30_000,
    'content script',
  );
  const seen = await tab.evaluate(async (wait) => {
    if (wait) {
      for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => setTimeout(r, 20));
    }
    return window.__reglensLongTasks ?? { longTasks: [], frames: [] };
  }, frames);
  return { marks, seen };
}

function stepOf(start, marks) {
  if (marks.detected && start < marks.detected.t) return 'inject+level+detect';
  if (marks.analysed && start < marks.analysed.t) return 'text+message+match';
  if (marks.painted && start < marks.painted.t) return 'highlight';
  return 'rendering';
}

/**
 * One more load of `spec`, traced with DevTools: every top-level slice of the page's main thread
 * (tasks and the microtask checkpoints that run the content script's continuations) from the
 * content script's start to two frames after painting, with the step it belongs to.
 */
async function tracedLoad(context, tab, spec) {
  const cdp = await context.newCDPSession(tab);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['toplevel', 'blink.user_timing', '__metadata'],
      excludedCategories: ['*'],
    },
  });
  try {
    await loadAndRead(tab, spec);
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => {});
  }
  const marks = {};
  let thread = null;
  for (const e of events) {
    if (!e.name?.startsWith('reglens:') || !String(e.cat).includes('user_timing')) continue;
    // Trace clock, in ms: the earlier loads' marks were made before tracing started.
    marks[e.name.slice(8)] = { t: e.ts / 1000 };
    thread = `${e.pid}:${e.tid}`;
  }
  if (!marks.start || !thread) return null;
  const slices = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        `${e.pid}:${e.tid}` === thread &&
        String(e.cat).split(',').includes('toplevel') &&
        e.ts / 1000 + e.dur / 1000 > marks.start.t,
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Top-level only: a slice inside an earlier one is part of it.
  const top = [];
  for (const e of slices) {
    const last = top.at(-1);
    if (last && e.ts < last.ts + last.dur) continue;
    top.push(e);
  }
  return top
    .filter((e) => e.dur / 1000 > 50)
    .map((e) => ({ duration: e.dur / 1000, step: stepOf(e.ts / 1000, marks), name: e.name }));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0
    ? null
    : sorted.length % 2
      ? sorted[mid]
      : (sorted[mid - 1] + sorted[mid]) / 2;
};

{
  // The first article after the browser starts pays for seeding and building the matcher.
  const first = pages.find((p) => p.id === 'fixture/source-report') ?? pages[0];
  const tab = await real.context.newPage();
  const cold = await loadAndRead(tab, first);
  await tab.close();
  const m = cold.marks;
  results.coldStart = {
    page: first.id,
    wholeMs: m.painted ? m.painted.t - m.start.t : null,
    messageMs: m.analysed ? m.analysed.t - m.detected.t : null,
  };
  log(`  cold start on ${first.id}: whole path ${fmt(results.coldStart.wholeMs ?? NaN)} ms`);
}

let extensionTab = await real.context.newPage();
for (const [index, spec] of pages.entries()) {
  const record = recordOf(spec.id);
  const detail = detailIds.has(spec.id);
  const tab = extensionTab;
  const loads = [];
  try {
    // A load is one sample: loads until 50 ms of measured path, at least two (three on detail
    // pages), at most three (six). The path is tens of ms, far above the 0.1 ms timer step.
    const [fewest, most] = detail ? [3, 6] : [2, 3];
    let total = 0;
    while (loads.length < fewest || (total < 50 && loads.length < most)) {
      // The rendering after painting is watched from the load that may be the last one on.
      const { marks, seen } = await loadAndRead(tab, spec, loads.length + 1 >= fewest);
      if (marks.timedOut || !marks.start) {
        throw new Error(`the content script never finished (marks: ${JSON.stringify(marks)})`);
      }
      const end = marks.painted ?? marks.detected;
      const inWindow = (entry) => entry.start + entry.duration > marks.start.t;
      const load = {
        outcome: marks.prefiltered ? 'prefiltered' : marks.painted ? 'annotated' : 'not-article',
        isArticle: Boolean(marks.detected?.detail?.isArticle),
        // Ruled out by the prefilter: nothing but the start mark, so no path to time.
        wholeMs: end ? end.t - marks.start.t : null,
        settingsDetectMs: marks.detected ? marks.detected.t - marks.start.t : null,
        textMessageMatchMs: marks.analysed ? marks.analysed.t - marks.detected.t : null,
        highlightMs: marks.painted && marks.analysed ? marks.painted.t - marks.analysed.t : null,
        mentions: marks.analysed?.detail?.mentions ?? 0,
        longTasks: seen.longTasks
          .filter(inWindow)
          .map((t) => ({ duration: t.duration, step: stepOf(t.start, marks) })),
        longFrames: seen.frames.filter(inWindow).map((f) => ({
          duration: f.duration,
          blocking: f.blocking,
          step: stepOf(f.start, marks),
        })),
      };
      loads.push(load);
      total += load.wholeMs ?? 0;
      // Not an article: there is no whole path to sample, only detection; one load will do.
      if (!load.isArticle && (!detail || loads.length >= fewest)) break;
    }
    const pick = (key) => median(loads.map((l) => l[key]).filter((v) => v !== null));
    record.extension = {
      loads: loads.length,
      outcome: loads[0].outcome,
      isArticle: loads[0].isArticle,
      wholeMs: pick('wholeMs'),
      settingsDetectMs: pick('settingsDetectMs'),
      textMessageMatchMs: pick('textMessageMatchMs'),
      highlightMs: pick('highlightMs'),
      mentions: loads[0].mentions,
      longTasks: loads.flatMap((l) => l.longTasks),
      longFrames: loads.flatMap((l) => l.longFrames),
    };
    if (detail) record.extension.tracedTasks = await tracedLoad(real.context, tab, spec);
    const x = record.extension;
    if ((index + 1) % 25 === 0 || spec.group !== 'readability') {
      const blocking = x.longFrames.filter((f) => f.blocking > 0);
      log(
        `  [${String(index + 1).padStart(3)}/${pages.length}] ${spec.id.padEnd(34)} ` +
          (x.outcome === 'prefiltered'
            ? 'ruled out by the prefilter'
            : `${x.isArticle ? 'article' : 'not an article'}  ` +
              `${x.isArticle ? 'whole path' : 'detection'} ${fmt(x.wholeMs)} ms`) +
          (blocking.length
            ? `  long frames ${blocking.map((f) => fmt(f.duration)).join(', ')} ms`
            : '') +
          (x.tracedTasks?.length
            ? `  tasks over 50 ms ${x.tracedTasks.map((t) => `${fmt(t.duration)} (${t.step})`).join(', ')}`
            : ''),
      );
    }
  } catch (error) {
    record.errors.push(
      `extension: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
    );
    await tab.close({ runBeforeUnload: false }).catch(() => {});
    extensionTab = await real.context.newPage();
  }
}
await extensionTab.close({ runBeforeUnload: false });

{
  // Message round trips, from an extension page: an unknown message (the bare round trip the
  // background answers at once), and page.analyze with a real article's text and with 1 MB.
  const page = await harness.openExtensionPage(real.context, real.extensionId, 'popup.html');
  const article = texts.get('fixture/source-report') ?? '';
  const big = texts.get(BIG_PAGE) ?? '';
  results.messaging = await page.evaluate(
    async ({ article, big }) => {
      const send = (message) => globalThis.chrome.runtime.sendMessage(message);
      const time = async (message, minRuns) => {
        const runs = [];
        let total = 0;
        await send(message);
        while (runs.length < minRuns || total < 50) {
          const start = performance.now();
          await send(message);
          runs.push(performance.now() - start);
          total += runs.at(-1);
          if (runs.length >= 200) break;
        }
        runs.sort((a, b) => a - b);
        return { ms: runs[runs.length >> 1], runs: runs.length };
      };
      const analyze = (text) => ({ type: 'page.analyze', payload: { text, host: '127.0.0.1' } });
      return {
        ping: await time({ type: 'bench.ping', payload: null }, 20),
        analyzeArticle: await time(analyze(article), 10),
        analyze1mb: await time(analyze(big), 3),
        articleChars: article.length,
        bigChars: big.length,
      };
    },
    { article, big },
  );
  log(
    `  message round trip ${fmt(results.messaging.ping.ms)} ms; page.analyze ${fmt(results.messaging.analyzeArticle.ms)} ms ` +
      `(source report), ${fmt(results.messaging.analyze1mb.ms)} ms (1 MB)`,
  );

  // Seeding, in the service worker, into fresh databases.
  try {
    await real.background.evaluate(bundles.inWorker);
    const runs = await real.background.evaluate(() => globalThis.__reglensSeedBench.run());
    results.seeding = {
      runs: runs.length,
      openMs: median(runs.map((r) => r.openMs)),
      seedMs: median(runs.map((r) => r.seedMs)),
      totalMs: median(runs.map((r) => r.openMs + r.seedMs)),
      actors: runs[0]?.added,
    };
    log(
      `  seeding the knowledge base: ${fmt(results.seeding.totalMs)} ms (open ${fmt(results.seeding.openMs)} ms)`,
    );
  } catch (error) {
    results.seeding = { error: error instanceof Error ? error.message : String(error) };
  }
  await page.close();
}
await real.close();

// ---------------------------------------------------------------------------------------------
// Phase 5: the content script on pages that are not articles, against an empty content script.
// Both extensions run in browsers of their own; loads alternate between them. After each load
// and a fixed settling time (the same for both, nothing polled), DevTools' Performance.getMetrics
// gives the renderer main thread's busy time (TaskDuration) and its script time: the difference
// of medians is what RegLens adds. The load event would be the wrong yardstick: a document_idle
// content script may run after it, and its work would not show.

log('Phase 5/6: the content script on pages that are not articles, against an empty one');
{
  const nonArticles = NON_ARTICLE_PAGES.map((id) => pages.find((p) => p.id === id)).filter(
    (spec) => spec && recordOf(spec.id).extension && !recordOf(spec.id).extension.isArticle,
  );
  const browsers = {
    reglens: await harness.launchWithExtension({ extensionDir }),
    empty: await harness.launchWithExtension({ extensionDir: emptyExtensionDir }),
  };
  for (const b of Object.values(browsers))
    await servePages(b.context, pages, { isolate: false, extra });
  const metricsOf = async (which, spec) => {
    const { context } = browsers[which];
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    // Thread time, not wall time: what the main thread spent, whatever else the machine did.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await tab.goto(ORIGIN + spec.path, { waitUntil: 'load' });
    await tab.waitForTimeout(400);
    const { metrics } = await cdp.send('Performance.getMetrics');
    // Where RegLens stopped: the prefilter (no detected mark), the annotator's detection
    // (detected, not analysed), or annotating (analysed).
    const [started, detected, annotator] = await tab.evaluate(() => [
      performance.getEntriesByName('reglens:start').length > 0,
      performance.getEntriesByName('reglens:detected').length > 0,
      performance.getEntriesByName('reglens:analysed').length > 0,
    ]);
    await tab.close();
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value * 1000]));
    return {
      taskMs: m.TaskDuration,
      scriptMs: m.ScriptDuration,
      compileMs: m.V8CompileDuration,
      started,
      detected,
      annotator,
    };
  };
  const perPage = [];
  for (const spec of nonArticles) {
    const samples = { reglens: [], empty: [] };
    for (let round = 0; round < 7; round++) {
      const order = round % 2 ? ['empty', 'reglens'] : ['reglens', 'empty'];
      for (const which of order) {
        const sample = await metricsOf(which, spec);
        // The first round warms caches in both browsers and is not counted.
        if (round > 0) samples[which].push(sample);
      }
    }
    const med = (which, key) => median(samples[which].map((s) => s[key]));
    const entry = {
      page: spec.id,
      loads: samples.reglens.length,
      // Whether the content script ran on every load, and whether it went on to the annotator.
      started: samples.reglens.every((s) => s.started),
      detected: samples.reglens.some((s) => s.detected),
      annotator: samples.reglens.some((s) => s.annotator),
      reglensTaskMs: med('reglens', 'taskMs'),
      emptyTaskMs: med('empty', 'taskMs'),
      reglensScriptMs: med('reglens', 'scriptMs'),
      emptyScriptMs: med('empty', 'scriptMs'),
      reglensCompileMs: med('reglens', 'compileMs'),
      emptyCompileMs: med('empty', 'compileMs'),
      samples,
    };
    entry.addedTaskMs = entry.reglensTaskMs - entry.emptyTaskMs;
    entry.addedScriptMs = entry.reglensScriptMs - entry.emptyScriptMs;
    perPage.push(entry);
    log(
      `  ${spec.id}: ${entry.addedTaskMs >= 0 ? '+' : ''}${fmt(entry.addedTaskMs)} ms main thread, ${entry.addedScriptMs >= 0 ? '+' : ''}${fmt(entry.addedScriptMs)} ms script`,
    );
  }
  results.contentScriptCost = perPage;
  for (const b of Object.values(browsers)) await b.close();
}

// ---------------------------------------------------------------------------------------------
// Phase 6: what ships.

log('Phase 6/6: shipped script sizes');
{
  const injected = new Set(
    pageScripts.flatMap((c) => c.js ?? []).map((js) => js.replace(/^\//, '')),
  );
  // Scripts the background injects into a page when asked (scripting.executeScript names them).
  const background = await readFile(
    path.join(extensionDir, manifest.background.service_worker),
    'utf8',
  );
  const files = [];
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name.endsWith('.js')) {
        const body = await readFile(full);
        const rel = path.relative(extensionDir, full).split(path.sep).join('/');
        files.push({
          file: rel,
          bytes: (await stat(full)).size,
          gzipBytes: gzipSync(body).length,
          everyPage: injected.has(rel),
          onRequest: !injected.has(rel) && background.includes(`/${rel}`),
        });
      }
    }
  };
  await walk(extensionDir);
  results.sizes = files.sort(
    (a, b) => Number(b.everyPage) - Number(a.everyPage) || b.bytes - a.bytes,
  );
}

results.meta.durationS = Math.round((Date.now() - began) / 1000);
results.budgets = evaluateBudgets(results);
const report = printReport(results);

const stamp = results.meta.date.replace(/[:.]/g, '-').slice(0, 19);
const jsonFile = options.json
  ? path.resolve(options.json)
  : path.join(projectRoot, 'bench-results', `bench-${stamp}.json`);
await mkdir(path.dirname(jsonFile), { recursive: true });
await writeFile(jsonFile, JSON.stringify(results, null, 2));
const textFile = jsonFile.replace(/\.json$/, '') + '.txt';
await writeFile(textFile, report);
console.log(
  `\nFigures: ${path.relative(process.cwd(), jsonFile)} (table: ${path.relative(process.cwd(), textFile)})`,
);
