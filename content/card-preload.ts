/**
 * Getting a card ready before the reader's dwell ends: the hover intent waits 300 ms on a mark
 * before it opens a card, and that wait is long enough to load the card's code, build its
 * (hidden) shadow root and fetch what it shows. Then the card is drawn in the frame the dwell
 * ends, the first one included.
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
