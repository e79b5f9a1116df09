/**
 * The side panel with the built extension in real Chromium: the accessible view of what was found
 * on a page, walked with the keyboard alone. A side panel cannot be opened from a test (Chrome
 * opens one only on a user gesture), so its page is opened in a tab and pinned with `?tabId=` to
 * the tab it reads. `npm run test:e2e` builds .output/chrome-mv3 before this runs.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getFindings, setSettings, type Findings } from './harness';
import { resultsDir, useExtensionSuite } from './suite';

const suite = useExtensionSuite();

/**
 * The id of the tab whose findings are for `url`, as getFindings recognises it: without the
 * "tabs" permission a tab's URL may be hidden, so the findings' own URL decides.
 */
async function findTabId(page: Page, url: string): Promise<number> {
  const id = await page.evaluate(async (wanted) => {
    const api = (
      globalThis as unknown as {
        chrome: {
          tabs: { query: (info: object) => Promise<Array<{ id?: number; url?: string }>> };
          runtime: { sendMessage: (message: unknown) => Promise<unknown> };
        };
      }
    ).chrome;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined || (tab.url !== undefined && tab.url !== wanted)) continue;
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

/** The accessible name and state of whatever has the keyboard focus in the panel. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.localName ?? '',
      text: element?.textContent ?? '',
      expanded: element?.getAttribute('aria-expanded') ?? null,
    };
  });
}

describe('side panel in real Chromium', () => {
  it('lists the actors of the source report and opens Ant Group’s card by keyboard alone', async () => {
    const article = await suite.browser.context.newPage();
    await article.goto(`${suite.server.url}/source-report.html`);
    const panel = await suite.browser.context.newPage();
    const errors: string[] = [];
    panel.on('pageerror', (error) => errors.push(error.message));
    try {
      const findings = await getFindings(suite.extensionPage, article.url(), {
        until: (found) => found.mentions.length > 0,
      });
      const tabId = await findTabId(suite.extensionPage, article.url());

      // As wide as a side panel usually is.
      await panel.setViewportSize({ width: 360, height: 900 });
      await panel.goto(
        `chrome-extension://${suite.browser.extensionId}/sidepanel.html?tabId=${tabId}`,
      );
      const list = panel.getByRole('list', { name: 'Actors on this page' });
      await list.waitFor({ timeout: 5_000 });
      await panel.getByRole('heading', { level: 1, name: findings.title }).waitFor();

      // One entry per actor, in the order each first appears in the article.
      const firstSeen = [...new Set(findings.mentions.map((mention) => mention.name))];
      const names = await list
        .locator(':scope > li > button > span:first-child > span:first-child')
        .allTextContents();
      expect(names).toEqual(firstSeen);

      // Tab reaches the list (its one Tab stop), the arrows walk it, Enter opens the card.
      await panel.keyboard.press('Tab');
      let now = await focused(panel);
      expect(now.tag).toBe('button');
      expect(now.text).toContain(firstSeen[0]);
      for (let step = 0; step < firstSeen.length && !now.text.startsWith('Ant Group'); step++) {
        await panel.keyboard.press('ArrowDown');
        now = await focused(panel);
      }
      expect(now.text.startsWith('Ant Group')).toBe(true);
      expect(now.expanded).toBe('false');
      await panel.keyboard.press('Enter');

      const card = panel.getByRole('dialog', { name: 'About Ant Group' });
      await card.getByText('蚂蚁集团').waitFor({ state: 'visible', timeout: 5_000 });
      expect((await focused(panel)).expanded).toBe('true');
      // The kinds arrive from the knowledge base beside the list.
      await list.getByText('Company').first().waitFor({ timeout: 5_000 });
      await panel.screenshot({ path: `${resultsDir}sidepanel.png` });
      // Nothing wider than the panel: no sideways scrolling at side-panel widths.
      expect(
        await panel.evaluate(
          () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        ),
      ).toBe(true);

      // Tab goes on into the card, to Back; Enter there closes it and focus returns to the entry.
      await panel.keyboard.press('Tab');
      expect((await focused(panel)).text).toContain('Back to the list');
      await panel.keyboard.press('Enter');
      await card.waitFor({ state: 'detached', timeout: 2_000 });
      now = await focused(panel);
      expect(now.text.startsWith('Ant Group')).toBe(true);
      expect(now.expanded).toBe('false');
      expect(errors).toEqual([]);
    } finally {
      await panel.close();
      await article.close();
    }
  });

  it('says so when annotation is turned off, and lists the actors again when it is back on', async () => {
    const article = await suite.browser.context.newPage();
    await article.goto(`${suite.server.url}/source-report.html`);
    const panel = await suite.browser.context.newPage();
    try {
      await getFindings(suite.extensionPage, article.url(), {
        until: (found) => found.mentions.length > 0,
      });
      const tabId = await findTabId(suite.extensionPage, article.url());
      await panel.goto(
        `chrome-extension://${suite.browser.extensionId}/sidepanel.html?tabId=${tabId}`,
      );
      const list = panel.getByRole('list', { name: 'Actors on this page' });
      await list.waitFor({ timeout: 5_000 });

      await setSettings(suite.extensionPage, { level: 'off' });
      await panel.getByText('Annotation is off here.').waitFor({ timeout: 5_000 });
      await setSettings(suite.extensionPage, { level: 'names' });
      await list.waitFor({ timeout: 5_000 });
    } finally {
      await setSettings(suite.extensionPage, { level: 'names' });
      await panel.close();
      await article.close();
    }
  });
});
