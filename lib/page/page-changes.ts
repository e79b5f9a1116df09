/**
 * Changes that make what was read of a page stale: the address changes without a new document (a
 * single-page app showing another article), the text that was read is replaced (a framework
 * rendering the article again, so the marks on the old text nodes are gone), or a page that may be
 * an article but had too little text fills in. One MutationObserver on the document watches all
 * three; each record costs a set look-up or two, and what they add up to is decided once per frame.
 */
import { OWN_TAG_PREFIX } from './dom-rules';

export type PageChange = 'navigated' | 'rewritten' | 'grown';

export interface PageChangeOptions {
  signal: AbortSignal;
  /** Text nodes read as the article: one removed or rewritten takes its marks with it. */
  isRead: (node: Text) => boolean;
  /** The article's root, when one was read; changes elsewhere on the page are not its text. */
  articleRoot: () => Element | null;
  /** Whether text the page adds counts now (a page that may be an article, for a while). */
  countGrowth: () => boolean;
  /** Characters of new text that make the page worth detecting again. */
  growthChars?: number;
  onChange: (change: PageChange) => void;
  /** Defers the decision; tests pass a synchronous one. */
  schedule?: (callback: () => void) => void;
  /** The Navigation API, where the browser has one (Chromium); else mutations and popstate tell. */
  navigation?: EventTarget | null;
}

const GROWTH_CHARS = 200;
/** Text nodes of a removed subtree looked at before it is taken for the article's own. */
const REMOVED_TEXT_LOOKS = 5_000;

/** The address that names the document shown: a change of fragment is the same article. */
export function shownAddress(doc: Document): string {
  return (doc.location?.href ?? '').replace(/#.*$/s, '');
}

function isOwn(node: Node): boolean {
  return (
    node.nodeType === Node.ELEMENT_NODE && (node as Element).localName.startsWith(OWN_TAG_PREFIX)
  );
}

/** Whether a removed subtree held text that was read (its nodes are still linked to each other). */
function heldReadText(node: Node, isRead: (node: Text) => boolean): boolean {
  if (node.nodeType === Node.TEXT_NODE) return isRead(node as Text);
  if (node.nodeType !== Node.ELEMENT_NODE || isOwn(node)) return false;
  const walker = node.ownerDocument!.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let looks = 0;
  for (let text = walker.nextNode(); text && looks < REMOVED_TEXT_LOOKS; text = walker.nextNode()) {
    if (isRead(text as Text)) return true;
    looks++;
  }
  return false;
}

function addedChars(node: Node): number {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data.trim().length;
  if (node.nodeType !== Node.ELEMENT_NODE || isOwn(node)) return 0;
  const name = (node as Element).localName;
  if (name === 'script' || name === 'style' || name === 'template') return 0;
  return (node.textContent ?? '').trim().length;
}

export function watchPageChanges(doc: Document, options: PageChangeOptions): void {
  const { signal, isRead, articleRoot, countGrowth, onChange } = options;
  const growthChars = options.growthChars ?? GROWTH_CHARS;
  const schedule =
    options.schedule ?? ((callback: () => void) => void requestAnimationFrame(callback));
  let address = shownAddress(doc);
  let rewritten = false;
  let grown = 0;
  let scheduled = false;

  const decide = () => {
    scheduled = false;
    if (signal.aborted) return;
    const now = shownAddress(doc);
    if (now !== address) {
      address = now;
      rewritten = false;
      grown = 0;
      onChange('navigated');
      return;
    }
    if (rewritten) {
      rewritten = false;
      grown = 0;
      onChange('rewritten');
      return;
    }
    if (grown >= growthChars) {
      grown = 0;
      if (countGrowth()) onChange('grown');
    }
  };
  const later = () => {
    if (scheduled) return;
    scheduled = true;
    schedule(decide);
  };

  const observer = new MutationObserver((records) => {
    const root = articleRoot();
    // Where our own marks are laid as elements (browsers without custom highlights), the text
    // they split is the page's still: a batch that adds our elements is our own doing.
    if (records.some((record) => [...record.addedNodes].some(isOwn))) return;
    const growing = countGrowth();
    for (const record of records) {
      if (record.type === 'characterData') {
        if (root && isRead(record.target as Text)) rewritten = true;
        else if (growing)
          grown += Math.max(
            0,
            (record.target as Text).data.length - (record.oldValue?.length ?? 0),
          );
        continue;
      }
      if (root && !rewritten && (!root.isConnected || root.contains(record.target))) {
        for (const node of record.removedNodes) {
          if (heldReadText(node, isRead)) {
            rewritten = true;
            break;
          }
        }
      }
      if (growing) for (const node of record.addedNodes) grown += addedChars(node);
    }
    // Every batch is a chance to see an address the page changed without telling (pushState in
    // browsers without the Navigation API): a new article always comes with mutations.
    later();
  });
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    characterDataOldValue: true,
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  // The page's own history.pushState cannot be seen from an isolated world, but its effect can:
  // the Navigation API's current entry changes for pushState, replaceState and traversals alike.
  options.navigation?.addEventListener('currententrychange', later, { signal });
  doc.defaultView?.addEventListener('popstate', later, { signal });
}
