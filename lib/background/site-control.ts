/**
 * The background's half of the reader's control over detection: "Annotate this page" (the
 * popup's request, handed to the tab's annotator or injected with it), sites always annotated
 * (the annotator is injected into their pages even where the page script rules them out), sites
 * never annotated (nothing is injected, and the read-out says why) and the card's "never
 * annotate this site".
 */
import { browser } from 'wxt/browser';
import { RequestError, type Findings } from '../messaging';
import { levelForHost, policyForHost, type Settings } from '../settings';
import { loadSettings, setSitePolicy, watchSettings } from '../settings-store';
import { ANNOTATOR_SLOT_KEY, readerSignals, type PageScope, type PageStart } from '../site-policy';
import { hostOf } from '../url';

type HandOver = 'taken' | 'inject' | 'no-selection';

/**
 * Runs in the page's isolated world (scripting.executeScript serialises it, so it is
 * self-contained): hands `scope` to the annotator there, or leaves it for the one about to be
 * injected, and says whether one runs already. content/annotator-slot.ts is the other side.
 */
function handOver(key: string, scope: PageScope | null): HandOver {
  if (scope === 'selection') {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return 'no-selection';
  }
  type Slot = { claimed?: boolean; pending?: PageScope; listener?: (scope: PageScope) => void };
  const slots = globalThis as unknown as Record<string, Slot | undefined>;
  const slot = (slots[key] ??= {});
  if (scope !== null) {
    if (slot.listener) slot.listener(scope);
    else slot.pending = scope;
  }
  return slot.claimed ? 'taken' : 'inject';
}

async function handOverTo(tabId: number, scope: PageScope | null): Promise<HandOver> {
  const [done] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: handOver,
    args: [ANNOTATOR_SLOT_KEY, scope],
  });
  const result = done?.result as HandOver | undefined;
  if (result === undefined) throw new Error('The page did not answer');
  if (result === 'inject') {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      files: ['/annotator.js'],
    });
  }
  return result;
}

/** "Annotate this page": the tab's page once, as a whole or from the selection's block. */
export async function annotateTab(tabId: number, scope: PageScope): Promise<{ scope: PageScope }> {
  if ((await handOverTo(tabId, scope)) === 'no-selection') {
    throw new RequestError('invalid-input', 'Nothing is selected on the page');
  }
  return { scope };
}

/** Starts the annotator in a tab where none runs yet. */
function ensureAnnotator(tabId: number): Promise<unknown> {
  return handOverTo(tabId, null).catch((error: unknown) =>
    console.warn('RegLens could not annotate an always-annotated page:', error),
  );
}

/** The card's "Not an article? Never annotate <site>", for the site of the page that asked. */
export async function neverAnnotateSender(senderUrl: string | undefined): Promise<string> {
  const host = hostOf(senderUrl);
  if (host === undefined) throw new RequestError('invalid-input', 'Only web pages have a site');
  await setSitePolicy(host, 'never');
  return host;
}

/**
 * Whether the page script may have the annotator injected on a page at `url` (`inject`), and the
 * settings the annotator starts with there (`start`; null where the address has no host, and the
 * annotator asks for them itself).
 */
export async function annotatorStart(
  url: string | undefined,
  readSettings: () => Promise<Settings> = loadSettings,
): Promise<{ inject: boolean; start: PageStart | null }> {
  const host = hostOf(url);
  if (host === undefined) return { inject: true, start: null };
  const settings = await readSettings();
  const policy = policyForHost(settings, host);
  return {
    inject: policy !== 'never',
    start: { host, level: levelForHost(settings, host), policy },
  };
}

/**
 * What the read-out says of a page on a site the reader never wants annotated, where no
 * annotator reported anything: not an article, by the reader's choice.
 */
export function neverAnnotatedFindings(
  settings: Settings,
  tab: { url?: string; title?: string },
): Findings | null {
  const host = hostOf(tab.url);
  if (host === undefined || policyForHost(settings, host) !== 'never') return null;
  return {
    url: tab.url!,
    title: tab.title ?? '',
    isArticle: false,
    signals: [readerSignals.never],
    level: levelForHost(settings, host),
    mentions: [],
    claims: [],
    snippets: [],
    attributions: [],
  };
}

/** The hosts a reader always wants annotated. */
function alwaysHosts(settings: Settings): Set<string> {
  return new Set(
    Object.entries(settings.policies)
      .filter(([, policy]) => policy === 'always')
      .map(([host]) => host),
  );
}

/**
 * Pages of always-annotated sites get the annotator when they finish loading, and open tabs of
 * a site the moment it becomes always annotated.
 */
export function startSiteControl(readSettings: () => Promise<Settings> = loadSettings): void {
  // Every page that finishes loading, anywhere, asks: the settings the background keeps in
  // memory (settings-cache.ts) answer without a storage read.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete') return;
    const host = hostOf(tab.url);
    if (host === undefined) return;
    void readSettings().then((settings) => {
      if (policyForHost(settings, host) === 'always') void ensureAnnotator(tabId);
    });
  });
  let always = new Set<string>();
  void readSettings().then((settings) => (always = alwaysHosts(settings)));
  watchSettings((settings) => {
    const now = alwaysHosts(settings);
    const added = [...now].filter((host) => !always.has(host));
    always = now;
    if (added.length === 0) return;
    void browser.tabs.query({}).then((tabs) => {
      for (const tab of tabs) {
        const host = hostOf(tab.url);
        if (tab.id !== undefined && host !== undefined && added.includes(host)) {
          void ensureAnnotator(tab.id);
        }
      }
    });
  });
}
