/**
 * The highlighter for browsers without the Custom Highlight API: each highlighted piece of
 * text is wrapped in an element of ours, and clearing glues the page's text nodes back.
 */
import { MARK_TAG } from './dom-rules';
import type { Highlighter, HighlighterOptions } from './highlighter';
import {
  DEFAULT_ACTIVE_STYLES,
  adoptSheet,
  caretAt,
  dropSheet,
  isUsable,
  kindKey,
} from './highlighter-dom';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_TEXT = 0x4;

/** Parents whose text is not rendered as text, or where an inline element would not belong. */
const NO_WRAP_PARENTS = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'option',
  'select',
  'template',
  'noscript',
]);
/** Where white space between children is layout only; wrapping it would insert stray boxes. */
const STRUCTURAL_PARENTS = new Set([
  'html',
  'head',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'colgroup',
  'ul',
  'ol',
  'dl',
  'select',
  'optgroup',
  'datalist',
]);

/*
 * Wrapper mode splits text nodes. Every split is recorded as a chain of pieces whose first
 * piece is the page's original node, shared by all wrapper highlighters of a document: a
 * claim highlighter may split a piece a mention highlighter made, and whichever clears
 * last must still be able to glue the original node back together.
 */
interface Chain {
  pieces: Text[];
}
const chainsByDocument = new WeakMap<Document, WeakMap<Text, Chain>>();

function chainsOf(doc: Document): WeakMap<Text, Chain> {
  let chains = chainsByDocument.get(doc);
  if (chains === undefined) {
    chains = new WeakMap();
    chainsByDocument.set(doc, chains);
  }
  return chains;
}

function isMark(node: Node | null): boolean {
  return (
    node !== null && node.nodeType === ELEMENT_NODE && (node as Element).localName === MARK_TAG
  );
}

/** Glues a chain back into its first node, once no wrapper holds any of its pieces. */
function mergeChain(chains: WeakMap<Text, Chain>, chain: Chain): void {
  const { pieces } = chain;
  if (pieces.some((piece) => isMark(piece.parentNode))) return;
  const first = pieces[0]!;
  let merged = 1;
  while (merged < pieces.length) {
    const piece = pieces[merged]!;
    // Only pieces still sitting right after the first can be glued; the page may have moved them.
    if (first.parentNode === null || first.nextSibling !== piece) break;
    first.appendData(piece.data);
    piece.remove();
    chains.delete(piece);
    merged++;
  }
  if (merged === pieces.length) {
    chains.delete(first);
  } else {
    chain.pieces = [first, ...pieces.slice(merged)];
  }
}

interface Segment {
  node: Text;
  start: number;
  end: number;
  wrapper: Element | null;
}

interface WrapperEntry {
  /** Segments per added range, in document order. */
  groups: Segment[][];
  wrappers: Element[];
}

/** The text-node pieces a range covers, read before anything is written. */
function segmentsOf(doc: Document, range: Range): Segment[] {
  const start = range.startContainer;
  const end = range.endContainer;
  const out: Segment[] = [];
  const take = (node: Text): void => {
    const parent = node.parentElement;
    if (parent === null || NO_WRAP_PARENTS.has(parent.localName)) return;
    const from = node === start ? range.startOffset : 0;
    const to = node === end ? range.endOffset : node.length;
    if (to <= from) return;
    if (STRUCTURAL_PARENTS.has(parent.localName) && node.data.slice(from, to).trim() === '') return;
    out.push({ node, start: from, end: to, wrapper: null });
  };
  if (start === end && start.nodeType === TEXT_NODE) {
    take(start as Text);
    return out;
  }
  const walker = doc.createTreeWalker(range.commonAncestorContainer, SHOW_TEXT);
  walker.currentNode = start;
  if (start.nodeType === TEXT_NODE) take(start as Text);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    let where: number;
    try {
      where = range.comparePoint(node, 0);
    } catch {
      break;
    }
    if (where > 0) break;
    if (node !== end && !range.intersectsNode(node)) continue;
    take(node as Text);
    if (node === end) break;
  }
  return out;
}

export function createWrapperHighlighter(doc: Document, options: HighlighterOptions): Highlighter {
  const { name } = options;
  const activeStyles = options.activeStyles ?? DEFAULT_ACTIVE_STYLES;
  const kindStyles = options.kindStyles ?? {};
  const chains = chainsOf(doc);

  const selector = `${MARK_TAG}[data-reglens-hl="${name}"]`;
  const rules = [`${selector} { ${options.styles} }`];
  for (const [kind, styles] of Object.entries(kindStyles)) {
    rules.push(`${selector}[data-reglens-kind="${kindKey(kind)}"] { ${styles} }`);
  }
  rules.push(`${selector}[data-reglens-active] { ${activeStyles} }`);
  for (const [query, media] of Object.entries(options.media ?? {})) {
    const inner = [`${selector} { ${media.styles ?? ''} }`];
    // Each kind's rule outranks the base one, so it takes the query's base styles as well.
    for (const kind of Object.keys(kindStyles)) {
      inner.push(
        `${selector}[data-reglens-kind="${kindKey(kind)}"] { ${media.styles ?? ''} ${media.kindStyles?.[kind] ?? ''} }`,
      );
    }
    inner.push(`${selector}[data-reglens-active] { ${media.activeStyles ?? ''} }`);
    rules.push(`@media ${query} { ${inner.join(' ')} }`);
  }
  let sheet = adoptSheet(doc, rules.join('\n'));

  const inlineStyle = (kind: string | undefined, isActive: boolean): string =>
    [
      options.styles,
      kind !== undefined ? (kindStyles[kind] ?? '') : '',
      isActive ? activeStyles : '',
    ]
      .filter((s) => s !== '')
      .join(' ');

  let wrappers: Element[] = [];
  const owner = new WeakMap<Element, string>();
  const kindOf = new WeakMap<Element, string>();
  const entries = new Map<string, WrapperEntry>();
  const touched = new Set<Chain>();
  let activeId: string | null = null;
  let destroyed = false;

  /** Records that `piece` was cut off the end of `from`. */
  const recordSplit = (from: Text, piece: Text): void => {
    let chain = chains.get(from);
    if (chain === undefined) {
      chain = { pieces: [from] };
      chains.set(from, chain);
    }
    chain.pieces.splice(chain.pieces.indexOf(from) + 1, 0, piece);
    chains.set(piece, chain);
    touched.add(chain);
  };

  const wrap = (piece: Text, id: string, kind: string | undefined): Element => {
    const el = doc.createElement(MARK_TAG);
    el.setAttribute('data-reglens-hl', name);
    if (kind !== undefined) el.setAttribute('data-reglens-kind', kindKey(kind));
    if (sheet === null) el.setAttribute('style', inlineStyle(kind, activeId === id));
    if (activeId === id) el.setAttribute('data-reglens-active', '');
    piece.parentNode!.insertBefore(el, piece);
    el.appendChild(piece);
    owner.set(el, id);
    if (kind !== undefined) kindOf.set(el, kind);
    const chain = chains.get(piece);
    if (chain !== undefined) touched.add(chain);
    return el;
  };

  const markActive = (id: string | null, on: boolean): void => {
    if (id === null) return;
    for (const el of entries.get(id)?.wrappers ?? []) {
      if (on) el.setAttribute('data-reglens-active', '');
      else el.removeAttribute('data-reglens-active');
      if (sheet === null) el.setAttribute('style', inlineStyle(kindOf.get(el), on));
    }
  };

  const idAt = (node: Node, _offset: number): string | null => {
    for (let at: Node | null = node; at !== null; at = at.parentNode) {
      if (at.nodeType !== ELEMENT_NODE) continue;
      const id = owner.get(at as Element);
      if (id !== undefined && entries.has(id)) return id;
    }
    return null;
  };

  /** Takes `els` off the page and glues back the text they split, where nothing else holds it. */
  const unwrap = (els: readonly Element[], candidates: Set<Chain>): void => {
    // Chains with a piece inside these wrappers may be mergeable once unwrapped, even if another highlighter split them.
    for (const el of els) {
      for (let child = el.firstChild; child !== null; child = child.nextSibling) {
        const chain = child.nodeType === TEXT_NODE ? chains.get(child as Text) : undefined;
        if (chain !== undefined) candidates.add(chain);
      }
    }
    for (let i = els.length - 1; i >= 0; i--) {
      const el = els[i]!;
      const parent = el.parentNode;
      if (parent === null) continue;
      while (el.firstChild !== null) parent.insertBefore(el.firstChild, el);
      parent.removeChild(el);
    }
    for (const chain of candidates) mergeChain(chains, chain);
  };

  const clear = (): void => {
    unwrap(wrappers, new Set(touched));
    wrappers = [];
    entries.clear();
    touched.clear();
    activeId = null;
  };

  const remove = (id: string): void => {
    const entry = entries.get(id);
    if (entry === undefined) return;
    const gone = new Set(entry.wrappers);
    unwrap(entry.wrappers, new Set());
    wrappers = wrappers.filter((el) => !gone.has(el));
    entries.delete(id);
    if (activeId === id) activeId = null;
  };

  const add = (id: string, ranges: readonly Range[], kind?: string): number => {
    if (destroyed) return 0;
    // Read everything first: each write moves nodes that later ranges point into.
    const groups: Segment[][] = [];
    for (const range of ranges) {
      if (!isUsable(range, doc)) continue;
      const segments = segmentsOf(doc, range);
      if (segments.length > 0) groups.push(segments);
    }
    if (groups.length === 0) return 0;

    const byNode = new Map<Text, Segment[]>();
    for (const segment of groups.flat()) {
      const list = byNode.get(segment.node);
      if (list === undefined) byNode.set(segment.node, [segment]);
      else list.push(segment);
    }

    const made: Element[] = [];
    for (const [node, segments] of byNode) {
      segments.sort((a, b) => a.start - b.start || a.end - b.end);
      // Overlapping pieces of one id share a wrapper.
      const clusters: { start: number; end: number; members: Segment[] }[] = [];
      for (const segment of segments) {
        const last = clusters[clusters.length - 1];
        if (last !== undefined && segment.start < last.end) {
          last.end = Math.max(last.end, segment.end);
          last.members.push(segment);
        } else {
          clusters.push({ start: segment.start, end: segment.end, members: [segment] });
        }
      }
      // Right to left, so the offsets still ahead stay valid in the shrinking first piece.
      for (let i = clusters.length - 1; i >= 0; i--) {
        const cluster = clusters[i]!;
        if (cluster.end < node.length) recordSplit(node, node.splitText(cluster.end));
        let piece = node;
        if (cluster.start > 0) {
          piece = node.splitText(cluster.start);
          recordSplit(node, piece);
        }
        const el = wrap(piece, id, kind);
        made.push(el);
        for (const member of cluster.members) member.wrapper = el;
      }
    }

    let entry = entries.get(id);
    if (entry === undefined) {
      entry = { groups: [], wrappers: [] };
      entries.set(id, entry);
    }
    entry.groups.push(...groups);
    entry.wrappers.push(...made);
    wrappers.push(...made);
    return groups.length;
  };

  return {
    name,
    mode: 'wrapper',
    add,
    // Wrappers keep no ranges: there is nothing to copy either way.
    adopt: add,
    remove,
    clear,
    destroy() {
      if (destroyed) return;
      clear();
      dropSheet(doc, sheet);
      sheet = null;
      destroyed = true;
    },
    idAt,
    idAtPoint(x, y) {
      const hit = typeof doc.elementFromPoint === 'function' ? doc.elementFromPoint(x, y) : null;
      const id = hit === null ? null : idAt(hit, 0);
      if (id !== null) return id;
      const caret = caretAt(doc, x, y);
      return caret === null ? null : idAt(caret.node, caret.offset);
    },
    rangesOf(id) {
      const out: Range[] = [];
      for (const group of entries.get(id)?.groups ?? []) {
        const first = group[0]?.wrapper;
        const last = group[group.length - 1]?.wrapper;
        if (!first || !last || !first.isConnected || !last.isConnected) continue;
        const range = doc.createRange();
        range.setStart(first, 0);
        range.setEnd(last, last.childNodes.length);
        out.push(range);
      }
      return out;
    },
    ids() {
      return [...entries.keys()];
    },
    setActive(id) {
      markActive(activeId, false);
      activeId = id;
      markActive(id, true);
    },
  };
}
