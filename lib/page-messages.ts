/**
 * Messages the background sends to a page's annotator (tabs.sendMessage), kept apart from the
 * protocol's schemas so the page script that answers them carries none.
 */

/** Save the reader's current selection as a snippet; the page answers the new id or null. */
export const CAPTURE_SELECTION = 'snippets.captureSelection';
