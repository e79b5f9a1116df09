/** React hooks that connect extension pages (popup, side panel, knowledge base) to settings and tabs. */
import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ActorCardData, ClaimCardData } from './kb/types';
import type { Findings, ListedSnippet } from './messaging';
import { send } from './send';
import type { KbSearchResult } from './kb/search';
import type { Settings } from './settings';
import { loadSettings, watchSettings } from './settings-store';
import { hostOf } from './url';

export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}

export interface ActiveTab {
  id: number;
  host: string | null;
  /** Its window: where the side panel opens, without another (gesture-losing) await first. */
  windowId: number;
}

/** The http(s) host a tab shows, or null for any other page (settings are kept per host). */
function webHost(address: string | undefined): string | null {
  return hostOf(address) ?? null;
}

export function useActiveTab(): ActiveTab | null {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      if (active?.id === undefined) return;
      setTab({ id: active.id, host: webHost(active.url), windowId: active.windowId });
    });
  }, []);
  return tab;
}

/**
 * The tab's findings, read again whenever the settings change (the page re-reports them) and
 * whenever `revision` does (see useShownTab).
 */
export function useFindings(
  tabId: number | undefined,
  settings: Settings | null,
  revision = 0,
): Findings | null {
  const [findings, setFindings] = useState<Findings | null>(null);
  useEffect(() => {
    if (tabId === undefined) return;
    let cancelled = false;
    const read = () =>
      send('tab.findings', { tabId })
        .then((value) => !cancelled && setFindings(value))
        .catch(() => !cancelled && setFindings(null));
    void read();
    // The content script reports shortly after a level change; read once more after it has.
    const timer = setTimeout(read, 400);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [tabId, settings, revision]);
  return findings;
}

/**
 * The tab a side panel shows: the active tab of the panel's window, followed as the reader
 * switches tabs, or the tab `pinnedId` names (a panel page opened in a tab of its own, as the
 * end-to-end tests do, is itself the active tab). `revision` changes whenever what the tab shows
 * may have: it loaded or navigated, or the background stored new findings, which it keeps in
 * storage.session (lib/background/findings-store.ts) and which a page that grows adds to later.
 */
export function useShownTab(pinnedId?: number): { tab: ActiveTab | null; revision: number } {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    let cancelled = false;
    let shown: ActiveTab | null = null;
    const read = async () => {
      const found =
        pinnedId === undefined
          ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
          : await browser.tabs.get(pinnedId).catch(() => undefined);
      if (cancelled) return;
      shown =
        found?.id === undefined
          ? null
          : { id: found.id, host: webHost(found.url), windowId: found.windowId };
      setTab(shown);
      setRevision((value) => value + 1);
    };
    const onActivated = ({ windowId }: { windowId: number }) => {
      if (pinnedId === undefined && (!shown || windowId === shown.windowId)) void read();
    };
    const onUpdated = (tabId: number) => {
      if (tabId === shown?.id) void read();
    };
    const onStored = () => setRevision((value) => value + 1);
    void read();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.storage.session.onChanged.addListener(onStored);
    return () => {
      cancelled = true;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.storage.session.onChanged.removeListener(onStored);
    };
  }, [pinnedId]);
  return { tab, revision };
}

/**
 * What the knowledge base holds for `query`, asked a moment after typing stops so each key
 * press does not cost a search. `revision` changes after every write, to ask again.
 */
export function useKbSearch(
  query: string,
  revision: number,
): { results: KbSearchResult | null; error: string | null } {
  const [state, setState] = useState<{ results: KbSearchResult | null; error: string | null }>({
    results: null,
    error: null,
  });
  useEffect(() => {
    if (!query.trim()) {
      setState({ results: null, error: null });
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      send('kb.search', { query, limit: 25 }).then(
        (results) => !cancelled && setState({ results, error: null }),
        (error: unknown) =>
          !cancelled &&
          setState({
            results: null,
            error: error instanceof Error ? error.message : String(error),
          }),
      );
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, revision]);
  return state;
}

/**
 * What the background answers to one request, asked again whenever `key` changes; null while it
 * is asked, when `ask` is null, or when the request failed.
 */
function useAnswer<T>(key: string | null, ask: (() => Promise<T>) | null): T | null {
  const [answer, setAnswer] = useState<{ key: string; value: T } | null>(null);
  const latest = useRef(ask);
  latest.current = ask;
  useEffect(() => {
    if (key === null || latest.current === null) return;
    let cancelled = false;
    latest.current().then(
      (value) => !cancelled && setAnswer({ key, value }),
      () => !cancelled && setAnswer(null),
    );
    return () => {
      cancelled = true;
    };
  }, [key]);
  return answer && answer.key === key ? answer.value : null;
}

/** The card of one actor, read again when `revision` changes (after a write). */
export function useActorCard(id: string | null, revision: number): ActorCardData | null {
  return useAnswer(id === null ? null : `${id}:${revision}`, () =>
    send('kb.actorCard', { id: id! }),
  );
}

/** The card of one claim. */
export function useClaimCard(id: string | null): ClaimCardData | null {
  return useAnswer(id, () => send('kb.claimCard', { id: id! }));
}

/** The card of the outlet that publishes on `host`, when it is a known outlet's. */
export function useOutletCard(host: string | null): ActorCardData | null {
  return useAnswer(host, () => send('kb.outletCard', { host: host! }));
}

/** The snippets saved from the page at `url`, with their state there; asked again on `revision`. */
export function usePageSnippets(url: string | null, revision: number): ListedSnippet[] {
  return (
    useAnswer(url === null ? null : `${url}:${revision}`, () =>
      send('snippets.list', { url: url! }),
    ) ?? []
  );
}
