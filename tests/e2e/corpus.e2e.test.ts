/**
 * Every page of the shared corpus of real news pages (../shared/corpus/, or REGLENS_CORPUS), when
 * it is there: RegLens logs no error and throws none, and with annotation off the DOM is exactly
 * as the parser left it. The pages are read from disk at test time and answered by a route on
 * 127.0.0.1 (nothing is copied into the project, nothing leaves the machine), with
 * `script-src 'none'` so that their own scripts leave the DOM as parsed.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { getFindings, setSettings, timelineCounts } from './harness';
import { collectErrors, differencesFromPristine, keepPristineCopies } from './hostile-support';
import { useExtensionSuite } from './suite';

const corpus = path.resolve(
  process.env.REGLENS_CORPUS ?? fileURLToPath(new URL('../../../shared/corpus/', import.meta.url)),
);
// Nothing listens there: the route below answers every request, as in the benchmark.
const ORIGIN = 'http://127.0.0.1:9';

function corpusPages(): string[] {
  if (!existsSync(corpus)) return [];
  const pages: string[] = [];
  const readability = path.join(corpus, 'readability');
  if (existsSync(readability)) {
    for (const name of readdirSync(readability).sort()) {
      if (existsSync(path.join(readability, name, 'source.html'))) {
        pages.push(`readability/${name}/source.html`);
      }
    }
  }
  const benchmark = path.join(corpus, 'article-extraction-benchmark', 'html');
  if (existsSync(benchmark)) {
    for (const name of readdirSync(benchmark).sort()) {
      if (name.endsWith('.html')) pages.push(`article-extraction-benchmark/html/${name}`);
    }
  }
  return pages;
}

const pages = corpusPages();
// The pages ask for their images and scripts elsewhere (aborted below); the extension never may.
const suite = useExtensionSuite({ pagesMayRequestOutside: true });

beforeAll(async () => {
  await keepPristineCopies(suite.browser.context);
  await suite.browser.context.route(`${ORIGIN}/**`, async (route) => {
    const wanted = decodeURIComponent(new URL(route.request().url()).pathname).slice(1);
    const file = path.resolve(corpus, wanted);
    if (!pages.includes(wanted) || !file.startsWith(corpus + path.sep)) {
      return route.fulfill({ status: 404, body: '' });
    }
    await route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': "script-src 'none'" },
      body: await readFile(file),
    });
  });
  // Their images, styles and frames point elsewhere: nothing is fetched.
  await suite.browser.context.route(
    (url) => /^https?:/.test(url.protocol) && url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
});

/** Whether the page script ran and left the page alone (no annotator asked for). */
async function ruledOut(page: import('playwright-core').Page): Promise<boolean> {
  const { start, detected } = await timelineCounts(page);
  return start > 0 && detected === 0;
}

describe.skipIf(pages.length === 0)(`the shared corpus (${pages.length} pages)`, () => {
  it.each(pages)('%s: no error, and untouched with annotation off', async (name) => {
    await setSettings(suite.extensionPage, { level: 'names' });
    const page = await suite.browser.context.newPage();
    const errors = collectErrors(page, suite.browser.background);
    try {
      await page.goto(`${ORIGIN}/${name}`, { waitUntil: 'domcontentloaded' });
      await page.bringToFront();
      // Done when the page reported (an article, or a page detection turned down), or when the
      // prefilter ruled it out and nothing followed.
      let reported = false;
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        reported = await getFindings(suite.extensionPage, page.url(), { timeoutMs: 0 }).then(
          () => true,
          () => false,
        );
        if (reported) break;
        if (await ruledOut(page)) {
          await page.waitForTimeout(500);
          if (await ruledOut(page)) break;
        }
        await page.waitForTimeout(200);
      }
      await setSettings(suite.extensionPage, { level: 'off' });
      if (reported) {
        await getFindings(suite.extensionPage, page.url(), {
          until: (findings) => findings.level === 'off',
        });
      }
      await expect.poll(() => differencesFromPristine(page), { timeout: 10_000 }).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
