/**
 * What a phase is, and how the runner goes through them. A phase is one file, scripts/bench/
 * phase-*.mjs, whose default export says what it is called and which browser it runs in.
 */
import { browsers } from './browsers.mjs';

/**
 * @typedef {object} Phase
 * @property {string | ((bench: import('./setup.mjs').Bench) => string)} [title] printed as
 *   "Phase N/M: title"; a phase without one goes on under the previous phase's heading
 * @property {keyof typeof browsers | null} [browser] the browser it runs in (browsers.mjs), handed
 *   to `run`; null for a phase that needs none or launches its own
 * @property {(bench: import('./setup.mjs').Bench, browser: any) => Promise<void>} run fills in
 *   bench.results
 */

/**
 * Runs `phases` in order. Each browser is opened before the first phase that names it and closed
 * after the last, so phases in a row share one, and no two browsers run at once.
 *
 * @param {import('./setup.mjs').Bench} bench
 * @param {Phase[]} phases
 */
export async function runPhases(bench, phases) {
  const titled = phases.filter((phase) => phase.title);
  const open = new Map();
  for (const [index, phase] of phases.entries()) {
    if (phase.browser && !open.has(phase.browser)) {
      open.set(phase.browser, await browsers[phase.browser](bench));
    }
    if (phase.title) {
      const title = typeof phase.title === 'function' ? phase.title(bench) : phase.title;
      bench.log(`Phase ${titled.indexOf(phase) + 1}/${titled.length}: ${title}`);
    }
    await phase.run(bench, phase.browser ? open.get(phase.browser) : null);
    const later = phases.slice(index + 1);
    for (const [name, browser] of open) {
      if (later.some((next) => next.browser === name)) continue;
      await browser.close();
      open.delete(name);
    }
  }
}
