/**
 * The marks of every layer shown, in reading order: what the keyboard walk steps through and what
 * the side panel's outline reveals. Pure: it takes the marks (each with the text map of the passage
 * it was found in) and compares positions in the document they map to.
 */
import type { TextMap } from '@/lib/page';

/** What a mark is, in the reader's words: "Ant Group" and "company". */
export interface MarkLabel {
  name: string;
  kind: string;
}

/** One mark as a layer lists it: where it is in its passage, and how to name it. */
export interface ListedMark {
  id: string;
  textMap: TextMap;
  start: number;
  end: number;
  label(): MarkLabel;
}

/** A mark with what reading order needs: its passage's map, its span, its layer's rank. */
export interface Placed {
  textMap: Pick<TextMap, 'pointAt'>;
  start: number;
  end: number;
  /** The layer's place in the list: where two marks start together, the outer one comes first, then this. */
  rank: number;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without needing a window's Node.

/** Which of two marks of different passages comes first in the document (negative: `a`). */
function compareAcross(a: Placed, b: Placed): number {
  const pa = a.textMap.pointAt(a.start, 'start');
  const pb = b.textMap.pointAt(b.start, 'start');
  if (!pa || !pb) return 0;
  if (pa.node === pb.node) return pa.offset - pb.offset;
  return pa.node.compareDocumentPosition(pb.node) & FOLLOWING ? -1 : 1;
}

/** Within one passage: by start, the longer (enclosing) mark first, then by layer. */
function compareWithin(a: Placed, b: Placed): number {
  return a.start - b.start || b.end - a.end || a.rank - b.rank;
}

/**
 * `marks` in reading order. Within a passage the text offsets give the order; passages (text a
 * page added later may sit anywhere in the article) are merged by where their marks stand in the
 * document, so a page read in one piece needs no comparison of document positions at all.
 */
export function readingOrder<T extends Placed>(marks: readonly T[]): T[] {
  const byPassage = new Map<Placed['textMap'], T[]>();
  for (const mark of marks) {
    const list = byPassage.get(mark.textMap);
    if (list) list.push(mark);
    else byPassage.set(mark.textMap, [mark]);
  }
  const lists = [...byPassage.values()].map((list) => list.sort(compareWithin));
  if (lists.length <= 1) return lists[0] ?? [];
  const heads = lists.map(() => 0);
  const ordered: T[] = [];
  for (;;) {
    let best = -1;
    for (let k = 0; k < lists.length; k++) {
      if (heads[k]! >= lists[k]!.length) continue;
      if (best < 0) best = k;
      else {
        const a = lists[k]![heads[k]!]!;
        const b = lists[best]![heads[best]!]!;
        const order = compareAcross(a, b) || a.rank - b.rank;
        if (order < 0) best = k;
      }
    }
    if (best < 0) return ordered;
    ordered.push(lists[best]![heads[best]!++]!);
  }
}

/**
 * The first mark at or below the top of the viewport, for a walk that starts where the reader is:
 * a binary search, since reading order runs down the page. 0 when every mark is above.
 */
export function firstInView(count: number, topOf: (index: number) => number | null): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    const top = topOf(middle);
    if (top !== null && top < 0) low = middle + 1;
    else high = middle;
  }
  return low < count ? low : 0;
}

/** A long claim or quote cut to a phrase a screen reader can say in passing. */
export function shortened(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
