/**
 * Paints only what is near the reader. The browser redoes its bookkeeping for every registered
 * custom highlight whenever the set changes (about 10 to 25 µs a range in Chromium), so a long
 * article with thousands of mentions would freeze on each change. Here each block of text is
 * painted as it comes within reach of the viewport and taken off once it is far away, so the
 * number of live highlights stays that of a few screens, however long the article.
 */
export interface PaintWindowOptions {
  /** How far beyond the viewport a block counts as near: a CSS margin, as IntersectionObserver takes it. */
  margin?: string;
  signal: AbortSignal;
}

export interface PaintWindow {
  /** Calls `show` when `block` comes near the viewport and `hide` when it leaves; both may repeat. */
  watch(block: Element, show: () => void, hide: () => void): void;
}

interface Watched {
  shows: (() => void)[];
  hides: (() => void)[];
  near: boolean;
}

/** Two screens above and below: scrolling at reading speed never reaches unpainted text. */
const DEFAULT_MARGIN = '200% 0px 200% 0px';

/**
 * A paint window, or null where the browser has no IntersectionObserver (paint everything then).
 * The observer is made with the first block to watch: a passage with few marks paints them at
 * once and never needs one.
 */
export function createPaintWindow(doc: Document, options: PaintWindowOptions): PaintWindow | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const Observer = view?.IntersectionObserver;
  if (typeof Observer !== 'function' || options.signal.aborted) return null;
  const watched = new Map<Element, Watched>();
  let observer: IntersectionObserver | null = null;
  const observe = (block: Element): void => {
    if (observer === null) {
      const made = new Observer(
        (entries) => {
          // One batch per frame: every block that came near or went away since the last one.
          for (const entry of entries) {
            const item = watched.get(entry.target);
            if (item === undefined || item.near === entry.isIntersecting) continue;
            item.near = entry.isIntersecting;
            for (const run of item.near ? item.shows : item.hides) run();
          }
        },
        { rootMargin: options.margin ?? DEFAULT_MARGIN },
      );
      options.signal.addEventListener(
        'abort',
        () => {
          made.disconnect();
          watched.clear();
        },
        { once: true },
      );
      observer = made;
    }
    observer.observe(block);
  };
  return {
    watch(block, show, hide) {
      if (options.signal.aborted) return;
      const item = watched.get(block);
      if (item === undefined) {
        watched.set(block, { shows: [show], hides: [hide], near: false });
        observe(block);
        return;
      }
      item.shows.push(show);
      item.hides.push(hide);
      if (item.near) show();
    },
  };
}
