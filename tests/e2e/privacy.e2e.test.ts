/**
 * RegLens sends nothing anywhere. A whole reading session (an article at every level, cards, the
 * side panel, saving a snippet, exporting the library, importing into the knowledge base) is
 * recorded request by request (tests/e2e/network-recorder.ts): nothing but the fixture server's
 * pages and the extension's own files. Every other e2e file closes its browser through the same
 * check, so a request off the machine anywhere in the suite fails the file that made it.
 *
 * The recorder is shown to catch what it must: a request from a web page, from the extension's
 * service worker and from a script the extension runs in a page, each named by where it came
 * from. Their "outside" address is a server on 127.0.0.2, another loopback address: the request
 * is real, but never leaves this machine.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  getFindings,
  hoverText,
  launchWithExtension,
  openExtensionPage,
  setSettings,
  timelineCounts,
  type ExtensionBrowser,
  type Findings,
} from './harness';
import type { Level } from '../../lib/settings';
import { resultsDir, useExtensionSuite } from './suite';

const suite = useExtensionSuite();

/** The id of the tab that reported findings for `url` (tab URLs may be hidden from the extension). */
async function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (wanted) => {
    const api = (
      globalThis as unknown as {
        chrome: {
          tabs: { query(info: object): Promise<Array<{ id?: number }>> };
          runtime: { sendMessage(message: unknown): Promise<unknown> };
        };
      }
    ).chrome;
    for (const tab of await api.tabs.query({})) {
      const reply = (await api.runtime.sendMessage({
        type: 'tab.findings',
        payload: { tabId: tab.id },
      })) as { ok: boolean; value?: Findings | null } | undefined;
      if (reply?.ok && reply.value?.url === wanted) return tab.id ?? null;
    }
    return null;
  }, url);
  if (id === null) throw new Error(`No tab has reported findings for ${url}`);
  return id;
}

/** Selects `text` inside the article, as a reader's drag would. */
async function select(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((text) => {
    const walker = document.createTreeWalker(
      document.querySelector('article')!,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      node.parentElement!.scrollIntoView({ block: 'center' });
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`"${text}" is not in one text node of the article`);
}

const layerShown: Record<Exclude<Level, 'off'>, (findings: Findings) => boolean> = {
  names: (findings) => findings.mentions.length > 0,
  claims: (findings) => findings.claims.length > 0,
  full: (findings) => findings.attributions.length > 0,
};

describe('a whole reading session', () => {
  it('asks for nothing but the fixture pages and the extension’s own files', async () => {
    const { context, extensionId, network } = suite.browser;
    const page = await suite.open('retelling.html');
    const url = page.url();

    // The article at every level.
    for (const level of ['names', 'claims', 'full'] as const) {
      await setSettings(suite.extensionPage, { level });
      await getFindings(suite.extensionPage, url, {
        until: (findings) => findings.level === level && layerShown[level](findings),
      });
    }

    // A card, on a dwell.
    await page.bringToFront();
    await hoverText(page, 'Ant Group', { rootSelector: 'article' });
    await page.locator('reglens-card').getByText('蚂蚁集团').first().waitFor({ timeout: 5_000 });
    await page.keyboard.press('Escape');

    // The side panel for this tab, and a card from it.
    const panel = await context.newPage();
    await panel.goto(
      `chrome-extension://${extensionId}/sidepanel.html?tabId=${await tabIdOf(suite.extensionPage, url)}`,
    );
    await panel.getByRole('list', { name: 'Actors on this page' }).waitFor({ timeout: 5_000 });
    await panel
      .getByRole('button', { name: /^Ant Group/ })
      .first()
      .click();
    await panel.getByRole('dialog', { name: 'About Ant Group' }).waitFor({ timeout: 5_000 });
    await panel.close();

    // A snippet saved with the button by the selection.
    await page.bringToFront();
    await select(page, 'floated a plan for the biggest e-commerce and payments');
    await page.locator('reglens-snippet-ui').getByRole('button', { name: 'Save snippet' }).click();
    await page
      .locator('reglens-snippet-ui')
      .getByRole('form', { name: 'Snippet saved: add a note and tags' })
      .waitFor({ state: 'visible' });

    // The library, exported to a file.
    const library = await openExtensionPage(context, extensionId, 'library.html');
    await library
      .getByRole('list', { name: 'Saved snippets' })
      .locator(':scope > li')
      .first()
      .waitFor();
    await library.getByLabel('Export format').selectOption('csl-json');
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Export all' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await library.close();

    // A dataset imported into the knowledge base.
    const knowledgeBase = await openExtensionPage(context, extensionId, 'knowledge-base.html');
    const dataset = {
      id: 'privacy-notes',
      version: '1.0.0',
      title: 'Privacy notes',
      actors: [{ id: 'p-unit', kind: 'institution', names: { en: 'P Unit' }, summary: 'S.' }],
      claims: [],
    };
    await knowledgeBase.getByLabel('Import a dataset file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(dataset)),
    });
    await knowledgeBase
      .getByRole('status')
      .filter({ hasText: 'Imported “Privacy notes”' })
      .waitFor({ timeout: 5_000 });
    await knowledgeBase.close();
    await page.screenshot({ path: `${resultsDir}privacy-session.png` });
    await page.close();

    // The record covers the session: the article and its stylesheet, the extension's pages and
    // the scripts it injected.
    const requests = network.requests();
    expect(requests.some((r) => r.source === 'web-page' && r.url === url)).toBe(true);
    for (const file of ['sidepanel.html', 'library.html', 'knowledge-base.html']) {
      const address = `chrome-extension://${extensionId}/${file}`;
      expect(requests.some((r) => r.source === 'extension-page' && r.url.startsWith(address))).toBe(
        true,
      );
    }
    expect(network.outside()).toEqual([]);
  });
});

describe('what a page can see of RegLens', () => {
  /** Everything on the page's performance timeline, as any script of the page reads it. */
  const pageTimeline = (page: Page) =>
    page.evaluate(() =>
      performance.getEntries().map((entry) => `${entry.entryType} ${entry.name}`),
    );

  it('is nothing on a page it leaves alone, and no step marked on an article it annotates', async () => {
    const app = await suite.open('app.html');
    const article = await suite.open('retelling.html');
    try {
      await getFindings(suite.extensionPage, article.url(), {
        until: (findings) => findings.mentions.length > 0,
      });
      // The page script ran on both, and kept its timeline where the pages cannot read it.
      expect(await timelineCounts(app)).toEqual({ start: 1, detected: 0 });
      expect((await timelineCounts(article)).detected).toBe(1);
      for (const page of [app, article]) {
        expect((await pageTimeline(page)).filter((entry) => /reglens/i.test(entry))).toEqual([]);
      }
      // The page it leaves alone: no element, attribute or highlight of RegLens's.
      expect(
        await app.evaluate(() => ({
          highlights: CSS.highlights.size,
          marked: document.querySelectorAll('[data-reglens-hl], [class*="reglens"]').length,
          rootAttributes: [...document.documentElement.attributes].map((a) => a.name),
        })),
      ).toEqual({ highlights: 0, marked: 0, rootAttributes: ['lang'] });
    } finally {
      await app.close();
      await article.close();
    }
  });
  it('posts no message to the page: no listener of the page hears RegLens start', async () => {
    const page = await suite.browser.context.newPage();
    // Any script of the page can listen to its window's messages; this one listens from the start.
    await page.addInitScript(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data)));
    });
    try {
      const url = `${suite.server.url}/retelling.html`;
      await page.goto(url);
      await getFindings(suite.extensionPage, url, {
        until: (findings) => findings.mentions.length > 0,
      });
      // The page's listener works: a message the page posts to itself is heard.
      await page.evaluate(() => window.postMessage('the page itself', '*'));
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard))
        .toEqual([JSON.stringify('the page itself')]);
    } finally {
      await page.close();
    }
  });
});

describe('the network recorder', () => {
  let outside: Server;
  let outsideUrl: string;
  const reached: string[] = [];
  beforeAll(async () => {
    outside = createServer((request, response) => {
      reached.push(request.url ?? '');
      response.writeHead(204, { 'access-control-allow-origin': '*' }).end();
    });
    await new Promise<void>((resolve) => outside.listen(0, '127.0.0.2', resolve));
    const address = outside.address();
    if (!address || typeof address === 'string') throw new Error('No port for the stand-in');
    outsideUrl = `http://127.0.0.2:${address.port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => outside?.close(resolve));
  });

  /** A browser of its own, since closing it must fail; returns what close() said. */
  async function closeFailure(browser: ExtensionBrowser): Promise<string> {
    return browser.close().then(
      () => 'closed without complaint',
      (error: Error) => error.message,
    );
  }

  it('fails the run on a request from a web page, and says it was the page', async () => {
    const browser = await launchWithExtension();
    const page = await browser.context.newPage();
    await page.goto(`${suite.server.url}/home.html`);
    await page.evaluate((to) => fetch(to, { mode: 'no-cors' }), `${outsideUrl}/from-page`);
    await expect.poll(() => reached).toContain('/from-page');

    expect(browser.network.outside()).toEqual([
      {
        url: `${outsideUrl}/from-page`,
        method: 'GET',
        resourceType: 'fetch',
        source: 'web-page',
        from: `${suite.server.url}/home.html`,
      },
    ]);
    expect(await closeFailure(browser)).toContain(
      `web-page (${suite.server.url}/home.html): GET ${outsideUrl}/from-page`,
    );
  });

  /**
   * The built extension with one more file, probe.js, that fetches `globalThis.probeTarget`, and
   * its CSP's connect-src taken out: RegLens's own policy stops its pages and worker from fetching
   * anything off the extension (tested below), and the recorder must be shown catching them anyway.
   */
  async function probeExtension(): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'reglens-probe-'));
    probeDirs.push(dir);
    await cp(path.resolve('.output/chrome-mv3'), dir, { recursive: true });
    await writeFile(
      path.join(dir, 'probe.js'),
      'fetch(globalThis.probeTarget).then((response) => response.status);\n',
    );
    const manifestFile = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as {
      content_security_policy: { extension_pages: string };
    };
    const policy = manifest.content_security_policy.extension_pages;
    manifest.content_security_policy.extension_pages = policy.replace(/;\s*connect-src[^;]*/, '');
    await writeFile(manifestFile, JSON.stringify(manifest));
    return dir;
  }
  const probeDirs: string[] = [];
  afterAll(async () => {
    for (const dir of probeDirs) await rm(dir, { recursive: true, force: true });
  });

  it('fails the run on a request from the extension’s service worker', async () => {
    const browser = await launchWithExtension({ extensionDir: await probeExtension() });
    const status = await browser.background.evaluate(
      async (to) => (await fetch(to)).status,
      `${outsideUrl}/from-worker`,
    );
    expect(status).toBe(204);

    const background = `chrome-extension://${browser.extensionId}/background.js`;
    expect(browser.network.outside()).toEqual([
      expect.objectContaining({ url: `${outsideUrl}/from-worker`, source: 'service-worker' }),
    ]);
    expect(await closeFailure(browser)).toContain(
      `service-worker (${background}): GET ${outsideUrl}/from-worker`,
    );
  });

  it('fails the run on a request from a script the extension runs in a page', async () => {
    // probe.js is injected the way the annotator is: the recorder knows a content script by its
    // chrome-extension:// address on the request's stack.
    const browser = await launchWithExtension({ extensionDir: await probeExtension() });
    const page = await browser.context.newPage();
    const pageUrl = `${suite.server.url}/home.html`;
    await page.goto(pageUrl);
    await browser.background.evaluate(
      async ({ pageUrl, to }) => {
        type Api = {
          tabs: { query(q: object): Promise<Array<{ id: number }>> };
          scripting: { executeScript(options: object): Promise<unknown> };
        };
        const api = (globalThis as unknown as { chrome: Api }).chrome;
        const [tab] = await api.tabs.query({ url: pageUrl });
        const target = { tabId: tab!.id };
        await api.scripting.executeScript({
          target,
          func: (address: string) =>
            ((globalThis as { probeTarget?: string }).probeTarget = address),
          args: [to],
        });
        await api.scripting.executeScript({ target, files: ['probe.js'] });
      },
      { pageUrl, to: `${outsideUrl}/from-content-script` },
    );
    await expect.poll(() => reached).toContain('/from-content-script');

    await expect
      .poll(() => browser.network.outside())
      .toEqual([
        expect.objectContaining({
          url: `${outsideUrl}/from-content-script`,
          source: 'content-script',
          from: pageUrl,
        }),
      ]);
    expect(await closeFailure(browser)).toContain(
      `content-script (${pageUrl}): GET ${outsideUrl}/from-content-script`,
    );
  });

  it('is backed by the extension’s own policy: its pages and worker cannot reach out (connect-src)', async () => {
    const browser = await launchWithExtension();
    const fromWorker = await browser.background.evaluate(
      (to) =>
        fetch(to).then(
          () => 'fetched',
          (error: Error) => error.message,
        ),
      `${outsideUrl}/refused-in-worker`,
    );
    const page = await openExtensionPage(browser.context, browser.extensionId, 'library.html');
    const fromPage = await page.evaluate(
      (to) =>
        fetch(to).then(
          () => 'fetched',
          (error: Error) => error.message,
        ),
      `${outsideUrl}/refused-in-page`,
    );
    expect([fromWorker, fromPage]).toEqual(['Failed to fetch', 'Failed to fetch']);
    expect(reached.filter((address) => address.startsWith('/refused'))).toEqual([]);
    expect(await closeFailure(browser)).toBe('closed without complaint');
  });

  it('passes a run that stays on the machine', async () => {
    const browser = await launchWithExtension();
    const page = await browser.context.newPage();
    await page.goto(`${suite.server.url}/source-report.html`);
    await page.evaluate(() => fetch('/today-china.css'));
    expect(browser.network.requests().length).toBeGreaterThan(1);
    expect(await closeFailure(browser)).toBe('closed without complaint');
  });
});
