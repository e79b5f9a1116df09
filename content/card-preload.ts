/**
 * Getting a card ready before the reader's dwell ends, so it is drawn in the frame the dwell
 * ends, the first one included. The card's code is loaded when the page with marks is first
 * idle; failing that, when the pointer enters a mark: the hover intent then waits 300 ms before
 * it opens the card, time to load the code, build the card's shadow root, fetch what the card
 * shows and draw it once unseen, so its code and style sheet are warm.
 */

/** What the card service does to get one mark's card ready. */
export interface CardWarmer {
  /** The pointer is now over the mark `key` (or over none): warms its card once per mark. */
  pointerOver(key: string | null): void;
}

/**
 * @param warm starts what the card for `key` needs (code, data); safe to call again, it is only
 *   called the first time the pointer enters that mark after resting elsewhere
 */
export function createCardWarmer(warm: (key: string) => void): CardWarmer {
  let last: string | null = null;
  return {
    pointerOver(key) {
      if (key !== null && key !== last) warm(key);
      last = key;
    },
  };
}

/**
 * Runs `load` once, the first time the page is idle (never, if it is not idle before `signal`
 * aborts). Where there is no requestIdleCallback, the pointer entering a mark does it instead.
 */
export function preloadWhenIdle(load: () => void, signal: AbortSignal): void {
  if (typeof requestIdleCallback !== 'function' || signal.aborted) return;
  const handle = requestIdleCallback(() => {
    if (!signal.aborted) load();
  });
  signal.addEventListener('abort', () => cancelIdleCallback(handle), { once: true });
}
