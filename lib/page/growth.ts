/**
 * Text a page adds after it was read ("read more" buttons, lazy paragraphs, single-page apps
 * filling in the article). One MutationObserver watches the article root; what it reports is
 * gathered and handed over once per animation frame, as the outermost new elements only, so
 * nothing already read is read again.
 */
import { OWN_TAG_PREFIX, isExcludedElement } from './dom-rules';

export interface GrowthOptions {
  signal: AbortSignal;
  /** Text nodes already read: an element holding one was moved, not added. */
  isRead: (node: Text) => boolean;
  /** Defers the hand-over; tests pass a synchronous one. */
  schedule?: (callback: () => void) => void;
}

/** Whether `el` or an ancestor up to `root` is furniture (or our own UI), so never article text. */
function insideExcluded(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (isExcludedElement(node)) return true;
  }
  return false;
}

function firstText(el: Element): Text | null {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.trim()) return node as Text;
  }
  return null;
}

export function observeGrowth(
  root: Element,
  onGrowth: (added: Element[]) => void,
  options: GrowthOptions,
): void {
  const { signal, isRead } = options;
  const schedule =
    options.schedule ?? ((callback: () => void) => void requestAnimationFrame(callback));
  let pending: Element[] = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const candidates = pending;
    pending = [];
    if (signal.aborted) return;
    const fresh = candidates.filter((el, index) => {
      if (!el.isConnected || !root.contains(el)) return false;
      // Only the outermost of the new elements: an inner one is read with its ancestor.
      if (candidates.some((other, j) => j !== index && other !== el && other.contains(el))) {
        return false;
      }
      if (candidates.indexOf(el) !== index) return false;
      if (insideExcluded(el, root)) return false;
      const text = firstText(el);
      return text !== null && !isRead(text);
    });
    if (fresh.length > 0) onGrowth(fresh);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        // Our own elements (highlight wrappers, the card) are never the page's new text.
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        if ((node as Element).localName.startsWith(OWN_TAG_PREFIX)) continue;
        pending.push(node as Element);
      }
    }
    if (pending.length > 0 && !scheduled) {
      scheduled = true;
      schedule(flush);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
