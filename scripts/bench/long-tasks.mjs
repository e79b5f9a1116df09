/**
 * Long tasks while the content script works. The Long Tasks API sees only tasks it can attribute
 * to the page; the content script's work runs in microtask checkpoints it does not report, so long
 * animation frames (which do see it) and, on detail pages, a DevTools trace are the figures that
 * count.
 */
import { loadAndRead, stepOf } from './extension-load.mjs';

/**
 * Both long-task instruments the page offers, from the first moment of each document in
 * `context`; loadAndRead collects what they saw.
 *
 * @param {import('playwright-core').BrowserContext} context
 */
export async function watchLongTasks(context) {
  await context.addInitScript(() => {
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
}

/**
 * One more load of `spec`, traced with DevTools: every top-level slice of the page's main thread
 * (tasks and the microtask checkpoints that run the content script's continuations) from the
 * content script's start to two frames after painting, with the step it belongs to.
 *
 * @param {typeof import('../../tests/e2e/harness.ts')} harness
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} tab
 * @param {import('../../bench/pages.mjs').PageSpec} spec
 * @param {string} prefilterProbe bench/prefilter-probe.ts, bundled
 * @returns {Promise<Array<{ duration: number, step: string, name: string }> | null>} slices over
 *   50 ms, or null when the load left no start mark in the trace
 */
export async function tracedLoad(harness, context, tab, spec, prefilterProbe) {
  const cdp = await context.newCDPSession(tab);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      // devtools.timeline carries the console.timeStamp events RegLens's timeline makes.
      includedCategories: ['toplevel', 'devtools.timeline', '__metadata'],
      excludedCategories: ['*'],
    },
  });
  try {
    await loadAndRead(harness, tab, spec, prefilterProbe);
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => {});
  }
  const marks = {};
  let thread = null;
  for (const e of events) {
    const name = e.name === 'TimeStamp' ? e.args?.data?.message : undefined;
    if (!name?.startsWith('reglens:')) continue;
    // Trace clock, in ms: the earlier loads' marks were made before tracing started.
    marks[name.slice('reglens:'.length)] = { t: e.ts / 1000 };
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
