/**
 * What the background asks of a tab's annotator for the keyboard paths: the walk shortcut, and
 * the side panel's outline revealing a mark. A tab without the annotator (not an article, or
 * annotation off) has no one to answer: that is a quiet "no".
 */
import { browser } from 'wxt/browser';
import { REVEAL_MARK, WALK_MARKS, type RevealMarkMessage } from '../page-messages';

/** The walk shortcut: the page starts walking its marks, or pins the card of the one walked. */
export async function walkMarks(tabId: number): Promise<void> {
  await browser.tabs.sendMessage(tabId, { type: WALK_MARKS }, { frameId: 0 }).catch(() => null);
}

/** Asks the tab to scroll to a mark, flash it and open its card; whether it found one. */
export async function revealMark(
  tabId: number,
  mark: Omit<RevealMarkMessage, 'type'>,
): Promise<boolean> {
  const message: RevealMarkMessage = { type: REVEAL_MARK, ...mark };
  try {
    return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) === true;
  } catch {
    return false;
  }
}
