/** React hooks that connect extension pages (popup, side panel, library) to settings and tabs. */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ActorCardData, Findings } from './messaging';
import { send } from './send';
import type { KbSearchResult } from './kb/search';
import type { Settings } from './settings';
import { loadSettings, watchSettings } from './settings-store';

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
}

export function useActiveTab(): ActiveTab | null {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      if (active?.id === undefined) return;
      let host: string | null = null;
      try {
        const url = new URL(active.url ?? '');
        if (url.protocol === 'http:' || url.protocol === 'https:') host = url.hostname;
      } catch {
        host = null;
      }
      setTab({ id: active.id, host });
    });
  }, []);
  return tab;
}

/** The tab's findings, read again whenever the settings change (the page re-reports them). */
export function useFindings(tabId: number | undefined, settings: Settings | null): Findings | null {
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
  }, [tabId, settings]);
  return findings;
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

/** The card of one actor, read again when `revision` changes (after a write). */
export function useActorCard(id: string | null, revision: number): ActorCardData | null {
  const [card, setCard] = useState<ActorCardData | null>(null);
  useEffect(() => {
    if (id === null) return;
    let cancelled = false;
    send('kb.actorCard', { id }).then(
      (value) => !cancelled && setCard(value),
      () => !cancelled && setCard(null),
    );
    return () => {
      cancelled = true;
    };
  }, [id, revision]);
  return card;
}
