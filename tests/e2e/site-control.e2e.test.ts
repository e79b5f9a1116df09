/**
 * The reader's control where detection errs, in the built extension: "Annotate this page" (the
 * whole page or the selected passage), sites always and never annotated, the card's "Never
 * annotate <site>", and the popup that offers them with the level in force and the counts.
 * Every fixture is served from 127.0.0.1, the one site these tests make choices for.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  getFindings,
  hoverText,
  openExtensionPage,
  setSettings,
  timelineCounts,
  type Findings,
} from './harness';
import { resultsDir, useExtensionSuite } from './suite';

const suite = useExtensionSuite();

type ExtensionApi = {
  tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

async function tabIdOf(url: string): Promise<number> {
  const id = await suite.extensionPage.evaluate(async (address) => {
    const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    return (await api.tabs.query({})).find((tab) => tab.url === address)?.id;
  }, url);
  if (id === undefined) throw new Error(`No tab shows ${url}`);
  return id;
}

/** The popup, opened in a tab of its own and pinned to the tab showing `page`. */
async function popupFor(page: Page): Promise<Page> {
  const tabId = await tabIdOf(page.url());
  return openExtensionPage(
    suite.browser.context,
    suite.browser.extensionId,
    `popup.html?tabId=${tabId}`,
  );
}

/** What the extension has stored as the reader's choices per site. */
function storedPolicies(): Promise<unknown> {
  return suite.extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    const { settings } = await api.storage.local.get('settings');
    return (settings as { policies?: unknown } | undefined)?.policies;
  });
}

/** Waits until the stored choices are `expected`: the popup writes them a moment after a key. */
async function expectStored(expected: Record<string, string>): Promise<void> {
  const deadline = Date.now() + 5_000;
  let stored = await storedPolicies();
  while (JSON.stringify(stored) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    stored = await storedPolicies();
  }
  expect(stored).toEqual(expected);
}

/** How many highlights RegLens has registered on the page (marks it shows). */
function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => CSS.highlights.size);
}

async function waitFor<T>(read: () => Promise<T>, until: (value: T) => boolean, what: string) {
  const deadline = Date.now() + 10_000;
  let value = await read();
  while (!until(value)) {
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

const actorIds = (findings: Findings) => [...new Set(findings.mentions.map((m) => m.actorId))];
const hasMentions = (findings: Findings) => findings.mentions.length > 0;

describe('"Annotate this page"', () => {
  it('annotates a page detection passed over, reports it, and the popup shows the counts', async () => {
    const page = await suite.open('section-front.html');
    let popup: Page | null = null;
    try {
      const before = await getFindings(suite.extensionPage, page.url());
      expect(before.isArticle).toBe(false);
      expect(await highlightCount(page)).toBe(0);

      popup = await popupFor(page);
      await popup.getByRole('button', { name: 'Annotate this page' }).click();
      await page.bringToFront();
      const after = await getFindings(suite.extensionPage, page.url(), {
        until: (f) => f.isArticle && hasMentions(f),
      });
      expect(after.signals).toContain('reader:annotate-page');
      // The reason detection gave stays in the read-out, before the reader's word.
      expect(after.signals.some((signal) => signal.startsWith('reason: '))).toBe(true);
      expect(actorIds(after)).toEqual(expect.arrayContaining(['ant', 'tencent', 'meituan']));
      expect(await highlightCount(page)).toBeGreaterThan(0);

      await popup.bringToFront();
      const found = popup.getByLabel('Found here');
      await found.waitFor({ timeout: 5_000 });
      expect(await found.textContent()).toBe(
        `${actorIds(after).length} actors · 0 claims · 0 attributed sentences · 0 saved snippets`,
      );
      expect(await popup.getByRole('status').textContent()).toBe('Annotated at your request.');
      await popup.locator('main').screenshot({ path: `${resultsDir}site-annotate-page.png` });
    } finally {
      await popup?.close();
      await page.close();
    }
  });

  it('injects the annotator into a page the page script ruled out', async () => {
    const page = await suite.open('app.html');
    let popup: Page | null = null;
    try {
      await page.waitForTimeout(500);
      expect(await timelineCounts(page)).toEqual({ start: 1, detected: 0 });
      popup = await popupFor(page);
      await popup.getByRole('button', { name: 'Annotate this page' }).click();
      await page.bringToFront();
      const after = await getFindings(suite.extensionPage, page.url(), {
        until: (f) => f.isArticle && hasMentions(f),
      });
      expect(after.signals.at(-1)).toBe('reader:annotate-page');
      expect(actorIds(after).sort()).toEqual(['alibaba', 'tencent']);
    } finally {
      await popup?.close();
      await page.close();
    }
  });

  it("takes the selection's block as the article", async () => {
    const page = await suite.open('section-front.html');
    let popup: Page | null = null;
    try {
      await getFindings(suite.extensionPage, page.url());
      // From the first teaser's headline into its paragraph: their block is that teaser.
      await page.evaluate(() => {
        const teaser = document.querySelector('article.teaser')!;
        const headline = teaser.querySelector('h3 a')!.firstChild!;
        const paragraph = teaser.querySelector('p')!.firstChild!;
        document.getSelection()!.setBaseAndExtent(headline, 0, paragraph, 20);
      });
      popup = await popupFor(page);
      await popup.getByRole('button', { name: 'Only the selected passage' }).click();
      await page.bringToFront();
      const after = await getFindings(suite.extensionPage, page.url(), {
        until: (f) => f.isArticle && hasMentions(f),
      });
      expect(after.signals.at(-1)).toBe('reader:annotate-selection');
      // Only the first teaser names these two; the other teasers' companies are not read.
      expect(actorIds(after)).toEqual(['ant', 'tencent']);
      expect(after.mentions[0]!.text).toBe('Ant Group');

      // With nothing selected, the popup says so and nothing changes.
      await page.evaluate(() => document.getSelection()!.removeAllRanges());
      await popup.bringToFront();
      await popup.getByRole('button', { name: 'Only the selected passage' }).click();
      await popup.getByText('Select a passage on the page first.').waitFor({ timeout: 5_000 });
    } finally {
      await popup?.close();
      await page.close();
    }
  });
});

describe('a site never annotated', () => {
  it('takes the marks off open tabs of the site at once and leaves its next article untouched', async () => {
    const page = await suite.open('source-report.html');
    let popup: Page | null = null;
    let next: Page | null = null;
    try {
      await getFindings(suite.extensionPage, page.url(), { until: hasMentions });
      expect(await highlightCount(page)).toBeGreaterThan(0);

      popup = await popupFor(page);
      // By keyboard: the site's choice is a radio group; the arrow keys move the choice.
      const group = popup.getByRole('group', { name: 'Pages of 127.0.0.1' });
      await group.getByLabel('Follow detection').focus();
      await popup.keyboard.press('ArrowRight');
      await expectStored({ '127.0.0.1': 'always' });
      await popup.keyboard.press('ArrowRight');
      await expectStored({ '127.0.0.1': 'never' });
      expect(await group.getByLabel('Never annotate').isChecked()).toBe(true);

      await page.bringToFront();
      await waitFor(
        () => highlightCount(page),
        (n) => n === 0,
        'highlights on the open tab',
      );
      const off = await getFindings(suite.extensionPage, page.url(), {
        until: (f) => !f.isArticle,
      });
      expect(off.signals).toEqual(['reader:never-annotate']);
      expect(off.mentions).toEqual([]);

      await popup.bringToFront();
      await popup
        .getByText('Not annotated: you chose never to annotate 127.0.0.1.')
        .waitFor({ timeout: 5_000 });
      await popup.locator('main').screenshot({ path: `${resultsDir}site-never.png` });

      // The site's next article: no annotator, no marks; the read-out says the reader chose so.
      next = await suite.open('zh-article.html');
      await next.waitForTimeout(800);
      expect(await timelineCounts(next)).toEqual({ start: 1, detected: 0 });
      expect(await highlightCount(next)).toBe(0);
      const untouched = await getFindings(suite.extensionPage, next.url());
      expect(untouched).toMatchObject({ isArticle: false, signals: ['reader:never-annotate'] });
    } finally {
      await setSettings(suite.extensionPage, { level: 'names' });
      await popup?.close();
      await next?.close();
      await page.close();
    }
  });
});

describe('a site always annotated', () => {
  it('annotates pages detection and the page script passed over, open ones at once', async () => {
    const app = await suite.open('app.html');
    let popup: Page | null = null;
    let front: Page | null = null;
    try {
      await app.waitForTimeout(500);
      expect(await timelineCounts(app)).toEqual({ start: 1, detected: 0 });
      popup = await popupFor(app);
      const group = popup.getByRole('group', { name: 'Pages of 127.0.0.1' });
      await group.getByText('Always annotate').click();
      await expectStored({ '127.0.0.1': 'always' });
      await app.bringToFront();
      const open = await getFindings(suite.extensionPage, app.url(), {
        until: (f) => f.isArticle && hasMentions(f),
      });
      expect(open.signals.at(-1)).toBe('reader:always-annotate');
      expect(actorIds(open).sort()).toEqual(['alibaba', 'tencent']);

      front = await suite.open('section-front.html');
      const found = await getFindings(suite.extensionPage, front.url(), {
        until: (f) => f.isArticle && hasMentions(f),
      });
      expect(found.signals.at(-1)).toBe('reader:always-annotate');
      expect(actorIds(found)).toEqual(expect.arrayContaining(['ant', 'tencent', 'meituan']));
      expect(await highlightCount(front)).toBeGreaterThan(0);
    } finally {
      await setSettings(suite.extensionPage, { level: 'names' });
      await popup?.close();
      await front?.close();
      await app.close();
    }
  });
});

describe('the card\'s "Not an article?"', () => {
  it('switches the site off from the card, and the marks come off at once', async () => {
    await setSettings(suite.extensionPage, { level: 'names', policies: { '127.0.0.1': 'always' } });
    const page = await suite.open('section-front.html');
    try {
      await getFindings(suite.extensionPage, page.url(), {
        until: (f) => f.isArticle && hasMentions(f),
      });
      await hoverText(page, 'Ant Group', { rootSelector: 'main' });
      const action = page
        .locator('reglens-card')
        .getByRole('button', { name: 'Never annotate 127.0.0.1' });
      await action.waitFor({ state: 'visible', timeout: 5_000 });
      await page.screenshot({ path: `${resultsDir}site-card-action.png` });
      await action.click();
      await waitFor(
        () => highlightCount(page),
        (n) => n === 0,
        'highlights after the card action',
      );
      await expectStored({ '127.0.0.1': 'never' });
      const off = await getFindings(suite.extensionPage, page.url(), {
        until: (f) => !f.isArticle,
      });
      expect(off.signals).toEqual(['reader:never-annotate']);
      await page.locator('reglens-card').getByRole('dialog').waitFor({ state: 'hidden' });
    } finally {
      await setSettings(suite.extensionPage, { level: 'names' });
      await page.close();
    }
  });
});

describe('the popup', () => {
  it('shows the level in force with where it comes from, and what was found', async () => {
    await setSettings(suite.extensionPage, { level: 'names', sites: { '127.0.0.1': 'full' } });
    const page = await suite.open('source-report.html');
    let popup: Page | null = null;
    try {
      const findings = await getFindings(suite.extensionPage, page.url(), {
        until: (f) => f.level === 'full' && hasMentions(f) && f.attributions.length > 0,
      });
      popup = await popupFor(page);
      await popup.getByText('Level here: Full').waitFor({ timeout: 5_000 });
      expect(await popup.getByText('(set for this site)').isVisible()).toBe(true);
      const counts = popup.getByLabel('Found here');
      await counts.waitFor();
      const n = (count: number, one: string, many: string) =>
        `${count} ${count === 1 ? one : many}`;
      expect(await counts.textContent()).toBe(
        [
          n(actorIds(findings).length, 'actor', 'actors'),
          n(findings.claims.length, 'claim', 'claims'),
          n(findings.attributions.length, 'attributed sentence', 'attributed sentences'),
          n(findings.snippets.length, 'saved snippet', 'saved snippets'),
        ].join(' · '),
      );
      await popup.locator('main').screenshot({ path: `${resultsDir}site-popup.png` });

      // The site follows everywhere again: the popup says so.
      await popup.getByRole('group', { name: 'On 127.0.0.1' }).getByText('As everywhere').click();
      await popup.getByText('Level here: Names').waitFor({ timeout: 5_000 });
      expect(await popup.getByText('(as everywhere)').isVisible()).toBe(true);
    } finally {
      await setSettings(suite.extensionPage, { level: 'names' });
      await popup?.close();
      await page.close();
    }
  });
});
