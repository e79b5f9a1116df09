/** React hooks that connect extension pages (popup, side panel, library) to settings and tabs. */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { send, type Findings } from './messaging';
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
