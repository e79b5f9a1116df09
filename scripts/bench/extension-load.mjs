/**
 * One page load in the extension's browser, read from RegLens's timeline of the page
 * (content/timeline-marks.ts: start when the page script runs; detected, analysed and painted as
 * the controller goes). The timeline is kept in the extension's isolated world, out of the page's
 * sight, and read there over the DevTools protocol; its times are on the page's clock.
 */
import { FLOOR_MARKS } from '../../bench/build.mjs';
import { ORIGIN } from '../../bench/pages.mjs';
import { withTimeout } from './measure.mjs';

/**
 * One load: the content script's marks, and what the page's observers saw from the content
 * script's start on; with `frames`, up to two frames after painting (the highlights are painted in
 * those frames), which costs the wait for them.
 *
 * @param {typeof import('../../tests/e2e/harness.ts')} harness
 * @param {import('playwright-core').Page} tab
 * @param {import('../../bench/pages.mjs').PageSpec} spec
 * @param {string} prefilterProbe bench/prefilter-probe.ts, bundled
 */
export async function loadAndRead(harness, tab, spec, prefilterProbe, frames = true) {
  await tab.goto(ORIGIN + spec.path, { waitUntil: 'domcontentloaded', timeout: 30_000 });
  // On a page the prefilter rules out, the start mark is the only mark: the probe gives the same
  // verdict as the content script (both read the same DOM, which no page script changes here).
  await tab.evaluate(prefilterProbe);
  const mayBeArticle = await tab.evaluate(() => window.__reglensPrefilter());
  const marks = await withTimeout(
    harness.inExtensionWorld(
      tab,
      awaitTimeline,
      { key: harness.TIMELINE_GLOBAL, mayBeArticle },
      { waitMs: 20_000, absent: { timedOut: true } },
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

/**
 * In the extension's world: the timeline's marks by step once the content script is done with the
 * page (painted, turned down by detection, or left at the start by the prefilter). Told of each
 * entry as it is added, so the wait puts no polling task on the page's thread.
 */
function awaitTimeline({ key, mayBeArticle }) {
  return new Promise((resolve) => {
    const read = () => {
      const found = {};
      for (const entry of globalThis[key] ?? []) {
        found[entry.name.slice('reglens:'.length)] = { t: entry.startTime, detail: entry.detail };
      }
      if (found.painted || (found.detected && !found.detected.detail?.isArticle)) return found;
      if (found.start && !found.detected && !mayBeArticle) return { ...found, prefiltered: true };
      return null;
    };
    const now = read();
    if (now) return resolve(now);
    const timeline = (globalThis[key] ??= []);
    const timer = setTimeout(() => resolve(read() ?? { timedOut: true }), 20_000);
    timeline.push = function (...entries) {
      const length = Array.prototype.push.apply(this, entries);
      const found = read();
      if (found) {
        delete timeline.push;
        clearTimeout(timer);
        resolve(found);
      }
      return length;
    };
  });
}

/** The step of the whole path that a task starting at `start` (page clock, ms) falls in. */
export function stepOf(start, marks) {
  if (marks.detected && start < marks.detected.t) return 'inject+level+detect';
  if (marks.analysed && start < marks.analysed.t) return 'text+message+match';
  if (marks.painted && start < marks.painted.t) return 'highlight';
  return 'rendering';
}

/**
 * One load in the architecture floor's browser (bench/build.mjs): its start and painted marks,
 * the page clock's ms between them; null when the floor did not paint within 20 s.
 *
 * @param {import('playwright-core').Page} tab
 * @param {import('../../bench/pages.mjs').PageSpec} spec
 */
export async function loadArchitectureFloor(tab, spec) {
  await tab.goto(ORIGIN + spec.path, { waitUntil: 'domcontentloaded', timeout: 30_000 });
  return withTimeout(
    tab.evaluate(
      ({ start, painted }) =>
        new Promise((resolve) => {
          const read = () => {
            const [a] = performance.getEntriesByName(start);
            const [b] = performance.getEntriesByName(painted);
            return a && b ? b.startTime - a.startTime : null;
          };
          const now = read();
          if (now !== null) return resolve(now);
          const observer = new PerformanceObserver(() => {
            const found = read();
            if (found !== null) {
              observer.disconnect();
              resolve(found);
            }
          });
          observer.observe({ type: 'mark' });
          setTimeout(() => resolve(read()), 20_000);
        }),
      FLOOR_MARKS,
    ),
    30_000,
    'architecture floor',
  );
}
