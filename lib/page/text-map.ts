import { MARK_TAG, countChars, isBlockTag, isExcludedElement } from './dom-rules';
import { STEP_EVERY, runToEnd, type Steps } from './slice';

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
  chars: number;
  linkChars: number;
  links: number;
}

/**
 * Walks `root` once and maps its article text. Works on any element, so a page that grows
 * (infinite scroll) can be mapped one added subtree at a time. The root itself is always
 * mapped; only its descendants are tested against the exclusion rules, so a caller that
 * maps an added subtree should test the subtree itself with `isExcludedElement` first.
 */
export function buildTextMap(root: Element, options: TextMapOptions = {}): TextMap {
  return runToEnd(buildTextMapSteps(root, options));
}

/**
 * `buildTextMap` in steps that pause now and then, for `runSliced` on long articles. The page
 * may change during a pause; the walk goes on from where it was in the tree as it is then (a
 * node removed meanwhile ends it early), and `rangeFor` checks each node again before pointing
 * into it.
 */
export function* buildTextMapSteps(root: Element, options: TextMapOptions = {}): Steps<TextMap> {
  const doc = root.ownerDocument;
  const skip = options.skip;

  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const lengths: number[] = [];
  let length = 0;
  let atLineStart = true;
  // Counters that let a finished list or group be recognised as a list of links.
  let chars = 0;
  let linkChars = 0;
  let links = 0;
  let linkDepth = 0;
  let paragraphDepth = 0;
  const stack: Frame[] = [];

  const breakLine = (): void => {
    if (atLineStart) return;
    parts.push(BLOCK_SEPARATOR);
    length += 1;
    atLineStart = true;
  };

  const rollBack = (frame: Frame): void => {
    parts.length = frame.parts;
    nodes.length = frame.nodes;
    starts.length = frame.nodes;
    lengths.length = frame.nodes;
    length = frame.length;
    chars = frame.chars;
    linkChars = frame.linkChars;
    links = frame.links;
    const last = parts[parts.length - 1];
    atLineStart = last === undefined || last.endsWith(BLOCK_SEPARATOR);
  };

  const isLinkList = (frame: Frame): boolean => {
    const total = chars - frame.chars;
    if (total === 0) return false;
    const inLinks = linkChars - frame.linkChars;
    const count = links - frame.links;
    if (LIST_TAGS.has(frame.name)) return count >= 2 && inLinks >= 0.8 * total;
    if (GROUP_TAGS.has(frame.name)) return count >= 3 && inLinks >= 0.85 * total;
    return false;
  };

  const leave = (frame: Frame): void => {
    if (frame.name === 'a') {
      linkDepth--;
      if (chars > frame.chars) links++;
    }
    if (PARAGRAPH_TAGS.has(frame.name)) paragraphDepth--;
    if (isLinkList(frame)) rollBack(frame);
    if (frame.block) breakLine();
  };

  let turns = 0;
  // Whether the walk goes into the current node's children: only an accepted element's.
  let descend = false;
  for (
    let node = following(root, root, true);
    node !== null;
    node = following(node, root, descend)
  ) {
    if (++turns % STEP_EVERY === 0) yield;
    descend = false;
    const type = node.nodeType;
    if (type !== TEXT_NODE && type !== ELEMENT_NODE) continue;
    if (type === ELEMENT_NODE) {
      const candidate = node as Element;
      if (isExcludedElement(candidate) || (skip !== undefined && skip(candidate))) continue;
    }
    // Pre-order without rejected subtrees: every element whose subtree is done is on the stack above the parent.
    const parent = node.parentNode;
    while (stack.length > 0 && stack[stack.length - 1]!.node !== parent) leave(stack.pop()!);

    if (type === TEXT_NODE) {
      const textNode = node as Text;
      const data = textNode.data;
      if (data.length === 0) continue;
      const visible = countChars(data);
      // Indentation between blocks adds nothing but noise.
      if (visible === 0 && atLineStart) continue;
      nodes.push(textNode);
      starts.push(length);
      lengths.push(data.length);
      parts.push(data);
      length += data.length;
      atLineStart = data.endsWith(BLOCK_SEPARATOR);
      chars += visible;
      if (linkDepth > 0) linkChars += visible;
      continue;
    }
    const el = node as Element;
    descend = true;
    const name = el.localName;
    // Custom elements are usually layout wrappers, except inside a paragraph.
    const block =
      isBlockTag(name) || (name.includes('-') && name !== MARK_TAG && paragraphDepth === 0);
    stack.push({
      node: el,
      name,
      block,
      parts: parts.length,
      length,
      nodes: nodes.length,
      chars,
      linkChars,
      links,
    });
    if (block) breakLine();
    if (name === 'a') linkDepth++;
    if (PARAGRAPH_TAGS.has(name)) paragraphDepth++;
  }
  while (stack.length > 0) leave(stack.pop()!);

  const text = parts.join('');
  const indexOf = new Map<Text, number>();
  nodes.forEach((n, i) => indexOf.set(n, i));

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
    const own = indexOf.get(node);
    if (own !== undefined) return starts[own]! + Math.min(clamped, lengths[own]!);
    // A later piece of a split node: count back to the recorded first piece.
    let before = 0;
    for (let piece = previousPiece(node); piece !== null; piece = previousPiece(piece)) {
      before += piece.length;
      const index = indexOf.get(piece);
      if (index !== undefined) {
        const local = before + clamped;
        return local <= lengths[index]! ? starts[index]! + local : null;
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
