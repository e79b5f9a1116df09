/**
 * The largest baselines, on one small page each: mark.js and the expression grow with the names,
 * so mark.js with 10,000 and 100,000 names runs once on one page (not with --quick). Also picks
 * the page of the 100,000-name expression, which the text-only phase times.
 */
import { ORIGIN } from '../../bench/pages.mjs';
import { call, errorText, fmt, inNewTab, withTimeout } from './measure.mjs';
import { SOURCE_REPORT } from './page-set.mjs';

/** @type {import('./phases.mjs').Phase} */
export default {
  browser: 'plain',
  async run(bench, plain) {
    const { pages, results, options, bundles, log, recordOf } = bench;
    const articleFixtures = results.pages
      .filter((r) => r.group === 'fixture' && r.isArticle && r.chars)
      .sort((a, b) => a.chars - b.chars);
    const bigSetPage = articleFixtures[0]?.id;
    const markTenKPage = SOURCE_REPORT;
    // Only when --pages kept it.
    const regexBigPage = pages.some((p) => p.id === SOURCE_REPORT) ? SOURCE_REPORT : undefined;
    results.meta.bigSetPages = {
      markjs10k: markTenKPage,
      markjs100k: bigSetPage,
      regex100k: regexBigPage,
    };
    if (options.quick) return;
    for (const [set, id] of [
      ['10k', markTenKPage],
      ['100k', bigSetPage],
    ]) {
      const spec = pages.find((p) => p.id === id);
      if (!spec) continue;
      log(`  mark.js with ${set} names on ${id} (one run: each name is one pass over the page)...`);
      await inNewTab(plain.context, async (tab) => {
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
          recordOf(id).errors.push(`mark.js ${set}: ${errorText(error)}`);
        }
      });
    }
  },
};
