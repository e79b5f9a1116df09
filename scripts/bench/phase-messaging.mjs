/**
 * Message round trips, from an extension page: an unknown message (the bare round trip the
 * background answers at once), and page.analyze with a real article's text and with 1 MB.
 */
import { fmt } from './measure.mjs';
import { BIG_PAGE, SOURCE_REPORT } from './page-set.mjs';

/** @type {import('./phases.mjs').Phase} */
export default {
  browser: 'extension',
  async run(bench, real) {
    const { results, log, texts, harness } = bench;
    const article = texts.get(SOURCE_REPORT) ?? '';
    const big = texts.get(BIG_PAGE) ?? '';
    const page = await harness.openExtensionPage(real.context, real.extensionId, 'popup.html');
    try {
      results.messaging = await page.evaluate(timeMessages, { article, big });
    } finally {
      await page.close();
    }
    log(
      `  message round trip ${fmt(results.messaging.ping.ms)} ms; page.analyze ${fmt(results.messaging.analyzeArticle.ms)} ms ` +
        `(source report), ${fmt(results.messaging.analyze1mb.ms)} ms (1 MB)`,
    );
  },
};

/** Runs in the extension page: each message sent until 50 ms of round trips (and `minRuns`). */
async function timeMessages({ article, big }) {
  const send = (message) => globalThis.chrome.runtime.sendMessage(message);
  const time = async (message, minRuns) => {
    const runs = [];
    let total = 0;
    await send(message);
    while (runs.length < minRuns || total < 50) {
      const start = performance.now();
      await send(message);
      runs.push(performance.now() - start);
      total += runs.at(-1);
      if (runs.length >= 200) break;
    }
    runs.sort((a, b) => a - b);
    return { ms: runs[runs.length >> 1], runs: runs.length };
  };
  const analyze = (text) => ({
    type: 'page.analyze',
    payload: { text, host: '127.0.0.1', layers: ['names'] },
  });
  return {
    ping: await time({ type: 'bench.ping', payload: null }, 20),
    analyzeArticle: await time(analyze(article), 10),
    analyze1mb: await time(analyze(big), 3),
    articleChars: article.length,
    bigChars: big.length,
  };
}
