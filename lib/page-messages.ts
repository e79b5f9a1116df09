import type { LayerId } from './background/analyzers';

/**
 * Messages the background sends to a page's annotator (tabs.sendMessage), kept apart from the
 * protocol's schemas so the page script that answers them carries none.
 */

/** Save the reader's current selection as a snippet; the page answers the new id or null. */
export const CAPTURE_SELECTION = 'snippets.captureSelection';

/** The walk shortcut was pressed: start walking the marks, or pin the card of the one walked. */
export const WALK_MARKS = 'page.walk';

/** Scroll to a mark of `layer` within [start, end) of the findings, flash it, open its card. */
export const REVEAL_MARK = 'page.reveal';

export interface RevealMarkMessage {
  type: typeof REVEAL_MARK;
  layer: LayerId;
  start: number;
  end: number;
}
