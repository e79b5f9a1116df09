/**
 * The article a reader marks by selecting it: the nearest block element (a paragraph, an
 * <article>, a <div>) that holds the whole selection, so a passage across several paragraphs
 * is read from their common container and a phrase inside one from that paragraph.
 */
import { isBlockTag } from './dom-rules';

/** Block tags that never hold a selection's text. */
const EMPTY_BLOCKS = new Set(['br', 'hr']);

/** The block holding all of `range`; null when it lies outside the document's body. */
export function blockOfRange(range: Range, doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const common = range.commonAncestorContainer;
  const start = common.nodeType === Node.ELEMENT_NODE ? (common as Element) : common.parentElement;
  if (!start || !body.contains(start)) return null;
  for (let at: Element | null = start; at && at !== body; at = at.parentElement) {
    if (isBlockTag(at.localName) && !EMPTY_BLOCKS.has(at.localName)) return at;
  }
  return body;
}

/** The block of the document's current selection; null when nothing is selected. */
export function selectionBlock(doc: Document): Element | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return blockOfRange(selection.getRangeAt(0), doc);
}
