/**
 * Saved snippets, as a researcher uses them, in real Chromium: select a passage on an article and
 * save it with the button (and through the context menu's handler), find it in the library by a
 * word of its note, see it highlighted again on reload, see "not found" once the page changed,
 * export it in every format and import the JSON back with nothing lost.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getFindings, openExtensionPage, setSettings, type Findings } from './harness';
import { resultsDir, useExtensionSuite } from './suite';

const suite = useExtensionSuite();

type Reply<T> = { ok: true; value: T } | { ok: false; error: { message: string } };

/** Sends one protocol message from the extension page, as the library does. */
async function ask<T>(type: string, payload: unknown): Promise<T> {
  const reply = (await suite.extensionPage.evaluate(
    async ([type, payload]) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage({ type, payload }),
    [type, payload] as const,
  )) as Reply<T>;
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}

/** Selects `text` inside the article, as a reader's drag would. */
async function select(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((text) => {
    const root = document.querySelector('article')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      node.parentElement!.scrollIntoView({ block: 'center' });
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`"${text}" is not in one text node of the article`);
}

interface SnippetRow {
  id: string;
  note: string;
  tags: string[];
  quote: { exact: string };
  state?: string;
}

describe('saved snippets', () => {
  it('saves a passage, finds it in the library, re-highlights it, and says when it is gone', async () => {
    await setSettings(suite.extensionPage, { level: 'names' });
    const page = await suite.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const url = `${suite.server.url}/retelling.html`;
    await page.goto(url);
    await page.bringToFront();
    await getFindings(suite.extensionPage, url, { until: (f) => f.mentions.length > 0 });

    // 1. The button by the selection.
    await select(page, 'floated a plan for the biggest e-commerce and payments');
    const button = page.locator('reglens-snippet-ui').getByRole('button', { name: 'Save snippet' });
    await button.click();
    const form = page.locator('reglens-snippet-ui').getByRole('form', {
      name: 'Snippet saved: add a note and tags',
    });
    await form.waitFor({ state: 'visible' });
    await form.getByLabel('Note').fill('Compare with the FT account of the venture');
    await form.getByLabel('Tags (comma-separated)').fill('venture, 征信');
    await form.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => form.getByRole('status').innerText()).toBe('Note saved.');

    // 2. The context menu's handler, as the browser calls it on a click of "Save snippet".
    await select(page, 'did not respond to a request for comment');
    // The event's own dispatch runs the listeners the background registered, as a click does.
    await suite.browser.background.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: {
            tabs: { query(q: object): Promise<{ url?: string }[]> };
            contextMenus: { onClicked: { dispatch(info: object, tab: object): void } };
          };
        }
      ).chrome;
      const [tab] = await api.tabs.query({ url: '*://127.0.0.1/*retelling.html*' });
      const onClicked = api.contextMenus.onClicked;
      onClicked.dispatch(
        { menuItemId: 'reglens-save-snippet', frameId: 0, editable: false, pageUrl: tab!.url },
        tab!,
      );
    });
    await expect
      .poll(async () => (await ask<SnippetRow[]>('snippets.list', { url })).length)
      .toBe(2);

    const saved = await ask<SnippetRow[]>('snippets.list', { url });
    expect(saved.map((s) => s.quote.exact).sort()).toEqual([
      'did not respond to a request for comment',
      'floated a plan for the biggest e-commerce and payments',
    ]);
    const first = saved.find((s) => s.quote.exact.startsWith('floated'))!;
    expect(first).toMatchObject({
      note: 'Compare with the FT account of the venture',
      tags: ['venture', '征信'],
      state: 'anchored',
    });
    expect(first).toMatchObject({
      citation: {
        url: 'https://harbour-ledger.example/tech/ant-credit-data',
        title: "Beijing's long push for Ant's credit data",
        siteName: 'The Harbour Ledger',
        authors: ['Mei Tanaka'],
        published: '2021-09-20T07:00:00+00:00',
        language: 'en',
      },
    });

    // 3. The library finds it by a word of its note.
    const library = await openExtensionPage(
      suite.browser.context,
      suite.browser.extensionId,
      'library.html',
    );
    try {
      await library.setViewportSize({ width: 1100, height: 800 });
      await library.getByRole('searchbox', { name: 'Search snippets' }).fill('venture');
      const list = library.getByRole('list', { name: 'Saved snippets' });
      const rows = list.locator(':scope > li');
      await expect.poll(() => rows.count()).toBe(1);
      expect(await list.innerText()).toContain('floated a plan');
      await library.getByRole('searchbox', { name: 'Search snippets' }).fill('');
      await expect.poll(() => rows.count()).toBe(2);
      await library.screenshot({ path: `${resultsDir}snippets-library.png` });
    } finally {
      await library.close();
    }

    // 4. On reload, both are highlighted again.
    await page.reload();
    const again = await getFindings(suite.extensionPage, url, {
      until: (f) => f.snippets.filter((s) => s.state === 'anchored').length === 2,
    });
    expect(again.snippets.every((s) => s.state === 'anchored')).toBe(true);
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.has('reglens-snippet')), { timeout: 5_000 })
      .toBe(true);
    await page.locator('article p').nth(1).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${resultsDir}snippet-rehighlighted.png` });

    // 5. The page changed: one passage is gone, and is said to be so, not dropped or misplaced.
    await page.route(url, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        /did not respond to a\s+request for comment/,
        'issued a short statement',
      );
      await route.fulfill({ response, body });
    });
    await page.reload();
    const changed: Findings = await getFindings(suite.extensionPage, url, {
      until: (f) => f.snippets.some((s) => s.state === 'not-found'),
    });
    expect(changed.snippets.map((s) => [s.text, s.state]).sort()).toEqual([
      ['did not respond to a request for comment', 'not-found'],
      ['floated a plan for the biggest e-commerce and payments', 'anchored'],
    ]);
    const listed = await ask<SnippetRow[]>('snippets.list', { url });
    expect(listed.map((s) => s.state).sort()).toEqual(['anchored', 'not-found']);
    await page.close();
  });

  it('exports in all six formats and imports the JSON back with nothing lost', async () => {
    const before = await ask<SnippetRow[]>('snippets.list', {});
    expect(before.length).toBeGreaterThan(0);
    for (const format of ['json', 'csv', 'markdown', 'csl-json', 'ris', 'web-annotation']) {
      const text = await ask<string>('snippets.export', { format });
      expect(text.length, format).toBeGreaterThan(50);
      expect(text, format).toContain('floated a plan');
    }
    const file = await ask<string>('snippets.export', { format: 'json' });
    const deleted = await ask<SnippetRow[]>('snippets.delete', { ids: before.map((s) => s.id) });
    expect(deleted).toHaveLength(before.length);
    expect(await ask<SnippetRow[]>('snippets.list', {})).toEqual([]);
    const imported = await ask<{ added: number; skipped: unknown[] }>('snippets.import', {
      text: file,
    });
    expect(imported).toMatchObject({ added: before.length, skipped: [] });
    expect(await ask<SnippetRow[]>('snippets.list', {})).toEqual(before);
    // A second import skips them all, and says why.
    const twice = await ask<{ added: number; skipped: { reason: string }[] }>('snippets.import', {
      text: file,
    });
    expect(twice.added).toBe(0);
    expect(twice.skipped).toHaveLength(before.length);
  });
});
