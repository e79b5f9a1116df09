/**
 * The report's part for the layers after names: the claims and attribution analysers
 * (phase-analysers.mjs) and saved snippets (phase-snippets.mjs). bench/report.mjs prints these
 * lines before the budgets and adds this budget to its own.
 */
import { ms, table, times } from './report.mjs';

/** The analysers' single-call budget on the 1 MB article, ms. */
export const ANALYSER_CALL_BUDGET_MS = 50;

const median = (values) => quantile(values, 0.5);

function quantile(values, q) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
}

const longest = (values) => (values?.length ? Math.max(...values) : null);
const count = (value) => (value ?? 0).toLocaleString('en');
const chars = (value) =>
  value === undefined || value === null
    ? '-'
    : value >= 1e6
      ? `${(value / 1e6).toFixed(2)}M`
      : value.toLocaleString('en');

/** Every call the analysers made on the 1 MB article, or null when it was not measured. */
function bigPageCalls(results) {
  const big = results.analysers?.bigPage;
  return big && !big.error && big.claims?.length ? big : null;
}

/** @returns {Array<{ id: string, label: string, status: string, figure: string, pages?: number }>} */
export function layerBudgets(results) {
  const big = bigPageCalls(results);
  const label = `Claims and attribution analysis: no call over ${ANALYSER_CALL_BUDGET_MS} ms on the 1 MB article`;
  if (!big) {
    return [
      {
        id: 'analysers-50ms-1mb',
        label,
        status: 'n/a',
        figure: results.analysers?.bigPage?.error ?? 'not measured',
        pages: 0,
      },
    ];
  }
  const claims = longest(big.claims);
  const attributions = longest(big.attributions);
  const over = [...big.claims, ...big.attributions].filter((t) => t > ANALYSER_CALL_BUDGET_MS);
  return [
    {
      id: 'analysers-50ms-1mb',
      label,
      status: over.length === 0 ? 'PASS' : 'MISS',
      figure:
        `longest call: claims ${ms(claims)} ms, attributions ${ms(attributions)} ms ` +
        `(first call ${ms(big.claims[0])} / ${ms(big.attributions[0])} ms, median ${ms(median(big.claims))} / ` +
        `${ms(median(big.attributions))} ms; ${big.claims.length} calls each, ${chars(big.chars)} chars; ` +
        `names matching on the same text: median ${ms(median(big.names))} ms)` +
        (over.length ? `; ${over.length} of ${big.claims.length * 2} calls over` : ''),
      pages: 1,
    },
  ];
}

/** The report's lines for the analysers and snippets. */
export function layerReport(results) {
  const out = [];
  const say = (text = '') => out.push(text);
  const pages = results.pages;
  const analysed = pages.filter((p) => p.analysers);

  if (results.analysers) {
    const build = results.analysers.build;
    say('');
    say(
      'Claims and attribution analysers (background work, timed in the page as matching is; text-map text)',
    );
    if (build) {
      say(
        `Built once: claim matcher for ${build.claims} claims ${ms(build.claimMatcherMs)} ms (the dataset parsed first, ` +
          `${ms(build.parseClaimsMs)} ms), cue file checked and compiled ${ms(build.cuesMs)} ms.`,
      );
    }
    const detail = analysed.filter((p) => p.detail);
    if (detail.length) {
      say(
        table(
          [
            'page',
            'chars',
            'sentences',
            'names',
            'claims',
            '×names',
            'attributions',
            '×names',
            'claim hits',
            'attributed',
          ],
          detail.map((p) => {
            const a = p.analysers;
            return [
              p.id,
              chars(a.chars),
              count(a.sentences),
              ms(a.names.ms),
              ms(a.claimsTime.ms),
              times(a.claimsTime.ms / a.names.ms),
              ms(a.attributionsTime.ms),
              times(a.attributionsTime.ms / a.names.ms),
              count(a.claims),
              count(a.attributions),
            ];
          }),
        ),
      );
      say(
        'names = the bundled names matcher; claims = the claim matcher given those names; attributions =',
      );
      say('sentence splitting and the cue file; medians per call, ms, the three timed in turns.');
    }
    const corpus = analysed.filter((p) => p.group === 'readability' || p.group === 'aeb');
    const across = corpus.length ? corpus : analysed;
    if (across.length) {
      const rows = [];
      const row = (label, pick, format) => {
        const list = across
          .map((p) => ({ id: p.id, value: pick(p.analysers) }))
          .filter((r) => Number.isFinite(r.value));
        if (!list.length) return;
        const worst = list.reduce((w, r) => (r.value > w.value ? r : w));
        const values = list.map((r) => r.value);
        rows.push([
          label,
          list.length,
          format(quantile(values, 0.5)),
          format(quantile(values, 0.9)),
          `${format(worst.value)} ${worst.id}`,
        ]);
      };
      row('names ms', (a) => a.names.ms, ms);
      row('claims ms', (a) => a.claimsTime.ms, ms);
      row('attributions ms', (a) => a.attributionsTime.ms, ms);
      row('claims / names', (a) => a.claimsTime.ms / a.names.ms, times);
      row('attributions / names', (a) => a.attributionsTime.ms / a.names.ms, times);
      say(
        corpus.length
          ? `Across the corpus (${corpus.length} pages)`
          : `Across the ${analysed.length} pages measured (no corpus in this run)`,
      );
      say(table(['figure', 'pages', 'median', 'p90', 'worst'], rows));
    }
    const big = bigPageCalls(results);
    if (big) {
      const line = (label, list) =>
        `${label} ${ms(list[0])} / ${ms(median(list))} / ${ms(longest(list))} ms`;
      say(
        `${big.page} (${chars(big.chars)} chars), ${big.claims.length} calls each, first / median / longest: ` +
          `${line('names', big.names)}; ${line('claims', big.claims)}; ${line('attributions', big.attributions)} ` +
          `(of which sentence splitting ${ms(median(big.sentences))} ms); ${count(big.mentions)} names, ` +
          `${count(big.claimHits)} claim sentences, ${count(big.attributionHits)} attributed sentences.`,
      );
    } else if (results.analysers.bigPage?.error) {
      say(`${results.analysers.bigPage.page}: ${results.analysers.bigPage.error}`);
    }
  }

  const snippets = results.snippets;
  if (snippets) {
    say('');
    say('Saved snippets');
    for (const entry of snippets.anchoring ?? []) {
      if (entry.error || !entry.runs?.length) {
        say(`Re-anchoring on ${entry.page}: ${entry.error ?? 'not measured'}`);
        continue;
      }
      const s = entry.setup;
      const totals = entry.runs.map((r) => r.totalMs);
      const first = entry.runs[0];
      const slowest = entry.runs.reduce((w, r) => (r.slowestMs > w.slowestMs ? r : w));
      const perFate = Object.entries(first.byFate)
        .filter(([fate]) => s.fates[fate])
        .map(([fate, total]) => `${fate} ${ms(total / s.fates[fate])}`)
        .join(', ');
      say(
        `Re-anchoring ${count(s.snippets)} snippets on ${entry.page} (${chars(s.chars)} chars; quotes of ` +
          `${s.quoteChars.median} chars at the median; ${s.fates.kept} kept, ${s.fates['words-before']} with words ` +
          `inserted before, ${s.fates.edited} with a word changed, ${s.fates.removed} removed):`,
      );
      say(
        `  all ${count(s.snippets)}: first run ${ms(totals[0])} ms, median of ${totals.length} ${ms(median(totals))} ms ` +
          `(${ms(median(totals) / s.snippets)} ms a snippet); slowest call ${ms(slowest.slowestMs)} ms (${slowest.slowestFate}); ` +
          `ms a snippet by fate, first run: ${perFate}.`,
      );
      say(
        `  found by position ${first.methods.position}, by exact text ${first.methods.exact}, approximately ` +
          `${first.methods.fuzzy}, not found ${first.methods['not-found']}. Of the ${first.shouldBeFound} still on the ` +
          `page: ${first.rightPlace} found where they are (${first.exactText} to the character), ` +
          `${first.sameWordsElsewhere} on the same words elsewhere (the text repeats them), ${first.otherText} on other ` +
          `text, ${first.missed} not found. Of the ${first.removed} removed: ${first.removedNotFound} "not found", ` +
          `${first.removed - first.removedNotFound} anchored on other text.`,
      );
    }
    const library = snippets.library;
    if (library) {
      if (library.index?.length) {
        const steps = [
          ['take in (new SnippetIndex)', 'syncMs'],
          ['first list, newest first', 'firstListMs'],
          ["filters' values (facets)", 'facetsMs'],
          ['first filter (a tag)', 'filterMs'],
          ['first other sort (title)', 'sortMs'],
          ['full-text index (MiniSearch)', 'textIndexMs'],
          ['first search, "credit data"', 'searchMs'],
          ['first search, "征信"', 'searchChineseMs'],
        ];
        const [first, ...rest] = library.index;
        say(
          `The library's index with ${count(library.snippets)} snippets (quoted from ${library.sources} pages; ` +
            `made in ${ms(library.madeMs)} ms): a fresh index per run, ms`,
        );
        say(
          table(
            ['step', 'first run', `median of next ${rest.length}`],
            steps.map(([label, key]) => [
              label,
              ms(first[key]),
              ms(median(rest.map((r) => r[key]))),
            ]),
          ),
        );
        say(
          `  ${count(first.shown)} listed, ${count(first.filtered)} with the tag, ${count(first.searched)} and ` +
            `${count(first.searchedChinese)} found by the searches.`,
        );
      } else if (library.error) say(`The library's index: ${library.error}`);
      if (library.render?.length) {
        const paints = library.render.map((r) => r.firstPaintMs);
        const first = library.render[0];
        say(
          `The library view (components/SnippetLibraryView.tsx, React, the extension's style sheet) with ` +
            `${count(first.snippets)} snippets: first paint of the list ${ms(paints[0])} ms in a fresh page, ` +
            `median of ${paints.length} ${ms(median(paints))} ms (rows committed after ${ms(first.rowsInMs)} ms); ` +
            `${first.rows} rows drawn; tasks over 50 ms: ${first.longTasks.length ? first.longTasks.map((t) => `${ms(t)} ms`).join(', ') : 'none'}; ` +
            `status "${first.status}".`,
        );
      } else if (library.renderError) say(`The library view: ${library.renderError}`);
    }
  }
  return out;
}
