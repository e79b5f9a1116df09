/**
 * Saved snippets (issue 10): re-anchoring 1,000 snippets on one long article after it changed,
 * and the library opening with 10,000 snippets (its index, the first list, filter, sort and
 * search, and the library view rendered with React up to its first painted list).
 *
 * The long article is the generated 1 MB one in every run, and in a run with the corpus also the
 * corpus's longest article text. The library's snippets are quoted from the fixtures and the
 * generated article only, so --quick and full runs measure the same library.
 */
import { BIG_PAGE } from './page-set.mjs';
import { callLayers, openLayersPage } from './layers-bundle.mjs';
import { errorText, fmt, inNewTab, median, withTimeout } from './measure.mjs';

const SNIPPETS_ANCHORED = 1000;
const LIBRARY_SIZE = 10_000;
/** A long article's text must leave each of the 1,000 snippets a stretch of its own. */
const LONG_ENOUGH = 20 * SNIPPETS_ANCHORED;

/** @type {import('./phases.mjs').Phase} */
export default {
  title: `saved snippets: re-anchoring ${SNIPPETS_ANCHORED.toLocaleString('en')}, the library with ${LIBRARY_SIZE.toLocaleString('en')}`,
  browser: 'plain',
  async run(bench, plain) {
    const { pages, results, options, log, texts } = bench;
    const runs = options.quick ? 3 : 5;
    const withText = pages.filter((p) => texts.get(p.id));
    const corpus = withText.filter((p) => p.group === 'readability' || p.group === 'aeb');
    const longestCorpus = corpus.reduce(
      (best, p) => (!best || texts.get(p.id).length > texts.get(best.id).length ? p : best),
      null,
    );
    const articles = [BIG_PAGE, longestCorpus?.id].filter(
      (id) => id && (texts.get(id)?.length ?? 0) >= LONG_ENOUGH,
    );
    const librarySources = withText
      .filter((p) => p.group === 'fixture' || p.id === BIG_PAGE)
      .map((p) => p.id);
    const order = [...new Set([...articles, ...librarySources])];
    const load = (tab) =>
      callLayers(
        tab,
        'setTexts',
        order.map((id) => texts.get(id)),
      );
    results.snippets = { anchoring: [], library: null };

    await inNewTab(plain.context, async (tab) => {
      await openLayersPage(tab, bench);
      await load(tab);
      for (const id of articles) {
        const entry = { page: id, runs: [] };
        results.snippets.anchoring.push(entry);
        try {
          entry.setup = await callLayers(
            tab,
            'prepareAnchoring',
            order.indexOf(id),
            SNIPPETS_ANCHORED,
          );
          for (let run = 0; run < runs; run++) {
            entry.runs.push(await withTimeout(callLayers(tab, 'anchorAll'), 600_000, 'anchoring'));
          }
          const totals = entry.runs.map((r) => r.totalMs);
          const last = entry.runs.at(-1);
          log(
            `  re-anchoring ${entry.setup.snippets} snippets on ${id} (${entry.setup.chars} chars): ` +
              `first ${fmt(totals[0])} ms, median ${fmt(median(totals))} ms, slowest call ${fmt(Math.max(...entry.runs.map((r) => r.slowestMs)))} ms; ` +
              `${last.rightPlace}/${last.shouldBeFound} found in place, ${last.otherText} on other text, ` +
              `${last.removedNotFound}/${last.removed} removed ones not found`,
          );
        } catch (error) {
          entry.error = errorText(error);
          log(`  re-anchoring on ${id}: ${entry.error}`);
        }
      }
    });

    const sources = librarySources.map((id) => order.indexOf(id));
    const library = {
      snippets: LIBRARY_SIZE,
      sources: librarySources.length,
      index: [],
      render: [],
    };
    results.snippets.library = library;
    if (sources.length === 0) {
      library.error = 'no page text to quote from';
      return;
    }
    // The index in one page, the view in another: each starts from code not run before, as the
    // library page does when it opens.
    await inNewTab(plain.context, async (tab) => {
      await openLayersPage(tab, bench);
      await load(tab);
      try {
        library.madeMs = await tab.evaluate(
          ([list, count]) => {
            const start = performance.now();
            window.__reglensLayersBench.makeLibrary(list, count);
            return performance.now() - start;
          },
          [sources, LIBRARY_SIZE],
        );
        for (let run = 0; run < runs; run++) {
          library.index.push(
            await withTimeout(callLayers(tab, 'libraryIndexOnce'), 120_000, 'library index'),
          );
        }
        const [first] = library.index;
        log(
          `  library index, ${LIBRARY_SIZE} snippets, first run: take in ${fmt(first.syncMs)} ms, ` +
            `first list ${fmt(first.firstListMs)} ms, text index ${fmt(first.textIndexMs)} ms, search ${fmt(first.searchMs)} ms`,
        );
      } catch (error) {
        library.error = errorText(error);
        log(`  library index: ${library.error}`);
      }
    });
    await inNewTab(plain.context, async (tab) => {
      await openLayersPage(tab, bench);
      await load(tab);
      try {
        await callLayers(tab, 'makeLibrary', sources, LIBRARY_SIZE);
        for (let run = 0; run < runs; run++) {
          library.render.push(
            await withTimeout(callLayers(tab, 'renderLibrary'), 120_000, 'library view'),
          );
        }
        const paints = library.render.map((r) => r.firstPaintMs);
        log(
          `  library view, ${LIBRARY_SIZE} snippets: first paint of the list ${fmt(paints[0])} ms ` +
            `(median of ${paints.length} ${fmt(median(paints))} ms), ${library.render[0].rows} rows drawn`,
        );
      } catch (error) {
        library.renderError = errorText(error);
        log(`  library view: ${library.renderError}`);
      }
    });
  },
};
