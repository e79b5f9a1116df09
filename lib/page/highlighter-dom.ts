/** What both highlighters need from the page: a style sheet of their own, usable ranges, carets. */
import type { HighlightConstructor, HighlightRegistryLike } from './custom-highlighter';

export const DEFAULT_ACTIVE_STYLES =
  'text-decoration-line: underline; text-decoration-thickness: 2px;';

export interface WindowLike {
  CSS?: { highlights?: HighlightRegistryLike };
  Highlight?: HighlightConstructor;
  CSSStyleSheet?: typeof CSSStyleSheet;
}

export function windowOf(doc: Document): WindowLike {
  return (doc.defaultView ?? globalThis) as unknown as WindowLike;
}

/**
 * Adds a constructed style sheet to the document. Built with the document's own
 * CSSStyleSheet, because a sheet can only be adopted by the document it was made for.
 */
export function adoptSheet(doc: Document, css: string): CSSStyleSheet | null {
  const Sheet = windowOf(doc).CSSStyleSheet;
  if (typeof Sheet !== 'function' || !Array.isArray(doc.adoptedStyleSheets)) return null;
  try {
    const sheet = new Sheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    return null;
  }
}

export function dropSheet(doc: Document, sheet: CSSStyleSheet | null): void {
  if (sheet === null) return;
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
}

/** A kind as it may appear in a highlight name or an attribute value. */
export function kindKey(kind: string): string {
  return kind.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** A range we can still paint: not collapsed, in this document, and attached. */
export function isUsable(range: Range, doc: Document): boolean {
  if (range.collapsed) return false;
  const start = range.startContainer;
  if (!start.isConnected || start.ownerDocument !== doc) return false;
  // Most ranges start and end in one text node: one node to ask about.
  const end = range.endContainer;
  return end === start || (end.isConnected && end.ownerDocument === doc);
}

export interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const position = d.caretPositionFromPoint(x, y);
    if (position) return { node: position.offsetNode, offset: position.offset };
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    if (range) return { node: range.startContainer, offset: range.startOffset };
  }
  return null;
}
