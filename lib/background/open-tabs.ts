/**
 * Tabs that were open before the page script was registered: the tabs of a profile RegLens was
 * just installed into, or updated or reloaded in, and pages that loaded while the background was
 * starting. The registration only reaches documents that start after it, so these get the page
 * script injected once, as any other page would have it (content/bootstrap.ts ignores a second
 * run in the same document).
 */
import { browser } from 'wxt/browser';
import { PAGE_SCRIPT } from './page-script';

export async function runPageScriptInOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: PAGE_SCRIPT.matches });
  await Promise.all(
    tabs.map(async (tab) => {
      // A discarded tab has no document; it loads again when shown, and the registration runs then.
      if (tab.id === undefined || tab.discarded) return;
      await browser.scripting
        .executeScript({
          target: { tabId: tab.id, allFrames: PAGE_SCRIPT.allFrames },
          files: ['/prefilter.js'],
        })
        // A tab the browser will not let extensions into (the web store, an error page) is skipped.
        .catch(() => {});
    }),
  );
}
