/** Seeding the bundled knowledge base, in the extension's service worker, into fresh databases. */
import { errorText, fmt, median } from './measure.mjs';

/** @type {import('./phases.mjs').Phase} */
export default {
  browser: 'extension',
  async run(bench, real) {
    const { results, bundles, log } = bench;
    try {
      await real.background.evaluate(bundles.inWorker);
      const runs = await real.background.evaluate(() => globalThis.__reglensSeedBench.run());
      results.seeding = {
        runs: runs.length,
        openMs: median(runs.map((r) => r.openMs)),
        seedMs: median(runs.map((r) => r.seedMs)),
        totalMs: median(runs.map((r) => r.openMs + r.seedMs)),
        actors: runs[0]?.added,
      };
      log(
        `  seeding the knowledge base: ${fmt(results.seeding.totalMs)} ms (open ${fmt(results.seeding.openMs)} ms)`,
      );
    } catch (error) {
      results.seeding = { error: errorText(error) };
    }
  },
};
