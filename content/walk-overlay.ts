/**
 * What the keyboard paths add to the page: a focus ring around the walked (or revealed) mark, and
 * a polite live region that announces it to a screen reader. Both live in one shadow root on a
 * `reglens-` element (page scans skip it), put in on first use and taken out when `signal` aborts.
 * The ring is drawn over the mark's line boxes in page coordinates, so it scrolls with the text.
 */

const RING_COLOR = '#0b57d0';

const css = `
:host { all: initial !important; position: absolute !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important; pointer-events: none !important;
  z-index: 2147483646 !important; }
.ring { position: absolute; box-sizing: border-box; border-radius: 3px;
  outline: 3px solid ${RING_COLOR}; outline-offset: 1px; box-shadow: 0 0 0 5px rgba(255, 255, 255, 0.9); }
@media (prefers-reduced-motion: no-preference) {
  .flash { animation: reglens-flash 0.5s ease-in-out 3; }
}
@keyframes reglens-flash {
  0%, 100% { background-color: transparent; }
  50% { background-color: rgba(255, 193, 7, 0.55); }
}
.live { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; }
`;

export const WALK_HOST_NAME = 'reglens-walk';

export interface WalkOverlay {
  /** Rings the range's line boxes; `flash` draws the eye (not under prefers-reduced-motion). */
  ring(range: Range, options?: { flash?: boolean }): void;
  clearRing(): void;
  /** Says `text` once through the live region. */
  announce(text: string): void;
}

export function createWalkOverlay(doc: Document, signal: AbortSignal): WalkOverlay {
  let parts: { host: HTMLElement; rings: HTMLElement; live: HTMLElement } | null = null;
  const ensure = () => {
    if (parts) return parts;
    const host = doc.createElement(WALK_HOST_NAME);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = css;
    const rings = doc.createElement('div');
    const live = doc.createElement('div');
    live.className = 'live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('aria-atomic', 'true');
    shadow.append(style, rings, live);
    doc.documentElement.append(host);
    parts = { host, rings, live };
    return parts;
  };
  signal.addEventListener('abort', () => parts?.host.remove(), { once: true });

  let announced = '';
  return {
    ring(range, { flash = false } = {}) {
      const { rings } = ensure();
      const view = doc.defaultView;
      const scrollX = view?.scrollX ?? 0;
      const scrollY = view?.scrollY ?? 0;
      const boxes = [...range.getClientRects()].filter((box) => box.width > 0 && box.height > 0);
      rings.replaceChildren(
        ...boxes.map((box) => {
          const ring = doc.createElement('div');
          ring.className = flash ? 'ring flash' : 'ring';
          ring.style.left = `${box.left + scrollX - 2}px`;
          ring.style.top = `${box.top + scrollY - 1}px`;
          ring.style.width = `${box.width + 4}px`;
          ring.style.height = `${box.height + 2}px`;
          return ring;
        }),
      );
    },
    clearRing() {
      parts?.rings.replaceChildren();
    },
    announce(text) {
      const fresh = parts === null;
      const { live } = ensure();
      // One announcement per step: the same words again (a walk of one mark) are not repeated.
      if (text === announced) return;
      announced = text;
      // A live region speaks of changes: one just put in the page gets its words a moment later.
      if (fresh) setTimeout(() => (live.textContent = announced), 100);
      else live.textContent = text;
    },
  };
}
