/**
 * The claims and attribution analysers (issue 9), timed as names matching is in the text-only
 * phase: every page's text-map text goes into one page, where the name matcher, the claim matcher
 * and the compiled cue file are built once. On the generated 1 MB article, first, every call is
 * timed on its own (is any one over 50 ms?); then on every page the three are timed in turns.
 */
import { BIG_PAGE } from './page-set.mjs';
import { callLayers, openLayersPage } from './layers-bundle.mjs';
import { counter, errorText, fmt, inNewTab, median, withTimeout } from './measure.mjs';

/** @type {import('./phases.mjs').Phase} */
export default {
  title: 'claims and attribution analysers on every page text, next to names matching',
  browser: 'plain',
  async run(bench, plain) {
    const { pages, results, options, log, recordOf, texts } = bench;
    const order = pages.map((p) => p.id).filter((id) => texts.get(id));
    results.analysers = {};
    await inNewTab(plain.context, async (tab) => {
      await openLayersPage(tab, bench);
      await callLayers(
        tab,
        'setTexts',
        order.map((id) => texts.get(id)),
      );
      const build = await callLayers(tab, 'prepareAnalysers');
      results.analysers.build = build;
      log(
        `  built: claim matcher (${build.claims} claims) ${fmt(build.claimMatcherMs)} ms, ` +
          `cue file ${fmt(build.cuesMs)} ms`,
      );

      // Before any other text, so its first calls are the first the analysers make in this page.
      const big = order.indexOf(BIG_PAGE);
      if (big >= 0) {
        try {
          const calls = await withTimeout(
            callLayers(tab, 'analyserCalls', big, options.quick ? 6 : 12),
            300_000,
            'analysers on the 1 MB article',
          );
          results.analysers.bigPage = { page: BIG_PAGE, ...calls };
          const longest = (list) => Math.max(...list);
          log(
            `  ${BIG_PAGE} (${calls.chars} chars), ${calls.claims.length} calls each, ` +
              `first / median / longest: names ${fmt(calls.names[0])} / ${fmt(median(calls.names))} / ${fmt(longest(calls.names))} ms, ` +
              `claims ${fmt(calls.claims[0])} / ${fmt(median(calls.claims))} / ${fmt(longest(calls.claims))} ms, ` +
              `attributions ${fmt(calls.attributions[0])} / ${fmt(median(calls.attributions))} / ${fmt(longest(calls.attributions))} ms`,
          );
        } catch (error) {
          results.analysers.bigPage = { page: BIG_PAGE, error: errorText(error) };
          log(`  ${BIG_PAGE}: ${errorText(error)}`);
        }
      }

      for (const [i, id] of order.entries()) {
        const record = recordOf(id);
        try {
          record.analysers = await withTimeout(
            // The analysers' code is hot after the first texts: little warm-up, as for matching.
            callLayers(tab, 'analyseText', i, { budgetMs: 2000, warmUpMs: 2 }),
            120_000,
            'claims and attributions',
          );
        } catch (error) {
          record.errors.push(`analysers: ${errorText(error)}`);
          log(`  ${counter(i, order.length)} ${id}: ${record.errors.at(-1)}`);
        }
      }
      const timed = order.map(recordOf).filter((r) => r.analysers);
      const spread = (pick) => median(timed.map((r) => pick(r.analysers).ms));
      log(
        `  ${timed.length} pages, median names ${fmt(spread((a) => a.names))} ms, ` +
          `claims ${fmt(spread((a) => a.claimsTime))} ms, attributions ${fmt(spread((a) => a.attributionsTime))} ms`,
      );
    });
  },
};
