/**
 * Puts mentions on the page: all at once when there are few, block by block near the viewport
 * when there are many (see paint-window.ts). Shared by every layer that marks text
 * (content/mark-painter.ts) and the benchmark, so the benchmark times what a reader gets.
 */
import { enclosingBlock } from './dom-rules';
import type { Highlighter } from './highlighter';
import type { PaintWindow } from './paint-window';
import type { TextMap } from './text-map';

/**
 * Up to this many mentions in one text map are painted at once. Beyond it, each block is painted
 * as it nears the viewport: the browser's cost per change grows with every live custom highlight,
 * and a megabyte of text can hold ten thousand names.
 */
const PAINT_AT_ONCE = 300;

/** A stretch of the text map's text to paint, with the kind that picks its style. */
export interface SpanToPaint {
  start: number;
  end: number;
}

export interface PaintSpansOptions<T> {
  /** Highlight ids are the prefix and the span's index, stable across repaints. */
  idPrefix: string;
  /** Null paints everything at once (no IntersectionObserver, or wrapper highlights). */
  paintWindow: PaintWindow | null;
  paintAtOnce?: number;
  /** The kind given to the highlighter for a span (its `kindStyles` key); none by default. */
  kindOf?: (span: T) => string | undefined;
}

/**
 * Paints `spans` of `textMap` (all at once when they are few, block by block near the viewport
 * when many); returns each highlight id with its span, painted now or later. Every layer that
 * marks text paints through here.
 */
export function paintSpans<T extends SpanToPaint>(
  highlighter: Highlighter,
  textMap: TextMap,
  spans: readonly T[],
  options: PaintSpansOptions<T>,
): Map<string, T> {
  const { idPrefix, kindOf, paintWindow } = options;
  const spanOf = new Map<string, T>();
  // The text map makes a fresh range for each span: the highlighter may keep it as it is.
  const paint = (id: string, span: T): void => {
    const range = textMap.rangeFor(span.start, span.end);
    if (range) highlighter.adopt(id, [range], kindOf?.(span));
  };
  if (paintWindow === null || spans.length <= (options.paintAtOnce ?? PAINT_AT_ONCE)) {
    for (let k = 0; k < spans.length; k++) {
      const id = `${idPrefix}${k}`;
      const span = spans[k]!;
      spanOf.set(id, span);
      paint(id, span);
    }
    return spanOf;
  }
  const byBlock = new Map<Element, string[]>();
  // Spans come in text order, several to a text node: its block is looked up once.
  let lastNode: Node | null = null;
  let ids: string[] = [];
  for (let k = 0; k < spans.length; k++) {
    const id = `${idPrefix}${k}`;
    const span = spans[k]!;
    spanOf.set(id, span);
    const point = textMap.pointAt(span.start, 'start');
    if (!point) continue;
    if (point.node !== lastNode) {
      lastNode = point.node;
      const block = enclosingBlock(point.node, textMap.root);
      const known = byBlock.get(block);
      if (known) ids = known;
      else byBlock.set(block, (ids = []));
    }
    ids.push(id);
  }
  for (const [block, list] of byBlock) {
    paintWindow.watch(
      block,
      () => list.forEach((id) => paint(id, spanOf.get(id)!)),
      () => list.forEach((id) => highlighter.remove(id)),
    );
  }
  return spanOf;
}
