/**
 * In each page, the methods side by side on the same root: the floor and RegLens on every page;
 * on detail pages also every name set, RegLens's hot spots, one annotation with its long tasks,
 * and mark.js. Keeps each page's article text for the text-only phase.
 */
import { ORIGIN } from '../../bench/pages.mjs';
import { SETS, call, counter, firstLine, fmt, inOneTab, withTimeout } from './measure.mjs';

/** @type {import('./phases.mjs').Phase} */
export default {
  title: (bench) =>
    `in-page measurements on ${bench.pages.length} pages (Chromium ${bench.results.meta.chromium})`,
  browser: 'plain',
  async run(bench, plain) {
    const { pages, results, detailIds, bundles, log, recordOf, texts } = bench;
    const measure = async (tab, spec, index) => {
      const record = recordOf(spec.id);
      const detail = detailIds.has(spec.id);
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
      record.highlightFloor = side.highlightFloor;
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
      const ratio = record.reglens.kb.total.ms / (record.floor.ms + record.highlightFloor.ms);
      const mark = record.markjs?.['1k']
        ? `  mark.js 1k ${fmt(record.markjs['1k'].total.ms)} ms`
        : '';
      log(
        `  ${counter(index, pages.length)} ${spec.id.padEnd(34)} ` +
          `${String(info.chars).padStart(8)} chars  floor ${fmt(record.floor.ms)} + ` +
          `${fmt(record.highlightFloor.ms)} ms  ` +
          `RegLens ${fmt(record.reglens.kb.total.ms)} ms (${ratio.toFixed(0)}x)${mark}`,
      );
    };
    await inOneTab(plain.context, pages, measure, (spec, index, error) => {
      const record = recordOf(spec.id);
      record.errors.push(`in-page: ${firstLine(error)}`);
      log(`  ${counter(index, pages.length)} ${spec.id}: ${record.errors.at(-1)}`);
    });
  },
};
