/**
 * The content script on pages that are not articles, against an empty content script registered
 * the same way. Both extensions run in browsers of their own; loads alternate between them. After
 * each load and a fixed settling time (the same for both, nothing polled), DevTools'
 * Performance.getMetrics gives the renderer main thread's busy time (TaskDuration), its script
 * time and its compile time: the difference of medians is what RegLens adds. The load event would be the wrong
 * yardstick: a document_idle content script may run after it, and its work would not show.
 * Then, in a third browser, the same pages with the page script's steps timed one by one in a
 * fresh isolated world (bench/prefilter-steps.ts, registered the same way; pages cross-origin
 * isolated for a 5 µs timer): which step costs what.
 */
import path from 'node:path';
import { writeEmptyExtension } from '../../bench/build.mjs';
import { ORIGIN, servePages } from '../../bench/pages.mjs';
import { fmt, median } from './measure.mjs';

/** The fixture home page, the generated web app and real front pages. */
const NON_ARTICLE_PAGES = [
  'fixture/app',
  'fixture/section-front',
  'generated/app',
  'fixture/home',
  'readability/nytimes-5',
  'readability/yahoo-2',
];

/** Loads per page and browser; the first round warms caches in both and is not counted. */
const ROUNDS = 7;

/** @type {import('./phases.mjs').Phase} */
export default {
  title: 'the content script on pages that are not articles, against an empty one',
  // Two browsers of its own, launched here.
  browser: null,
  async run(bench) {
    const { pages, results, log, recordOf, harness, extensionDir, extra } = bench;
    // Only pages the whole-path phase found not to be articles.
    const nonArticles = NON_ARTICLE_PAGES.map((id) => pages.find((p) => p.id === id)).filter(
      (spec) => spec && recordOf(spec.id).extension && !recordOf(spec.id).extension.isArticle,
    );
    if (!bench.pageScripts) throw new Error('The extension has not been opened yet');
    const emptyExtensionDir = await writeEmptyExtension(
      path.join(bench.work, 'empty-extension'),
      bench.pageScripts[0],
    );
    const browsers = {
      reglens: await harness.launchWithExtension({ extensionDir, pagesMayRequestOutside: true }),
      empty: await harness.launchWithExtension({
        extensionDir: emptyExtensionDir,
        pagesMayRequestOutside: true,
      }),
    };
    for (const b of Object.values(browsers))
      await servePages(b.context, pages, { isolate: false, extra });
    const perPage = [];
    for (const spec of nonArticles) {
      const samples = { reglens: [], empty: [] };
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 ? ['empty', 'reglens'] : ['reglens', 'empty'];
        for (const which of order) {
          const sample = await metricsOf(harness, browsers[which].context, spec);
          if (round > 0) samples[which].push(sample);
        }
      }
      const entry = compare(spec.id, samples);
      perPage.push(entry);
      log(
        `  ${spec.id}: ${signed(entry.addedMs)} ms script and compile (${signed(entry.addedScriptMs)} script, ${signed(entry.addedCompileMs)} compile), ${signed(entry.addedTaskMs)} ms main thread`,
      );
    }
    results.contentScriptCost = perPage;
    for (const b of Object.values(browsers)) await b.close();

    const stepsDir = await writeEmptyExtension(
      path.join(bench.work, 'prefilter-steps-extension'),
      bench.pageScripts[0],
      bench.bundles.prefilterSteps,
    );
    const stepsBrowser = await harness.launchWithExtension({
      extensionDir: stepsDir,
      pagesMayRequestOutside: true,
    });
    await servePages(stepsBrowser.context, pages, { isolate: true, extra });
    for (const entry of perPage) {
      const spec = pages.find((p) => p.id === entry.page);
      const loads = [];
      for (let round = 0; round < ROUNDS; round++) {
        const tab = await stepsBrowser.context.newPage();
        await tab.goto(ORIGIN + spec.path, { waitUntil: 'load' });
        const detail = await tab.evaluate(
          () =>
            new Promise((resolve) => {
              const read = () => performance.getEntriesByName('reglens-steps')[0]?.detail;
              if (read()) return resolve(read());
              const observer = new PerformanceObserver(() => {
                if (!read()) return;
                observer.disconnect();
                resolve(read());
              });
              observer.observe({ type: 'mark' });
              setTimeout(() => resolve(read() ?? null), 5_000);
            }),
        );
        await tab.close();
        if (detail && round > 0) loads.push(detail);
      }
      const names = loads[0]?.steps.map(([name]) => name) ?? [];
      entry.steps = names.map((name) => ({
        step: name,
        ms: median(loads.map((l) => l.steps.find(([n]) => n === name)?.[1] ?? 0)),
      }));
      entry.prefilterSignal = loads[0]?.signal ?? null;
      log(
        `  ${spec.id} step by step: ${entry.steps.map((s) => `${s.step} ${fmt(s.ms)} ms`).join(', ')}`,
      );
    }
    await stepsBrowser.close();
  },
};

const signed = (value) => `${value >= 0 ? '+' : ''}${fmt(value)}`;

/** One load of `spec` in a new tab of `context`, and the main thread's time on it. */
async function metricsOf(harness, context, spec) {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  // Thread time, not wall time: what the main thread spent, whatever else the machine did.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await tab.goto(ORIGIN + spec.path, { waitUntil: 'load' });
  await tab.waitForTimeout(400);
  const { metrics } = await cdp.send('Performance.getMetrics');
  // Where RegLens stopped: the prefilter (no detected mark), the annotator's detection
  // (detected, not analysed), or annotating (analysed). The empty page script keeps no timeline.
  const names = new Set((await harness.extensionTimeline(tab, 0)).map((entry) => entry.name));
  const [started, detected, annotator] = [
    'reglens:start',
    'reglens:detected',
    'reglens:analysed',
  ].map((name) => names.has(name));
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
}

/** One page's medians, RegLens against the empty content script. */
function compare(page, samples) {
  const med = (which, key) => median(samples[which].map((s) => s[key]));
  const entry = {
    page,
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
  // Chromium counts a script's compile before it runs apart from its script time (lazy compiles
  // of functions as they are first called fall in script time): both are the page script's.
  entry.addedCompileMs = entry.reglensCompileMs - entry.emptyCompileMs;
  entry.addedMs = entry.addedScriptMs + entry.addedCompileMs;
  return entry;
}
