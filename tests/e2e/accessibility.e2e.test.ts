/**
 * axe-core (through @axe-core/playwright) on every page of the extension and on a card open over
 * an article (the card lives in a shadow root, which axe enters), in English and in Chinese: no
 * violations of WCAG 2.x A and AA or of axe's best practices. Each page also declares the language
 * it is written in.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import {
  chromiumMissingMessage,
  findChromium,
  getFindings,
  hoverText,
  launchWithExtension,
  openExtensionPage,
  serveFixtures,
  setSettings,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { pagesDir } from './suite';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** What axe found, in a form that names each problem and where it is. */
async function violations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id}: ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
    ),
  );
}

const pages = ['popup.html', 'sidepanel.html', 'knowledge-base.html', 'library.html'];
if (existsSync('entrypoints/welcome')) pages.push('welcome.html');

for (const locale of ['en', 'zh-CN'] as const) {
  describe(`accessibility (${locale})`, () => {
    let browser: ExtensionBrowser;
    let server: FixtureServer;
    let control: Page;
    let article: Page;
    let tabId: number;

    beforeAll(async () => {
      if (!findChromium()) throw new Error(chromiumMissingMessage);
      server = await serveFixtures(pagesDir);
      browser = await launchWithExtension({ locale });
      control = await openExtensionPage(browser.context, browser.extensionId);
      await setSettings(control, { level: 'full' });
      article = await browser.context.newPage();
      await article.goto(`${server.url}/retelling.html`);
      await article.bringToFront();
      await getFindings(control, article.url(), { until: (found) => found.claims.length > 0 });
      tabId = await control.evaluate(async (url) => {
        type Api = {
          tabs: { query(info: object): Promise<Array<{ id: number }>> };
          runtime: {
            sendMessage(message: unknown): Promise<{ ok: boolean; value?: { url: string } }>;
          };
        };
        const api = (globalThis as unknown as { chrome: Api }).chrome;
        for (const tab of await api.tabs.query({})) {
          const reply = await api.runtime.sendMessage({
            type: 'tab.findings',
            payload: { tabId: tab.id },
          });
          if (reply.ok && reply.value?.url === url) return tab.id;
        }
        return -1;
      }, article.url());
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    const expectedLang = locale === 'en' ? /^en/ : /^zh/;

    for (const name of pages) {
      it(`${name} has no violations and says its language`, async () => {
        const page = await browser.context.newPage();
        try {
          // The side panel shows the article's findings, with its lists and outline.
          const query = name === 'sidepanel.html' ? `?tabId=${tabId}` : '';
          await page.goto(`chrome-extension://${browser.extensionId}/${name}${query}`);
          await page.locator('#root > *').first().waitFor({ timeout: 5_000 });
          if (name === 'sidepanel.html') {
            await page.getByRole('listbox').waitFor({ timeout: 5_000 });
          }
          expect(await page.evaluate(() => document.documentElement.lang)).toMatch(expectedLang);
          expect(await violations(page)).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }

    it('an open card on an article, in its shadow root, has no violations', async () => {
      await article.bringToFront();
      await hoverText(article, 'Ant Group');
      const card = article.locator('reglens-card').getByRole('dialog');
      await card.waitFor({ timeout: 5_000 });
      expect(await violations(article, 'reglens-card')).toEqual([]);
      await article.keyboard.press('Escape');
      await card.waitFor({ state: 'detached', timeout: 2_000 });
    });

    it('the keyboard walk (its ring, its live region) and a pinned card have no violations', async () => {
      await article.bringToFront();
      await article.mouse.move(5, 5);
      // What the background sends the page for the walk's shortcut.
      await browser.background.evaluate(async (id) => {
        type Api = {
          tabs: { sendMessage(tab: number, message: unknown, o: object): Promise<unknown> };
        };
        await (globalThis as unknown as { chrome: Api }).chrome.tabs.sendMessage(
          id,
          { type: 'page.walk' },
          { frameId: 0 },
        );
      }, tabId);
      const card = article.locator('reglens-card').getByRole('dialog');
      await card.waitFor({ timeout: 5_000 });
      await article.keyboard.press('n');
      await article.keyboard.press('Enter');
      await article.waitForFunction(() => document.activeElement?.localName === 'reglens-card');
      expect(await violations(article, 'reglens-card')).toEqual([]);
      expect(await violations(article, 'reglens-walk')).toEqual([]);
      await article.keyboard.press('Escape');
      await article.keyboard.press('Escape');
    });
  });
}
