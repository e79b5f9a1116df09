/**
 * Text only. Matching and the combined expression need no DOM, so every page's text (from the
 * in-page phase) goes into one page where each name set is built once (the 100,000-name matcher
 * takes about a second to build).
 */
import { BIG_PAGE } from './page-set.mjs';
import { SETS, call, errorText, fmt, inNewTab, openBlank, withTimeout } from './measure.mjs';

/** @type {import('./phases.mjs').Phase} */
export default {
  title: 'matching and the combined expression on every page text',
  browser: 'plain',
  async run(bench, plain) {
    const { pages, results, detailIds, options, bundles, log, recordOf, texts } = bench;
    await inNewTab(plain.context, async (tab) => {
      await openBlank(tab, bundles);
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
          record.errors.push(`regex: ${errorText(error)}`);
        }
      }
      log('  combined expression: done');
      // Chosen by the big-name-sets phase; none when --pages left its page out.
      const regexBigPage = results.meta.bigSetPages?.regex100k;
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
          recordOf(regexBigPage).errors.push(`regex 100k: ${errorText(error)}`);
        }
      }
    });
  },
};
