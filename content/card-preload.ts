/**
 * Getting the card's code in before the reader's first dwell ends. It is loaded when the page
 * with marks is first idle; failing that, when the pointer enters a mark: the hover intent then
 * waits before it opens the card, time to load the code, build the card's shadow root, fetch what
 * the card shows and draw it unseen (the card service stages it), so it only has to be revealed.
 */

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
