/**
 * How long the pointer rests on a mark before its card opens, and how long a card waits after the
 * pointer leaves. The defaults are Wikipedia's Page Previews figures (mediawiki-extensions-Popups,
 * src/constants.js): a preview is fetched after FETCH_START_DELAY = 150 ms of dwell and shown at
 * FETCH_COMPLETE_TARGET_DELAY = 350 + 150 = 500 ms however fast the fetch was ("to make the
 * preview delay consistent to the user"), and ABANDON_END_DELAY = 300 ms after the pointer leaves
 * it closes. Readers change the opening delay in the settings. No zod here: the annotator reads it.
 */

/** Page Previews' FETCH_COMPLETE_TARGET_DELAY: a card opens after 500 ms of dwell. */
export const DEFAULT_HOVER_DELAY_MS = 500;
/**
 * Page Previews' FETCH_START_DELAY: a card is drawn (unseen, to be shown when the dwell ends) once
 * the pointer has rested 150 ms, so the marks it only crosses on its way cost no drawing.
 */
export const STAGE_DELAY_MS = 150;
/** Page Previews' ABANDON_END_DELAY: 300 ms of grace after the pointer leaves mark and card. */
export const HOVER_CLOSE_DELAY_MS = 300;
/** The range the settings accept: from at once to three seconds, in steps of 50 ms. */
export const HOVER_DELAY_MIN_MS = 0;
export const HOVER_DELAY_MAX_MS = 3000;
export const HOVER_DELAY_STEP_MS = 50;

/** A stored or typed delay when it is one the settings accept, else undefined. */
export function readHoverDelay(value: unknown): number | undefined {
  return typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= HOVER_DELAY_MIN_MS &&
    value <= HOVER_DELAY_MAX_MS
    ? value
    : undefined;
}
