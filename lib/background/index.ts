import { browser } from 'wxt/browser';
import { listen } from '../messaging';
import { levelForHost, nextLevel } from '../settings';
import { loadSettings, setGlobalLevel, setSiteLevel } from '../settings-store';
import { bundledDatasets } from '../kb/bundled';
import { createBackgroundService } from './service';
import { createSettingsCache } from './settings-cache';
import { forgetFindings } from './findings-store';
import { registerPageScript } from './page-script';
import { startSiteControl } from './site-control';
import { runPageScriptInOpenTabs } from './open-tabs';
import { hostOf } from '../url';
import { walkMarks } from './page-commands';
import { sidePanelOpener } from '../side-panel';
import { captureSelection, createSnippetMenu, onSnippetMenuClick } from './snippet-capture';
import { openWelcomeOnInstall } from './welcome';

/** Cycles the level in force on the active tab: its site override when it has one, else the global level. */
async function cycleLevelOnActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const host = hostOf(tab?.url);
  const settings = await loadSettings();
  if (host && settings.sites[host]) {
    await setSiteLevel(host, nextLevel(levelForHost(settings, host)));
  } else {
    await setGlobalLevel(nextLevel(settings.level));
  }
}

/**
 * Opens the side panel in the window the shortcut was pressed in. Chrome lets sidePanel.open run
 * only in answer to a user gesture, which a command is, but only until the first await: so it is
 * called at once with the window the command names, and only without one is the window looked up.
 */
function openSidePanel(windowId: number | undefined): void {
  const opener = sidePanelOpener();
  if (!opener) return;
  const open = (id: number | undefined) => (id === undefined ? Promise.resolve() : opener(id));
  const opening =
    windowId !== undefined
      ? open(windowId)
      : browser.windows.getLastFocused().then((focused) => open(focused.id));
  opening.catch((error: unknown) => console.warn('RegLens: could not open the side panel', error));
}

export function startBackground(): void {
  // One copy of the reader's settings for every handler and listener here.
  const settings = createSettingsCache();
  const service = createBackgroundService({ bundledDatasets, settings });
  listen(service.handlers);
  const registered = registerPageScript().then(
    () => true,
    (error: unknown) => {
      console.error('RegLens could not register its page script:', error);
      return false;
    },
  );
  startSiteControl(settings.current);
  // After an install, an update or a browser start, the pages already open (or loading while the
  // registration was made) are read too; only then, so every page has one or the other.
  const catchUp = () =>
    void registered.then((ok) => (ok ? runPageScriptInOpenTabs() : undefined)).catch(() => {});
  browser.runtime.onInstalled.addListener((details) => {
    void service.seed();
    createSnippetMenu();
    catchUp();
    openWelcomeOnInstall(details).catch((error: unknown) =>
      console.warn('RegLens could not open its welcome page:', error),
    );
  });
  browser.runtime.onStartup.addListener(catchUp);
  browser.contextMenus?.onClicked.addListener((info, tab) => void onSnippetMenuClick(info, tab));
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'cycle-level') void cycleLevelOnActiveTab();
    if (command === 'open-side-panel') openSidePanel(tab?.windowId);
    if (command === 'save-snippet' && tab?.id !== undefined) void captureSelection(tab.id);
    if (command === 'walk-marks' && tab?.id !== undefined) void walkMarks(tab.id);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetFindings(tabId);
  });
}
