/**
 * Opening the side panel in either browser: Chrome's sidePanel API, or Firefox's sidebar, where
 * the same page is declared as `sidebar_action` (WXT does so for the Firefox build). Both browsers
 * open it only in answer to a user gesture, so the opener must be called at once, before any await.
 */
import { browser } from 'wxt/browser';

/** The part of Firefox's sidebarAction API used here (the browser types are Chrome's). */
interface SidebarApi {
  sidebarAction?: { open(): Promise<void> };
}

/** How to open the side panel in a window, or null where the browser has neither API. */
export function sidePanelOpener(
  api: object = browser,
): ((windowId: number) => Promise<void>) | null {
  const chrome = (api as Partial<typeof browser>).sidePanel;
  if (chrome) return (windowId) => chrome.open({ windowId });
  // Firefox's sidebar belongs to the window the reader is in; it takes no window.
  const firefox = (api as SidebarApi).sidebarAction;
  if (firefox) return () => firefox.open();
  return null;
}
