import { MARK_TAG, countChars, hasVisible, isBlockTag, isExcludedNamed } from './dom-rules';
import { STEP_EVERY, type Steps } from './slice';

/** A DOM position inside a text node. */
export interface TextPoint {
  node: Text;
  offset: number;
}

/**
 * The article text of one subtree, and the way back from text offsets to the DOM.
 * `text` is the concatenation of the mapped text nodes' data, with a paragraph separator
 * (U+2029) between blocks; separators belong to no node. A newline inside a node's data is the
 * page source's white space, not a break, so blocks have a character of their own: sentence
 * splitting (lib/match/sentences.ts) tells them apart by it. Offsets are UTF-16 indices into
 * `text`.
 */
export interface TextMap {
  readonly root: Element;
  readonly text: string;
  /** The mapped text nodes, in document order. */
  readonly nodes: readonly Text[];
  /** Where each node's data starts in `text`. */
  readonly starts: readonly number[];
  /** Each node's data length when the map was built. */
  readonly lengths: readonly number[];
  /** A document Range over text[start, end), possibly across several text nodes. */
  rangeFor(start: number, end: number): Range | null;
  /** The text offset of a DOM position, or null when that position is not mapped text. */
  positionOf(node: Node, offset: number): number | null;
  /**
   * The DOM point for a text offset. 'start' gives the point before the character at
   * `offset`; 'end' gives the point after the character at offset - 1.
   */
  pointAt(offset: number, bias: 'start' | 'end'): TextPoint | null;
}

export interface TextMapOptions {
  /** Extra subtrees to leave out, on top of the built-in rules. */
  skip?: (el: Element) => boolean;
}

/** What stands between two blocks in a text map's text: U+2029 PARAGRAPH SEPARATOR. */
export const BLOCK_SEPARATOR = '\u2029';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** NodeFilter.SHOW_ELEMENT and SHOW_TEXT. */
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LIST_TAGS = new Set(['ul', 'ol', 'dl']);
const GROUP_TAGS = new Set(['div', 'section', 'p', 'table', 'td', 'span']);

interface Frame {
  node: Node;
  name: string;
  block: boolean;
  parts: number;
  length: number;
  nodes: number;
  links: number;
}

/**
 * The walk over a subtree, its state in fields, so it can run in one go (`buildTextMap`) or a
 * few nodes at a time (`buildTextMapSteps`) with the same code.
 */
class TextWalk {
  readonly parts: string[] = [];
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];
  readonly lengths: number[] = [];
  length = 0;
  private atLineStart = true;
  /*
   * What tells a finished list or group of links from prose: per mapped node, its data as read,
   * whether it sits in a link, and its count of characters that are not white space. The counts
   * are taken only for a list or group with links enough to be a list of links, the few places
   * that ask (most text is in no such element); -1 until then.
   */
  private readonly datas: string[] = [];
  private readonly inLink: boolean[] = [];
  private readonly counts: number[] = [];
  /** Links with visible text so far. */
  private links = 0;
  private linkDepth = 0;
  private paragraphDepth = 0;
  private readonly stack: Frame[] = [];
  /**
   * Elements and text in document order, without a filter (one that calls back into script for
   * every node costs more than it saves): rejected subtrees are stepped over by hand.
   */
  private readonly walker: TreeWalker;
  /** The next node to look at (the walker's current node), or null once the walk is over. */
  private next: Node | null;

  constructor(
    readonly root: Element,
    private readonly skip: ((el: Element) => boolean) | undefined,
  ) {
    // The document's own constant values: NodeFilter is not a global in every DOM.
    this.walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    this.next = this.walker.nextNode();
  }

  /** Looks at up to `turns` nodes; true once the whole subtree is mapped. */
  walk(turns: number): boolean {
    const { walker, skip, stack, parts, nodes, starts, lengths } = this;
    let node = this.next;
    for (let left = turns; node !== null; left--) {
      if (left === 0) {
        this.next = node;
        return false;
      }
      let name = '';
      if (node.nodeType === ELEMENT_NODE) {
        const el = node as Element;
        name = el.localName;
        if (isExcludedNamed(el, name) || (skip !== undefined && skip(el))) {
          node = nextOutside(walker);
          continue;
        }
      }
      // Pre-order without rejected subtrees: every element whose subtree is done is on the stack above the parent.
      const parent = node.parentNode;
      while (stack.length > 0 && stack[stack.length - 1]!.node !== parent) {
        this.leave(stack.pop()!);
      }
      if (name !== '') {
        this.enter(node as Element, name);
      } else {
        const textNode = node as Text;
        const data = textNode.data;
        // Indentation between blocks adds nothing but noise.
        if (data.length > 0 && (!this.atLineStart || hasVisible(data))) {
          nodes.push(textNode);
          starts.push(this.length);
          lengths.push(data.length);
          parts.push(data);
          this.datas.push(data);
          this.inLink.push(this.linkDepth > 0);
          this.counts.push(-1);
          this.length += data.length;
          this.atLineStart = data.endsWith(BLOCK_SEPARATOR);
        }
      }
      node = walker.nextNode();
    }
    this.next = null;
    while (stack.length > 0) this.leave(stack.pop()!);
    return true;
  }

  private enter(el: Element, name: string): void {
    // Custom elements are usually layout wrappers, except inside a paragraph.
    const block =
      isBlockTag(name) || (name.includes('-') && name !== MARK_TAG && this.paragraphDepth === 0);
    this.stack.push({
      node: el,
      name,
      block,
      parts: this.parts.length,
      length: this.length,
      nodes: this.nodes.length,
      links: this.links,
    });
    if (block) this.breakLine();
    if (name === 'a') this.linkDepth++;
    if (PARAGRAPH_TAGS.has(name)) this.paragraphDepth++;
  }

  private breakLine(): void {
    if (this.atLineStart) return;
    this.parts.push(BLOCK_SEPARATOR);
    this.length += 1;
    this.atLineStart = true;
  }

  private rollBack(frame: Frame): void {
    const { parts } = this;
    parts.length = frame.parts;
    this.nodes.length = frame.nodes;
    this.starts.length = frame.nodes;
    this.lengths.length = frame.nodes;
    this.datas.length = frame.nodes;
    this.inLink.length = frame.nodes;
    this.counts.length = frame.nodes;
    this.length = frame.length;
    this.links = frame.links;
    const last = parts[parts.length - 1];
    this.atLineStart = last === undefined || last.endsWith(BLOCK_SEPARATOR);
  }

  private isLinkList(frame: Frame): boolean {
    const count = this.links - frame.links;
    let share: number;
    if (LIST_TAGS.has(frame.name)) {
      if (count < 2) return false;
      share = 0.8;
    } else if (GROUP_TAGS.has(frame.name)) {
      if (count < 3) return false;
      share = 0.85;
    } else {
      return false;
    }
    const { datas, inLink, counts } = this;
    let total = 0;
    let inLinks = 0;
    for (let k = frame.nodes; k < counts.length; k++) {
      let visible = counts[k]!;
      if (visible < 0) visible = counts[k] = countChars(datas[k]!);
      total += visible;
      if (inLink[k]) inLinks += visible;
    }
    return total > 0 && inLinks >= share * total;
  }

  /** Whether a node mapped since `from` has a character that is not white space. */
  private visibleSince(from: number): boolean {
    for (let k = from; k < this.datas.length; k++) {
      if (this.counts[k]! > 0 || (this.counts[k]! < 0 && hasVisible(this.datas[k]!))) return true;
    }
    return false;
  }

  private leave(frame: Frame): void {
    if (frame.name === 'a') {
      this.linkDepth--;
      if (this.visibleSince(frame.nodes)) this.links++;
    }
    if (PARAGRAPH_TAGS.has(frame.name)) this.paragraphDepth--;
    if (this.isLinkList(frame)) this.rollBack(frame);
    if (frame.block) this.breakLine();
  }
}

/**
 * Walks `root` once and maps its article text. Works on any element, so a page that grows
 * (infinite scroll) can be mapped one added subtree at a time. The root itself is always
 * mapped; only its descendants are tested against the exclusion rules, so a caller that
 * maps an added subtree should test the subtree itself with `isExcludedElement` first.
 */
export function buildTextMap(root: Element, options: TextMapOptions = {}): TextMap {
  const walk = new TextWalk(root, options.skip);
  walk.walk(Infinity);
  return mapOf(walk);
}

/**
 * `buildTextMap` in steps that pause now and then, for `runSliced` on long articles. The page
 * may change during a pause; the walk goes on from where it was in the tree as it is then (a
 * node removed meanwhile ends it early), and `rangeFor` checks each node again before pointing
 * into it.
 */
export function* buildTextMapSteps(root: Element, options: TextMapOptions = {}): Steps<TextMap> {
  const walk = new TextWalk(root, options.skip);
  while (!walk.walk(STEP_EVERY)) yield;
  return mapOf(walk);
}

/** The text map of a finished walk. */
function mapOf(walk: TextWalk): TextMap {
  const { root, parts, nodes, starts, lengths } = walk;
  const doc = root.ownerDocument;
  const text = parts.join('');
  // Only DOM positions are looked up by node (a selection, a caret): built on the first one.
  let index: Map<Text, number> | null = null;
  const indexOf = (node: Text): number | undefined => {
    if (index === null) {
      index = new Map();
      for (let i = 0; i < nodes.length; i++) index.set(nodes[i]!, i);
    }
    return index.get(node);
  };

  /** Index of the last node that starts at or before `offset`, or -1. */
  const nodeIndexAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  };

  /** Node index and offset inside it, as recorded at build time. */
  const locate = (offset: number, bias: 'start' | 'end'): [number, number] | null => {
    if (nodes.length === 0) return null;
    if (bias === 'start') {
      const i = nodeIndexAt(offset);
      if (i >= 0 && offset < starts[i]! + lengths[i]!) return [i, offset - starts[i]!];
      // In a separator: the next character that belongs to a node.
      return i + 1 < nodes.length ? [i + 1, 0] : null;
    }
    const i = nodeIndexAt(offset - 1);
    if (i < 0) return null;
    if (offset <= starts[i]! + lengths[i]!) return [i, offset - starts[i]!];
    return [i, lengths[i]!];
  };

  /*
   * The wrapper highlighter splits text nodes: the recorded node keeps the first piece and
   * the rest follows in sibling pieces, possibly inside reglens-mark elements. Following
   * that chain keeps offsets right while highlights are on.
   */
  const resolve = (index: number, local: number, bias: 'start' | 'end'): TextPoint | null => {
    let node = nodes[index]!;
    if (!node.isConnected) return null;
    if (node.length >= lengths[index]!) {
      return local <= node.length ? { node, offset: local } : null;
    }
    let rest = local;
    while (rest > node.length || (bias === 'start' && rest === node.length)) {
      const next = nextPiece(node);
      if (next === null) return rest === node.length ? { node, offset: rest } : null;
      rest -= node.length;
      node = next;
    }
    return { node, offset: rest };
  };

  const pointAt = (offset: number, bias: 'start' | 'end'): TextPoint | null => {
    if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return null;
    const at = locate(offset, bias);
    return at === null ? null : resolve(at[0], at[1], bias);
  };

  const rangeFor = (start: number, end: number): Range | null => {
    if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
    if (start < 0 || end > text.length || start >= end) return null;
    const from = locate(start, 'start');
    const to = locate(end, 'end');
    if (from === null || to === null) return null;
    // A span made only of separators has nothing to point at.
    if (starts[from[0]]! + from[1] >= starts[to[0]]! + to[1]) return null;
    const a = resolve(from[0], from[1], 'start');
    const b = resolve(to[0], to[1], 'end');
    if (a === null || b === null) return null;
    const range = doc.createRange();
    try {
      // Start inside the start node first: moving a boundary from the document's start compares tree order, slow in some DOMs.
      range.selectNodeContents(a.node);
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
    } catch {
      return null;
    }
    return range.collapsed ? null : range;
  };

  const positionOfText = (node: Text, offset: number): number | null => {
    const clamped = Math.max(0, Math.min(offset, node.length));
    const own = indexOf(node);
    if (own !== undefined) return starts[own]! + Math.min(clamped, lengths[own]!);
    // A later piece of a split node: count back to the recorded first piece.
    let before = 0;
    for (let piece = previousPiece(node); piece !== null; piece = previousPiece(piece)) {
      before += piece.length;
      const at = indexOf(piece);
      if (at !== undefined) {
        const local = before + clamped;
        return local <= lengths[at]! ? starts[at]! + local : null;
      }
    }
    return null;
  };

  const positionOf = (node: Node, offset: number): number | null => {
    if (node.nodeType === TEXT_NODE) return positionOfText(node as Text, offset);
    if (node.nodeType !== ELEMENT_NODE || !root.contains(node)) return null;
    // A point between children stands where the next text in document order starts: looking
    // only inside the child after it would answer for some points and not for others at the
    // same place (before an empty element, at an element's end), out of document order.
    const child = node.childNodes[offset];
    const next = child !== undefined ? child : following(node, root, false);
    const text = next === null ? null : textAtOrAfter(next, root);
    return text === null ? null : positionOfText(text, 0);
  };

  return { root, text, nodes, starts, lengths, rangeFor, positionOf, pointAt };
}

/** The node after the walker's current node and its subtree, or null at the walk's end. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling !== null) return sibling;
    // Null once above the walker's root.
    if (walker.parentNode() === null) return null;
  }
}

/**
 * The node after `node` in document order within `root`, into its children or past them. A
 * walk by hand: a TreeWalker with a filter calls back into script for every element.
 */
function following(node: Node, root: Node, intoChildren: boolean): Node | null {
  if (intoChildren) {
    const child = node.firstChild;
    if (child !== null) return child;
  }
  for (let at: Node | null = node; at !== null && at !== root; at = at.parentNode) {
    const sibling = at.nextSibling;
    if (sibling !== null) return sibling;
  }
  return null;
}

function isMark(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && (node as Element).localName === MARK_TAG;
}

/** The text node that continues `node` across wrapper boundaries only, if any. */
function nextPiece(node: Text): Text | null {
  let at: Node = node;
  while (at.nextSibling === null) {
    const parent = at.parentNode;
    if (parent === null || !isMark(parent)) return null;
    at = parent;
  }
  let next: Node = at.nextSibling;
  while (next.nodeType === ELEMENT_NODE) {
    if (!isMark(next) || next.firstChild === null) return null;
    next = next.firstChild;
  }
  return next.nodeType === TEXT_NODE ? (next as Text) : null;
}

function previousPiece(node: Text): Text | null {
  let at: Node = node;
  while (at.previousSibling === null) {
    const parent = at.parentNode;
    if (parent === null || !isMark(parent)) return null;
    at = parent;
  }
  let prev: Node = at.previousSibling;
  while (prev.nodeType === ELEMENT_NODE) {
    if (!isMark(prev) || prev.lastChild === null) return null;
    prev = prev.lastChild;
  }
  return prev.nodeType === TEXT_NODE ? (prev as Text) : null;
}

/** The first text node at or after `node` in document order, within `root`. */
function textAtOrAfter(node: Node, root: Node): Text | null {
  for (let at: Node | null = node; at !== null; at = following(at, root, true)) {
    if (at.nodeType === TEXT_NODE) return at as Text;
  }
  return null;
}

/** Which way a DOM position outside the mapped text moves to reach it. */
export type ClampDirection = 'forward' | 'backward';

/**
 * The text offset of a DOM position, the inverse of `pointAt`. A position the map does not
 * cover (inside furniture or our own UI, in skipped indentation, before or after the root)
 * moves to the nearest mapped text: 'forward' to where the next mapped node starts, which
 * suits a selection's start, 'backward' to where the previous one ends, which suits its end.
 * Null when there is no mapped text that way, or the position is in another document.
 */
export function offsetOfPoint(
  map: TextMap,
  node: Node,
  offset: number,
  direction: ClampDirection,
): number | null {
  const direct = map.positionOf(node, offset);
  if (direct !== null) return direct;
  const { nodes, starts, lengths } = map;
  if (nodes.length === 0) return null;
  const probe = map.root.ownerDocument.createRange();
  try {
    probe.setStart(node, Math.max(0, Math.min(offset, nodeLength(node))));
  } catch {
    return null;
  }
  probe.collapse(true);
  // comparePoint: -1 when the given point is before the probe, 1 when after, 0 when equal.
  const compare = (point: Node, at: number): number | null => {
    try {
      return probe.comparePoint(point, at);
    } catch {
      return null;
    }
  };
  // The mapped nodes are in document order, so "lies after the position" flips once.
  if (direction === 'forward') {
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const side = compare(nodes[mid]!, 0);
      if (side === null) return null;
      if (side >= 0) hi = mid;
      else lo = mid + 1;
    }
    return lo < nodes.length ? starts[lo]! : null;
  }
  let lo = -1;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const candidate = nodes[mid]!;
    const side = compare(candidate, candidate.length);
    if (side === null) return null;
    if (side <= 0) lo = mid;
    else hi = mid - 1;
  }
  return lo >= 0 ? starts[lo]! + lengths[lo]! : null;
}

/**
 * The text span a DOM range covers (a reader's selection, say), each end clamped inward to
 * the nearest mapped text. Null when no mapped text lies inside the range.
 */
export function spanOfRange(
  map: TextMap,
  range: Pick<AbstractRange, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>,
): { start: number; end: number } | null {
  let start = offsetOfPoint(map, range.startContainer, range.startOffset, 'forward');
  let end = offsetOfPoint(map, range.endContainer, range.endOffset, 'backward');
  if (start === null || end === null) return null;
  // A point at a block's end or start sits beside a separator, which is no text of the page:
  // a selection from one paragraph's end to the next one's start holds no text at all.
  const { text } = map;
  while (start < end && text[start] === BLOCK_SEPARATOR) start++;
  while (end > start && text[end - 1] === BLOCK_SEPARATOR) end--;
  if (end <= start) return null;
  return { start, end };
}

function nodeLength(node: Node): number {
  if (node.nodeType === TEXT_NODE) return (node as Text).length;
  return node.childNodes.length;
}
