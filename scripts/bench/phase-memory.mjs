/**
 * What each matcher holds. A fresh page per name set, with garbage collected before and after
 * building, so the heap difference is the matcher and nothing else.
 */
import { SETS, call, inNewTab, openBlank } from './measure.mjs';

/** @type {import('./phases.mjs').Phase} */
export default {
  title: 'matcher memory per name set',
  browser: 'plain',
  async run(bench, plain) {
    const { results, bundles, log } = bench;
    for (const set of SETS) {
      await inNewTab(plain.context, async (tab) => {
        await openBlank(tab, bundles);
        const cdp = await plain.context.newCDPSession(tab);
        await call(tab, 'prepareNames', set);
        const heap = async () => {
          await cdp.send('HeapProfiler.collectGarbage');
          return (await cdp.send('Runtime.getHeapUsage')).usedSize;
        };
        const before = await heap();
        const stats = await call(tab, 'retainMatcher');
        const after = await heap();
        Object.assign(results.nameSets[set], {
          automatonBytes: stats.bytes,
          states: stats.states,
          patterns: stats.patterns,
          heapBytes: after - before,
        });
        log(
          `  ${set}: automaton ${(stats.bytes / 1e6).toFixed(2)} MB, heap +${((after - before) / 1e6).toFixed(2)} MB`,
        );
      });
    }
  },
};
