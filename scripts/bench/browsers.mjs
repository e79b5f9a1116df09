/**
 * The browsers the phases run in, by name. A phase names the one it needs (`browser: 'plain'`);
 * the runner opens it before the first phase that needs it and closes it after the last, so the
 * phases of one browser share it and no two run at the same time.
 */
import { servePages } from '../../bench/pages.mjs';
import { watchLongTasks } from './long-tasks.mjs';

/** @typedef {{ context: import('playwright-core').BrowserContext, close: () => Promise<void> }} OpenBrowser */

export const browsers = {
  /**
   * Chromium without the extension, its pages cross-origin isolated (5 µs timer steps): for
   * the in-page code, injected by the phases themselves.
   *
   * @param {import('./setup.mjs').Bench} bench
   */
  async plain(bench) {
    const plain = await bench.harness.launchWithoutExtension();
    bench.results.meta.chromium = plain.context.browser()?.version() ?? 'unknown';
    await servePages(plain.context, bench.pages, { isolate: true, extra: bench.extra });
    return plain;
  },

  /**
   * Chromium with the built extension, long tasks watched in every page. Its `background` is the
   * service worker, `extensionId` the extension's id.
   *
   * @param {import('./setup.mjs').Bench} bench
   */
  async extension(bench) {
    const real = await bench.harness.launchWithExtension({
      extensionDir: bench.extensionDir,
      pagesMayRequestOutside: true,
    });
    // The script RegLens runs on every page, as the browser has it registered
    // (lib/background/page-script.ts).
    bench.pageScripts = await real.background.evaluate(() =>
      globalThis.chrome.scripting.getRegisteredContentScripts(),
    );
    if (bench.pageScripts.length !== 1)
      throw new Error(`Expected one registered page script, found ${bench.pageScripts.length}`);
    await servePages(real.context, bench.pages, { isolate: false, extra: bench.extra });
    await watchLongTasks(real.context);
    return real;
  },
};
