/**
 * A mark as the card's anchor: Floating UI's virtual element over the mark's range, read afresh
 * on every placement so the card follows the mark as the page or a container scrolls.
 */
import type { CardAnchor } from './card-popover';
import type { MarkSource } from './cards';

const ELEMENT_NODE = 1;

export function markAnchor(source: MarkSource, id: string, first: DOMRect): CardAnchor {
  const range = source.rangeOf?.(id) ?? null;
  let last = first;
  /** A range whose text left the page measures as an empty box at 0,0: the last real box stays. */
  const measured = (box: DOMRect | null): DOMRect => {
    if (box && (box.width > 0 || box.height > 0)) last = box;
    return last;
  };
  if (range === null) {
    return { getBoundingClientRect: () => measured(source.rectOf(id)) };
  }
  const start = range.startContainer;
  const element = start.nodeType === ELEMENT_NODE ? (start as Element) : start.parentElement;
  return {
    getBoundingClientRect: () => measured(range.getBoundingClientRect()),
    getClientRects: () => range.getClientRects(),
    ...(element ? { contextElement: element } : {}),
  };
}
