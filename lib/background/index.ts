import { browser } from 'wxt/browser';
import { listen } from '../messaging';
import { levelForHost, nextLevel } from '../settings';
import { loadSettings, setGlobalLevel, setSiteLevel } from '../settings-store';
import { bundledDatasets } from '../kb/bundled';
import { createBackgroundService } from './service';
import { forgetFindings } from './findings-store';

/** Cycles the level in force on the active tab: its site override when it has one, else the global level. */
async function cycleLevelOnActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const host = tab?.url ? safeHost(tab.url) : undefined;
  const settings = await loadSettings();
  if (host && settings.sites[host]) {
    await setSiteLevel(host, nextLevel(levelForHost(settings, host)));
  } else {
    await setGlobalLevel(nextLevel(settings.level));
  }
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

export function startBackground(): void {
  const service = createBackgroundService({ bundledDatasets });
  listen(service.handlers);
  browser.runtime.onInstalled.addListener(() => {
    void service.seed();
  });
  browser.commands?.onCommand.addListener((command) => {
    if (command === 'cycle-level') void cycleLevelOnActiveTab();
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetFindings(tabId);
  });
}
