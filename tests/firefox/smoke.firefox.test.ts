/**
 * The Firefox package works in a real Firefox: installed as a temporary add-on, it annotates the
 * demo article (the source report) at the default level and shows an actor's card on a dwell.
 * `npm run test:firefox` builds .output/firefox-mv3 first.
 *
 * Firefox gives an extension's own pages no address a WebDriver client may open, so everything is
 * read from the web page: the Custom Highlight API's registry, which the annotator fills from its
 * isolated world, and the card's open shadow root.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FIREFOX_ADDON_ID } from '../../scripts/build/firefox-manifest';
import { serveFixtures, type FixtureServer } from '../e2e/harness';
import {
  findFirefox,
  firefoxMissingMessage,
  launchFirefoxWithExtension,
  type FirefoxWithExtension,
} from './firefox';

const pagesDir = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));

const firefox = findFirefox();
// CI must run it; a developer without Firefox is told why it did not run.
if (!firefox && process.env.CI === 'true') throw new Error(firefoxMissingMessage);
if (!firefox) console.warn(`Skipping the Firefox smoke test. ${firefoxMissingMessage}`);

/** The text of every range in a highlight the page's registry holds, in document order. */
function highlightedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  }, name);
}

/** The viewport box of the first "text" inside the article. */
function textBox(page: Page, text: string) {
  return page.evaluate((text) => {
    const walker = document.createTreeWalker(
      document.querySelector('article')!,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(text);
      if (at < 0) continue;
      node.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    return null;
  }, text);
}

describe.skipIf(!firefox)('RegLens in Firefox', () => {
  let server: FixtureServer;
  let browser: FirefoxWithExtension;
  let page: Page;
  beforeAll(async () => {
    await mkdir(resultsDir, { recursive: true });
    server = await serveFixtures(pagesDir);
    browser = await launchFirefoxWithExtension(firefox!);
    page = await browser.browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('installs as the add-on the manifest names', () => {
    expect(browser.addonId).toBe(FIREFOX_ADDON_ID);
  });

  it('annotates the source report: its actors and the claims it retells', async () => {
    await page.goto(`${server.url}/source-report.html`);
    await expect
      .poll(() => highlightedTexts(page, 'reglens-actor'), { timeout: 20_000 })
      .toEqual(
        expect.arrayContaining([
          'People’s Bank of China',
          'Ant Group',
          'Anti-Monopoly Guidelines for the Platform Economy',
          'the credit center',
        ]),
      );
    // The same 24 mentions as Chromium finds (tests/e2e/annotate.e2e.test.ts).
    expect(await highlightedTexts(page, 'reglens-actor')).toHaveLength(24);
    // Claims is the level a new reader starts at.
    await expect
      .poll(async () => (await highlightedTexts(page, 'reglens-claim')).length, {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
    // Every mark is inside the article, none in the site's furniture.
    const outsideArticle = await page.evaluate(() => {
      const article = document.querySelector('article')!;
      return [...(CSS.highlights.get('reglens-actor') ?? [])]
        .filter((range) => !article.contains((range as Range).commonAncestorContainer))
        .map((range) => range.toString());
    });
    expect(outsideArticle).toEqual([]);
    await page.screenshot({ path: `${resultsDir}firefox-article.png` });
  });

  it('opens an actor’s card on a dwell, with its Chinese name', async () => {
    const box = await textBox(page, 'Ant Group');
    if (!box) throw new Error('"Ant Group" is not in the article');
    await page.mouse.move(box.x - 40, box.y, { steps: 2 });
    await page.mouse.move(box.x, box.y, { steps: 4 });
    const cardText = () =>
      page.evaluate(() => document.querySelector('reglens-card')?.shadowRoot?.textContent ?? '');
    await expect.poll(cardText, { timeout: 10_000 }).toContain('蚂蚁集团');
    expect(await cardText()).toContain('Ant Group');
    await page.screenshot({ path: `${resultsDir}firefox-card.png` });

    await page.keyboard.press('Escape');
    await expect.poll(cardText, { timeout: 5_000 }).not.toContain('蚂蚁集团');
  });
});
