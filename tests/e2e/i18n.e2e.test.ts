/**
 * RegLens in a Chinese browser: with Chromium's language set to Simplified Chinese, the popup,
 * the side panel and the card on the source report speak Chinese, and name actors in Chinese
 * first. `npm run test:e2e` builds .output/chrome-mv3 before this runs.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  type Findings,
  type FixtureServer,
} from './harness';
import { pagesDir, resultsDir } from './suite';

let browser: ExtensionBrowser;
let server: FixtureServer;
let extensionPage: Page;

beforeAll(async () => {
  if (!findChromium()) throw new Error(chromiumMissingMessage);
  server = await serveFixtures(pagesDir);
  browser = await launchWithExtension({ locale: 'zh-CN' });
  extensionPage = await openExtensionPage(browser.context, browser.extensionId);
  await setSettings(extensionPage, { level: 'claims' });
  await mkdir(resultsDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The id of the tab that reported findings for `url`. */
async function tabIdOf(url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (wanted) => {
    const api = (
      globalThis as unknown as {
        chrome: {
          tabs: { query: (info: object) => Promise<Array<{ id?: number }>> };
          runtime: { sendMessage: (message: unknown) => Promise<unknown> };
        };
      }
    ).chrome;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      const reply = (await api.runtime.sendMessage({
        type: 'tab.findings',
        payload: { tabId: tab.id },
      })) as { ok: boolean; value?: Findings | null } | undefined;
      if (reply?.ok && reply.value?.url === wanted) return tab.id;
    }
    return null;
  }, url);
  if (id === null) throw new Error(`No tab has reported findings for ${url}`);
  return id;
}

/** Text of the page in English words of the interface that a Chinese reader must not see. */
const englishInterface = [
  'On this page',
  'Everywhere',
  'Knowledge base',
  'Actors on this page',
  'mentions',
  'Back to the list',
  'Claims on this page',
  'Relations',
  'Supervised by',
  'Company',
  'Who is in it',
];

function englishLeft(text: string): string[] {
  return englishInterface.filter((words) => text.includes(words));
}

describe('RegLens in a Chinese browser', () => {
  it('the browser gives the extension its Chinese messages', async () => {
    const language = await extensionPage.evaluate(() =>
      (
        globalThis as unknown as { chrome: { i18n: { getMessage: (key: string) => string } } }
      ).chrome.i18n.getMessage('reader_language'),
    );
    expect(language).toBe('zh_CN');
  });

  it('the popup speaks Chinese', async () => {
    const popup = await openExtensionPage(browser.context, browser.extensionId);
    try {
      await popup.setViewportSize({ width: 360, height: 600 });
      await popup.getByRole('group', { name: '所有网站' }).waitFor({ timeout: 5_000 });
      expect(await popup.title()).toBe('RegLens');
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      await popup.getByRole('radio', { name: '说法' }).first().waitFor();
      await popup.getByRole('button', { name: '知识库' }).waitFor();
      await popup.getByRole('button', { name: '摘录库' }).waitFor();
      const text = await popup.locator('body').innerText();
      expect(text).toContain('本页');
      expect(englishLeft(text)).toEqual([]);
      await popup.screenshot({ path: `${resultsDir}i18n-popup.png` });
    } finally {
      await popup.close();
    }
  });

  it('the side panel lists the actors in Chinese and opens a Chinese card', async () => {
    const article = await browser.context.newPage();
    await article.goto(`${server.url}/source-report.html`);
    const panel = await browser.context.newPage();
    try {
      await getFindings(extensionPage, article.url(), {
        until: (found) => found.mentions.length > 0 && found.claims.length > 0,
      });
      const tabId = await tabIdOf(article.url());
      await panel.setViewportSize({ width: 360, height: 900 });
      await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
      const list = panel.getByRole('list', { name: '本页提及的主体' });
      await list.waitFor({ timeout: 5_000 });
      expect(await panel.title()).toBe('RegLens：本页');
      const ant = list.getByRole('button', { name: /^蚂蚁集团 \(Ant Group\)/ });
      await ant.waitFor();
      expect(await ant.innerText()).toMatch(/公司[\s\S]*提及 \d+ 次/);
      await panel.getByRole('region', { name: '本页涉及的说法' }).waitFor();

      await ant.click();
      const card = panel.getByRole('dialog', { name: '关于蚂蚁集团 (Ant Group)' });
      await card.waitFor({ timeout: 5_000 });
      await card.getByRole('list', { name: '关系' }).waitFor();
      await panel.getByRole('button', { name: /返回列表/ }).waitFor();
      const text = await panel.locator('body').innerText();
      expect(englishLeft(text)).toEqual([]);
      await panel.evaluate(() => window.scrollTo(0, 0));
      await panel.screenshot({ path: `${resultsDir}i18n-sidepanel.png` });

      // A claim of the page opens its card: the grade and its reasons in Chinese.
      await panel.getByRole('button', { name: /返回列表/ }).click();
      const claims = panel.getByRole('region', { name: '本页涉及的说法' });
      await claims.getByRole('button').first().click();
      const claimCard = panel.getByRole('dialog', { name: '关于这一说法' });
      await claimCard.waitFor({ timeout: 5_000 });
      const claimText = await claimCard.innerText();
      expect(claimText).toMatch(/家独立媒体|一家媒体/);
      expect(claimText).toContain('援引');
      expect(claimText).toContain('来源');
      // The sources' headlines and notes are English data; the card's own words are not.
      const cardWords = [
        'Who is in it',
        'What happened next',
        'Related claims',
        'independent outlets',
      ];
      expect(cardWords.filter((words) => claimText.includes(words))).toEqual([]);
      await claimCard.scrollIntoViewIfNeeded();
      await panel.screenshot({ path: `${resultsDir}i18n-claim.png` });
    } finally {
      await panel.close();
      await article.close();
    }
  });

  it('the card on the article is in Chinese, with the actor named in Chinese first', async () => {
    const article = await browser.context.newPage();
    try {
      await article.goto(`${server.url}/source-report.html`);
      await article.bringToFront();
      await getFindings(extensionPage, article.url(), {
        until: (found) => found.mentions.length > 0,
      });
      await hoverText(article, 'Ant Group', { rootSelector: 'article' });
      const card = article.locator('reglens-card').getByRole('dialog', {
        name: '关于蚂蚁集团 (Ant Group)',
      });
      await card.waitFor({ state: 'visible', timeout: 5_000 });
      const text = await card.innerText();
      expect(text).toContain('公司');
      expect(text).toContain('相关说法');
      expect(englishLeft(text)).toEqual([]);
      expect(await card.getAttribute('lang')).toBe('zh-CN');
      await article.screenshot({ path: `${resultsDir}i18n-card.png` });
    } finally {
      await article.close();
    }
  });
});
