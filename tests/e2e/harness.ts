/**
 * One harness for everything that drives the built extension in a real Chromium: the e2e tests,
 * `npm start` and the benchmark. It imports Node built-ins, playwright-core and the project's own
 * dependency-free modules only, so the Node scripts can load it through Vite's module runner
 * (Node 20 cannot strip TypeScript itself).
 */
import { createServer } from 'node:http';
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Findings } from '../../lib/messaging';
import { TIMELINE_GLOBAL, type TimelineEntry } from '../../content/timeline-marks';
import { recordNetwork, type NetworkRecorder } from './network-recorder';
import { findBrowser } from '../support/find-browser';
import { messageFrom, messagesOf } from '../support/chrome-messages';
import type { Level, Settings } from '../../lib/settings';

export type { Findings, TimelineEntry };
/** Where the extension's world keeps RegLens's timeline; the benchmark's scripts read it there. */
export { TIMELINE_GLOBAL };

/** Where Chromium usually lives; CHROMIUM_PATH wins so CI and odd machines can point elsewhere. */
const chromiumCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * The Chromium to drive, or null when this machine has none. A CHROMIUM_PATH that is set but
 * wrong gives null too: quietly using another browser would hide the mistake.
 */
export function findChromium(): string | null {
  return findBrowser('CHROMIUM_PATH', chromiumCandidates);
}

export const chromiumMissingMessage =
  'Chromium not found: install it with `apt-get install -y chromium` (Debian) or set CHROMIUM_PATH';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

export interface FixtureServer {
  /** Base address without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a directory over plain HTTP on 127.0.0.1 (a random free port). Content scripts do not run
 * on file:// pages without an extra user grant, so pages must come from a real origin.
 */
export async function serveFixtures(dir: string): Promise<FixtureServer> {
  // realpath so that a symlink inside the folder cannot lead the server outside it.
  const root = await realpath(path.resolve(dir));

  const server = createServer((request, response) => {
    void (async () => {
      const send = (status: number, body: string) => {
        response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
        response.end(body);
      };
      if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'GET only');
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      } catch {
        return send(400, 'Bad path');
      }
      if (pathname.includes('\0')) return send(400, 'Bad path');
      if (pathname.endsWith('/')) pathname += 'index.html';
      try {
        const file = await realpath(path.join(root, pathname));
        if (!file.startsWith(root + path.sep)) return send(404, 'Not found');
        if (!(await stat(file)).isFile()) return send(404, 'Not found');
        const body = await readFile(file);
        // A page that needs headers of its own (a Content-Security-Policy) names them beside it.
        const headers = await readFile(`${file}.headers.json`, 'utf8').then(
          (text) => JSON.parse(text) as Record<string, string>,
          () => ({}),
        );
        response.writeHead(200, {
          ...headers,
          'content-type':
            contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
          'content-length': body.length,
          // Fixtures change while tests are written; a stale copy would hide the change.
          'cache-control': 'no-store',
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      } catch {
        send(404, 'Not found');
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('Fixture server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface LaunchOptions {
  /**
   * The unpacked extension. Default: REGLENS_EXTENSION_DIR when set (to test another build),
   * else .output/chrome-mv3 as `wxt build` writes it.
   */
  extensionDir?: string;
  headless?: boolean;
  /** Overrides findChromium(). */
  executablePath?: string;
  viewport?: { width: number; height: number } | null;
  /** The browser's language, as a reader would have set it ('en' by default; 'zh-CN'). */
  locale?: 'en' | 'zh-CN';
  /**
   * Whether to return only once the background has registered its page script (default true).
   * false returns as soon as the background runs, as a reader's first page meets it.
   */
  waitForPageScript?: boolean;
  /**
   * Let web pages' own requests go outside without failing close(): the benchmark's real news
   * pages ask for their resources (which its routes abort). The extension's never may.
   */
  pagesMayRequestOutside?: boolean;
  /**
   * The welcome page a fresh install opens: closed before the tests start (the default), so no
   * test meets an extra tab, or kept and handed back as `welcomePage`.
   */
  welcome?: 'close' | 'keep';
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's MV3 service worker (the background). */
  background: Worker;
  /** The welcome tab the install opened, with `welcome: 'keep'`. */
  welcomePage?: Page;
  /** Every request the browser's pages and the extension made (tests/e2e/network-recorder.ts). */
  network: NetworkRecorder;
  /** Closes the browser; rejects when anything asked for an address off this machine. */
  close: () => Promise<void>;
}

/** The flags that let Chromium load an unpacked extension on these machines (see DESIGN.md). */
export function chromiumArgs(extensionDir: string, headless: boolean): string[] {
  return [
    // Only the new headless mode runs extensions; the old one never loads them.
    ...(headless ? ['--headless=new'] : []),
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    // Root cannot use Chromium's sandbox; these machines run tests as root.
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/** Launches Chromium with the extension loaded, in a fresh profile that close() deletes. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = path.resolve(
    options.extensionDir ?? process.env.REGLENS_EXTENSION_DIR ?? '.output/chrome-mv3',
  );
  const headless = options.headless ?? true;
  try {
    await stat(path.join(extensionDir, 'manifest.json'));
  } catch {
    throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build\` first`);
  }
  const executablePath = options.executablePath ?? findChromium();
  if (!executablePath) throw new Error(chromiumMissingMessage);

  const userDataDir = await mkdtemp(path.join(tmpdir(), 'reglens-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      // Playwright's headless switch also overrides hover and pointer settings and hides
      // scrollbars; --headless=new (in the args) runs the browser as a reader has it, minus a window.
      headless: false,
      args: [...chromiumArgs(extensionDir, headless), `--lang=${options.locale ?? 'en'}`],
      // The extension's language (chrome.i18n) follows the browser's; pages see it as well.
      locale: options.locale ?? 'en',
      env: { ...process.env, LANGUAGE: (options.locale ?? 'en').replace('-', '_') },
      // Playwright turns extensions off by default.
      ignoreDefaultArgs: ['--disable-extensions'],
      viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }

  // Recording starts before the extension's worker does, so its first requests are seen too.
  let extensionId: string | undefined;
  const network = recordNetwork(context, () => extensionId);

  // Playwright answers Ctrl+C by closing the browser and exiting; the profile must not outlive it.
  const removeProfileOnExit = () => rmSync(userDataDir, { recursive: true, force: true });
  process.on('exit', removeProfileOnExit);
  const close = async () => {
    network.stop();
    await context.close().catch(() => {});
    process.off('exit', removeProfileOnExit);
    // Retries: Chromium's helpers may still be writing to the profile for a moment after close.
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    // Every file's afterAll closes its browser, so this fails whichever file saw such a request.
    const outside = network
      .outside()
      .filter((request) => !options.pagesMayRequestOutside || request.source !== 'web-page');
    if (outside.length > 0) {
      throw new Error(`Requests to addresses off this machine:\n${network.describe(outside)}`);
    }
  };

  try {
    const background = await extensionServiceWorker(context);
    extensionId = new URL(background.url()).host;
    if (options.waitForPageScript ?? true) await pageScriptRegistered(background);
    const welcomePage = await installWelcomePage(context, extensionDir, extensionId);
    if (welcomePage && options.welcome !== 'keep') await welcomePage.close();
    return {
      context,
      extensionId,
      background,
      network,
      ...(welcomePage && options.welcome === 'keep' ? { welcomePage } : {}),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

export interface PlainBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * Chromium with the same flags as launchWithExtension but no extension loaded: for measuring the
 * project's own code inside pages with nothing else of ours running (the benchmark).
 */
export async function launchWithoutExtension(
  options: Omit<LaunchOptions, 'extensionDir'> = {},
): Promise<PlainBrowser> {
  const headless = options.headless ?? true;
  const executablePath = options.executablePath ?? findChromium();
  if (!executablePath) throw new Error(chromiumMissingMessage);
  const args = chromiumArgs('', headless).filter(
    (arg) =>
      !arg.startsWith('--load-extension=') && !arg.startsWith('--disable-extensions-except='),
  );
  // headless: false for the same reason as above: --headless=new in the args decides.
  const browser = await chromium.launch({ executablePath, headless: false, args });
  try {
    const context = await browser.newContext({
      viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    });
    return { context, close: () => browser.close().catch(() => {}) };
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
}

/**
 * The background registers its page script when it starts (lib/background/page-script.ts); a
 * page opened before that would not be read. An extension without `scripting` (the benchmark's
 * empty one) has nothing to wait for.
 */
async function pageScriptRegistered(background: Worker): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const count = await background.evaluate(async () => {
      type Scripting = { getRegisteredContentScripts(): Promise<unknown[]> };
      const api = (globalThis as { chrome?: { scripting?: Scripting } }).chrome?.scripting;
      return api ? (await api.getRegisteredContentScripts()).length : -1;
    });
    if (count !== 0) return;
    if (Date.now() > deadline) throw new Error('The extension registered no page script in 10 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The tab a fresh install opens on the welcome page (lib/background/welcome.ts), once it is there;
 * null for a build without one (the benchmark's empty extension).
 */
async function installWelcomePage(
  context: BrowserContext,
  extensionDir: string,
  extensionId: string,
): Promise<Page | null> {
  try {
    await stat(path.join(extensionDir, 'welcome.html'));
  } catch {
    return null;
  }
  const address = `chrome-extension://${extensionId}/welcome.html`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const page = context.pages().find((p) => p.url() === address);
    if (page) return page;
    if (Date.now() > deadline) throw new Error('A fresh install opened no welcome page in 10 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function extensionServiceWorker(context: BrowserContext): Promise<Worker> {
  const isExtensionWorker = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  // Listen before looking, so a worker that starts between the two is not missed.
  const next = context.waitForEvent('serviceworker', {
    predicate: isExtensionWorker,
    timeout: 30_000,
  });
  const known = context.serviceWorkers().find(isExtensionWorker);
  if (known) {
    next.catch(() => {});
    return known;
  }
  try {
    return await next;
  } catch {
    throw new Error(
      'The extension has no service worker after 30 s: did it fail to load? (Check the build and the launch flags.)',
    );
  }
}

/** Opens one of the extension's own pages, where chrome.tabs and chrome.runtime are available. */
export async function openExtensionPage(
  context: BrowserContext,
  extensionId: string,
  pagePath = 'popup.html',
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${pagePath}`);
  const hasApis = await page.evaluate(
    () => typeof (globalThis as unknown as ChromeGlobal).chrome?.runtime?.id === 'string',
  );
  if (!hasApis) {
    await page.close();
    throw new Error(
      `chrome-extension://${extensionId}/${pagePath} did not load as an extension page`,
    );
  }
  return page;
}

/**
 * Runs `fn(arg)` in the top frame of `page`, in the extension's isolated world: where RegLens's page
 * script and annotator run, and where they keep what the page must not see (its timeline,
 * content/timeline-marks.ts). Waits up to `waitMs` for that world to exist, that is for the page
 * script to have reached the document; `absent` when it did not.
 */
export async function inExtensionWorld<A, R, Absent = null>(
  page: Page,
  fn: (arg: A) => R | Promise<R>,
  arg: A,
  { waitMs = 10_000, absent = null as Absent } = {},
): Promise<R | Absent> {
  const cdp = await page.context().newCDPSession(page);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const worlds: number[] = [];
    let created: (() => void) | undefined;
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { frameId?: string; type?: string } | undefined;
      if (
        aux?.frameId === frameTree.frame.id &&
        aux.type === 'isolated' &&
        context.origin.startsWith('chrome-extension://')
      ) {
        worlds.push(context.id);
        created?.();
      }
    });
    // The worlds that exist already are reported before this answers; later ones as they come.
    await cdp.send('Runtime.enable');
    if (worlds.length === 0) {
      await new Promise<void>((resolve) => {
        created = resolve;
        timer = setTimeout(resolve, waitMs);
      });
    }
    // An extension loaded again gets a new world in a page its old version had reached.
    const contextId = worlds.length ? Math.max(...worlds) : null;
    if (contextId === null) return absent;
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId,
      expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) {
      throw new Error(
        `In the extension's world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
      );
    }
    return result.value as R;
  } finally {
    clearTimeout(timer);
    await cdp.detach().catch(() => {});
  }
}

/**
 * RegLens's timeline of the document `page` shows (content/timeline-marks.ts), oldest first;
 * empty when the page script has not run there.
 */
export function extensionTimeline(page: Page, waitMs = 2_000): Promise<TimelineEntry[]> {
  return inExtensionWorld(
    page,
    (key) => (globalThis as unknown as Record<string, TimelineEntry[] | undefined>)[key] ?? [],
    TIMELINE_GLOBAL,
    { waitMs, absent: [] as TimelineEntry[] },
  );
}

/** How many times the page script started on the document, and detection ran. */
export async function timelineCounts(page: Page): Promise<{ start: number; detected: number }> {
  const timeline = await extensionTimeline(page);
  const count = (name: TimelineEntry['name']) => timeline.filter((e) => e.name === name).length;
  return { start: count('reglens:start'), detected: count('reglens:detected') };
}

/**
 * Gives a page that is not the extension's a `chrome.i18n` answering in English from the message
 * files, so RegLens's components render there with their words (the benchmark's pages).
 */
export async function giveEnglishMessages(page: Page): Promise<void> {
  const tables = JSON.stringify([messagesOf('en')]);
  await page.evaluate(`globalThis.chrome = { i18n: {
    getMessage: (key, substitutions) => (${messageFrom.toString()})(${tables}, key, substitutions),
    getUILanguage: () => 'en',
  } }`);
}

/** The few extension APIs the harness calls inside extension pages (no @types/chrome here). */
interface ChromeGlobal {
  chrome?: {
    runtime: { id: string; sendMessage: (message: unknown) => Promise<unknown> };
    tabs: { query: (info: object) => Promise<Array<{ id?: number; url?: string }>> };
    storage: { local: { set: (items: object) => Promise<void> } };
  };
}

type FindingsReply =
  { ok: true; value: Findings | null } | { ok: false; error: { code: string; message: string } };

export interface GetFindingsOptions {
  /** Keep polling until this holds; by default, until there are findings at all. */
  until?: (findings: Findings) => boolean;
  timeoutMs?: number;
}

/**
 * Asks the background what it found in the tab showing `pageUrl`, the way the popup does, and
 * polls because the content script reports only after the page settles.
 *
 * Without the "tabs" permission Chromium hides tab URLs from the extension, so when a tab's URL
 * is hidden the tab is recognised by the URL in its own findings instead.
 */
export async function getFindings(
  extensionPage: Page,
  pageUrl: string,
  options: GetFindingsOptions = {},
): Promise<Findings> {
  const until = options.until ?? (() => true);
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  let last = 'nothing yet';
  for (;;) {
    const answer = await extensionPage.evaluate(async (url) => {
      const api = (globalThis as unknown as ChromeGlobal).chrome!;
      const withoutHash = (address: string) => address.replace(/#.*$/, '');
      const tabs = await api.tabs.query({});
      const candidates = tabs.filter(
        (tab) => tab.id !== undefined && (tab.url === undefined || tab.url === url),
      );
      const failures: string[] = [];
      for (const tab of candidates) {
        const reply = (await api.runtime.sendMessage({
          type: 'tab.findings',
          payload: { tabId: tab.id },
        })) as FindingsReply | undefined;
        if (!reply) failures.push('the background sent no reply to tab.findings');
        else if (!reply.ok) failures.push(`tab.findings failed: ${reply.error.message}`);
        else if (reply.value && withoutHash(reply.value.url) === withoutHash(url)) {
          return { findings: reply.value, failures };
        }
      }
      return { findings: null, failures, tabs: candidates.length };
    }, pageUrl);

    if (answer.findings) {
      if (until(answer.findings)) return answer.findings;
      last = `findings not as awaited yet: ${JSON.stringify(answer.findings).slice(0, 500)}`;
    } else {
      last = answer.failures[0] ?? `no findings reported for ${pageUrl} yet`;
    }
    if (Date.now() > deadline) throw new Error(`getFindings(${pageUrl}) timed out: ${last}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Writes the settings the extension keeps under storage.local "settings" (see lib/settings.ts). */
export async function setSettings(
  extensionPage: Page,
  settings: { level: Level; sites?: Settings['sites']; policies?: Settings['policies'] },
): Promise<void> {
  const value: Settings = {
    level: settings.level,
    sites: settings.sites ?? {},
    policies: settings.policies ?? {},
  };
  // Version 2 is the first with per-site choices (lib/settings.ts migrates it to any later one).
  await extensionPage.evaluate(
    async (stored) => {
      await (globalThis as unknown as ChromeGlobal).chrome!.storage.local.set({ settings: stored });
    },
    { version: 2, ...value },
  );
}

export interface TextRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The viewport box of the `occurrence`-th appearance of `text` inside `rootSelector`, found on the
 * page's rendered text (so a name split across inline elements is still found). Scrolls it into
 * view first. Null when the text is not there.
 */
export async function textRect(
  page: Page,
  text: string,
  { rootSelector = 'body', occurrence = 0 }: { rootSelector?: string; occurrence?: number } = {},
): Promise<TextRect | null> {
  return page.evaluate(
    ({ text, rootSelector, occurrence }) => {
      const root = document.querySelector(rootSelector);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let joined = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push(node as Text);
        joined += node.nodeValue ?? '';
      }
      let at = -1;
      for (let seen = 0; seen <= occurrence; seen++) {
        at = joined.indexOf(text, at + 1);
        if (at < 0) return null;
      }
      // Turn offsets into the joined text back into (node, offset) pairs.
      const locate = (offset: number, preferNext: boolean): [Text, number] => {
        let base = 0;
        for (const node of nodes) {
          const length = node.nodeValue?.length ?? 0;
          if (offset < base + length || (!preferNext && offset === base + length)) {
            return [node, offset - base];
          }
          base += length;
        }
        const lastNode = nodes[nodes.length - 1]!;
        return [lastNode, lastNode.nodeValue?.length ?? 0];
      };
      const range = document.createRange();
      range.setStart(...locate(at, true));
      range.setEnd(...locate(at + text.length, false));
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = range.getBoundingClientRect();
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    },
    { text, rootSelector, occurrence },
  );
}

/** Moves the mouse to the middle of a text on the page; returns where it went. */
export async function hoverText(
  page: Page,
  text: string,
  options: { rootSelector?: string; occurrence?: number } = {},
): Promise<TextRect> {
  const rect = await textRect(page, text, options);
  if (!rect) throw new Error(`"${text}" is not on ${page.url()}`);
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 4 });
  return rect;
}
