/**
 * Saving a passage from outside the page: the right-click menu's "Save snippet" and the keyboard
 * shortcut both ask the page's annotator to save the reader's selection, as its button does.
 */
import { browser } from 'wxt/browser';
import { CAPTURE_SELECTION } from '../page-messages';
import { t } from '../i18n';

export const SAVE_SNIPPET_MENU_ID = 'reglens-save-snippet';

/** Adds the menu entry; the browser keeps it until the extension is updated or removed. */
export function createSnippetMenu(): void {
  browser.contextMenus?.create(
    { id: SAVE_SNIPPET_MENU_ID, title: t('snippetForm.menu'), contexts: ['selection'] },
    // A second create after a restart of the worker reports a duplicate id: nothing to do.
    () => void browser.runtime.lastError,
  );
}

/**
 * Asks the page in `tabId` (the frame the reader selected in, when known) to save its
 * selection. Resolves with the new snippet's id, or null when the page could not save one; a
 * page without the annotator (not an article, or annotation off) has no one to answer.
 */
export async function captureSelection(tabId: number, frameId?: number): Promise<string | null> {
  try {
    const reply = await browser.tabs.sendMessage(
      tabId,
      { type: CAPTURE_SELECTION },
      frameId === undefined ? undefined : { frameId },
    );
    return typeof reply === 'string' ? reply : null;
  } catch {
    return null;
  }
}

/** The menu's click, as the browser delivers it. */
export function onSnippetMenuClick(
  info: { menuItemId: string | number; frameId?: number },
  tab?: { id?: number },
): Promise<string | null> | null {
  if (info.menuItemId !== SAVE_SNIPPET_MENU_ID || tab?.id === undefined) return null;
  return captureSelection(tab.id, info.frameId);
}
