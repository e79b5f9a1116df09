/**
 * Records every network request of a browser context running the extension, and says which were
 * to somewhere other than the local fixture servers and the extension's own files.
 *
 * Playwright (1.65 here) reports the requests of every page (web pages and the extension's own
 * pages) and of the MV3 service worker (`request.serviceWorker()`) on the context's `request`
 * event; the worker's are on by default now (PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK would turn
 * them off, and the privacy tests would then fail). Content scripts run in a web page's renderer,
 * so their requests come as the page's; a DevTools session per page tells them apart by the
 * script that started each request.
 */
import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';

/** Which context made a request. */
export type RequestSource =
  'service-worker' | 'extension-page' | 'content-script' | 'web-page' | 'other-worker';

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  source: RequestSource;
  /** The page (or worker) the request came from, as it was when the request started. */
  from: string;
}

export interface NetworkRecorder {
  /** Every request seen so far, in order. */
  requests(): RecordedRequest[];
  /** Those to anywhere but 127.0.0.1 and the extension's own files. */
  outside(): RecordedRequest[];
  /** One line per request, for an error message. */
  describe(requests: RecordedRequest[]): string;
  /** Stops recording. */
  stop(): void;
}

/** Schemes that never reach the network. */
const localSchemes = new Set(['data:', 'blob:', 'about:', 'chrome:', 'devtools:']);

/**
 * Whether a request stays on the machine and in the extension: the fixture servers (any port of
 * 127.0.0.1, as each test file serves its own), the extension's own files, and data/blob URLs.
 */
export function isAllowedRequest(url: string, extensionId: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (localSchemes.has(parsed.protocol)) return true;
  if (parsed.protocol === 'chrome-extension:') return parsed.host === extensionId;
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname === '127.0.0.1'
  );
}

interface Initiator {
  url?: string;
  stack?: StackTrace;
}
interface StackTrace {
  callFrames: Array<{ url: string }>;
  parent?: StackTrace;
}

/** Every script address on an initiator's stack, async parents included. */
function initiatorScripts(initiator: Initiator): string[] {
  const urls = initiator.url ? [initiator.url] : [];
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    for (const frame of stack.callFrames) if (frame.url) urls.push(frame.url);
  }
  return urls;
}

/**
 * Starts recording on `context` before anything runs in it; `extensionId()` is read when the
 * record is judged, since the extension's ID is known only once its worker has started.
 */
export function recordNetwork(
  context: BrowserContext,
  extensionId: () => string | undefined,
): NetworkRecorder {
  const seen: Array<{ request: RecordedRequest; page: Page | null }> = [];
  /** Per web page, the requests its content scripts started (by address), from DevTools. */
  const fromContentScripts = new WeakMap<Page, Set<string>>();
  const sessions: CDPSession[] = [];
  let recording = true;

  const watchInitiators = (page: Page) => {
    const urls = new Set<string>();
    fromContentScripts.set(page, urls);
    context
      .newCDPSession(page)
      .then(async (session) => {
        sessions.push(session);
        session.on('Network.requestWillBeSent', (event) => {
          const scripts = initiatorScripts(event.initiator as Initiator);
          if (scripts.some((script) => script.startsWith('chrome-extension://'))) {
            urls.add(event.request.url);
          }
        });
        await session.send('Network.enable');
      })
      // A page closed while the session attached has nothing more to report.
      .catch(() => {});
  };

  const onPage = (page: Page) => watchInitiators(page);
  const onRequest = (request: Request) => {
    if (!recording) return;
    const worker = request.serviceWorker();
    const base = {
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
    };
    if (worker) {
      const source = worker.url().startsWith('chrome-extension://')
        ? 'service-worker'
        : 'other-worker';
      seen.push({ request: { ...base, source, from: worker.url() }, page: null });
      return;
    }
    let page: Page | null = null;
    let from = '';
    try {
      const frame = request.frame();
      page = frame.page();
      from = frame.url();
    } catch {
      // Requests of dedicated and shared workers have no frame.
      seen.push({ request: { ...base, source: 'other-worker', from: '' }, page: null });
      return;
    }
    // A tab's first navigation starts from about:blank: the address it goes to says what it is.
    const context = from === '' || from === 'about:blank' ? base.url : from;
    const source = context.startsWith('chrome-extension://') ? 'extension-page' : 'web-page';
    seen.push({ request: { ...base, source, from }, page });
  };

  for (const page of context.pages()) watchInitiators(page);
  context.on('page', onPage);
  context.on('request', onRequest);

  const requests = () =>
    seen.map(({ request, page }) =>
      request.source === 'web-page' && page && fromContentScripts.get(page)?.has(request.url)
        ? { ...request, source: 'content-script' as const }
        : request,
    );
  const outside = () =>
    requests().filter((request) => !isAllowedRequest(request.url, extensionId()));

  return {
    requests,
    outside,
    describe: (list) =>
      list
        .map(
          (request) =>
            `${request.source} (${request.from || 'no page'}): ${request.method} ${request.url}`,
        )
        .join('\n'),
    stop: () => {
      recording = false;
      context.off('page', onPage);
      context.off('request', onRequest);
      for (const session of sessions) void session.detach().catch(() => {});
    },
  };
}
