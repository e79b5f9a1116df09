/**
 * The real extension: the whole path a reader waits for, per page, from RegLens's own marks
 * (extension-load.mjs), with the long tasks seen on the way; first the cold start, the first
 * article after the browser starts. Each load of an article is followed by one load of the same
 * page with the architecture floor (bench/build.mjs), in a browser of its own, so both are
 * sampled in turns.
 */
import path from 'node:path';
import { writeArchitectureFloorExtension } from '../../bench/build.mjs';
import { ORIGIN, servePages } from '../../bench/pages.mjs';
import { loadAndRead, loadArchitectureFloor, stepOf } from './extension-load.mjs';
import { tracedLoad } from './long-tasks.mjs';
import { counter, firstLine, fmt, inNewTab, inOneTab, median } from './measure.mjs';
import { SOURCE_REPORT } from './page-set.mjs';

/** @type {import('./phases.mjs').Phase} */
export default {
  title: 'the built extension: whole path per page, long tasks, messages, seeding',
  browser: 'extension',
  async run(bench, real) {
    const { pages, results, detailIds, bundles, log, recordOf } = bench;
    const probe = bundles.prefilter;
    const roots = {};
    for (const spec of pages) {
      const selector = recordOf(spec.id).rootSelector;
      if (selector) roots[new URL(ORIGIN + spec.path).pathname] = selector;
    }
    const floorDir = await writeArchitectureFloorExtension(
      path.join(bench.work, 'architecture-floor'),
      bench.pageScripts[0],
      roots,
    );
    // Corpus pages ask for their own resources, which the routes abort; only ours may not go out.
    const floorBrowser = await bench.harness.launchWithExtension({
      extensionDir: floorDir,
      pagesMayRequestOutside: true,
    });
    await servePages(floorBrowser.context, pages, { isolate: false, extra: bench.extra });
    let floorTab = await floorBrowser.context.newPage();

    // The first article after the browser starts pays for seeding and building the matcher: this
    // must be the first load in the extension's browser.
    const first = pages.find((p) => p.id === SOURCE_REPORT) ?? pages[0];
    const cold = await inNewTab(real.context, (tab) =>
      loadAndRead(bench.harness, tab, first, probe),
    );
    const m = cold.marks;
    results.coldStart = {
      page: first.id,
      wholeMs: m.painted ? m.painted.t - m.start.t : null,
      messageMs: m.analysed ? m.analysed.t - m.detected.t : null,
    };
    log(`  cold start on ${first.id}: whole path ${fmt(results.coldStart.wholeMs ?? NaN)} ms`);

    const measure = async (tab, spec, index) => {
      const record = recordOf(spec.id);
      const detail = detailIds.has(spec.id);
      const loads = [];
      const floorLoads = [];
      // A load is one sample: loads until 50 ms of measured path, at least two (three on detail
      // pages), at most three (six). The path is tens of ms, far above the 0.1 ms timer step.
      const [fewest, most] = detail ? [3, 6] : [2, 3];
      let total = 0;
      while (loads.length < fewest || (total < 50 && loads.length < most)) {
        // The rendering after painting is watched from the load that may be the last one on.
        const { marks, seen } = await loadAndRead(
          bench.harness,
          tab,
          spec,
          probe,
          loads.length + 1 >= fewest,
        );
        if (marks.timedOut || !marks.start) {
          throw new Error(`the content script never finished (marks: ${JSON.stringify(marks)})`);
        }
        const load = loadFigures(marks, seen);
        loads.push(load);
        if (load.isArticle) {
          try {
            const floorMs = await loadArchitectureFloor(floorTab, spec);
            if (floorMs !== null) floorLoads.push(floorMs);
          } catch {
            await floorTab.close({ runBeforeUnload: false }).catch(() => {});
            floorTab = await floorBrowser.context.newPage();
          }
        }
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
        architectureFloorMs: median(floorLoads),
        architectureFloorLoads: floorLoads,
        mentions: loads[0].mentions,
        longTasks: loads.flatMap((l) => l.longTasks),
        longFrames: loads.flatMap((l) => l.longFrames),
      };
      if (detail)
        record.extension.tracedTasks = await tracedLoad(
          bench.harness,
          real.context,
          tab,
          spec,
          probe,
        );
      if ((index + 1) % 25 === 0 || spec.group !== 'readability') {
        log(`  ${counter(index, pages.length)} ${spec.id.padEnd(34)} ${summary(record.extension)}`);
      }
    };
    await inOneTab(real.context, pages, measure, (spec, _index, error) => {
      recordOf(spec.id).errors.push(`extension: ${firstLine(error)}`);
    });
    await floorBrowser.close();
  },
};

/** One load's figures from its marks and what the page's observers saw. */
function loadFigures(marks, seen) {
  const end = marks.painted ?? marks.detected;
  const inWindow = (entry) => entry.start + entry.duration > marks.start.t;
  return {
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
}

/** The progress line's account of one page's loads. */
function summary(x) {
  const blocking = x.longFrames.filter((f) => f.blocking > 0);
  return (
    (x.outcome === 'prefiltered'
      ? 'ruled out by the prefilter'
      : `${x.isArticle ? 'article' : 'not an article'}  ` +
        `${x.isArticle ? 'whole path' : 'detection'} ${fmt(x.wholeMs)} ms` +
        (x.architectureFloorMs !== null
          ? ` (architecture floor ${fmt(x.architectureFloorMs)} ms)`
          : '')) +
    (blocking.length ? `  long frames ${blocking.map((f) => fmt(f.duration)).join(', ')} ms` : '') +
    (x.tracedTasks?.length
      ? `  tasks over 50 ms ${x.tracedTasks.map((t) => `${fmt(t.duration)} (${t.step})`).join(', ')}`
      : '')
  );
}
