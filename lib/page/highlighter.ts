import { MARK_TAG } from './dom-rules';

export type HighlightMode = 'custom-highlight' | 'wrapper';

export interface HighlighterOptions {
  /** A CSS identifier: the CSS.highlights key, and the marker on wrapper elements. */
  name: string;
  /** CSS declarations for this highlight's ranges, e.g. "background-color: #fde68a". */
  styles: string;
  /** Declarations added for the active (hovered) highlight. */
  activeStyles?: string;
  /** Declarations per kind given to `add`, on top of `styles`. */
  kindStyles?: Readonly<Record<string, string>>;
  /**
   * Custom Highlight API priority; the active style paints at priority + 1, so leave a
   * gap between highlighters that should stack.
   */
  priority?: number;
  /** 'auto' (the default) uses the Custom Highlight API where the browser has it. */
  mode?: 'auto' | HighlightMode;
}

export interface Highlighter {
  readonly name: string;
  readonly mode: HighlightMode;
  /**
   * Highlights `ranges` under `id` (adding to what `id` already has). Collapsed, detached
   * or foreign ranges are skipped; returns how many ranges were taken.
   */
  add(id: string, ranges: readonly Range[], kind?: string): number;
  /** Takes one highlight off (the rest stay); in wrapper mode its text is glued back. */
  remove(id: string): void;
  /** Removes every highlight; in wrapper mode the page's DOM is restored exactly. */
  clear(): void;
  /** clear(), then removes the style sheet and registrations. The highlighter is spent. */
  destroy(): void;
  /** The id of a highlight that contains this DOM position. */
  idAt(node: Node, offset: number): string | null;
  /** The id of the highlight under a viewport point. */
  idAtPoint(x: number, y: number): string | null;
  /** Fresh ranges over what `id` highlights, in the order added. */
  rangesOf(id: string): Range[];
  ids(): string[];
  /** Gives one highlight the active style (null for none). */
  setActive(id: string | null): void;
}

const DEFAULT_ACTIVE_STYLES = 'text-decoration-line: underline; text-decoration-thickness: 2px;';
const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]*$/;
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

/** A structural stand-in for the Custom Highlight API's Highlight, so it can be faked in tests. */
interface HighlightLike {
  priority: number;
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
}
type HighlightConstructor = new (...ranges: AbstractRange[]) => HighlightLike;
interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  get(name: string): unknown;
  delete(name: string): boolean;
}
interface HighlightApi {
  registry: HighlightRegistryLike;
  Highlight: HighlightConstructor;
}

interface WindowLike {
  CSS?: { highlights?: HighlightRegistryLike };
  Highlight?: HighlightConstructor;
  CSSStyleSheet?: typeof CSSStyleSheet;
}

function windowOf(doc: Document): WindowLike {
  return (doc.defaultView ?? globalThis) as unknown as WindowLike;
}

function highlightApi(doc: Document): HighlightApi | null {
  const view = windowOf(doc);
  const registry = view.CSS?.highlights;
  const ctor = view.Highlight;
  if (registry === undefined || typeof ctor !== 'function') return null;
  return { registry, Highlight: ctor };
}

/** Whether this document's browser paints CSS Custom Highlights. */
export function supportsCustomHighlights(doc: Document): boolean {
  return highlightApi(doc) !== null;
}

/**
 * Adds a constructed style sheet to the document. Built with the document's own
 * CSSStyleSheet, because a sheet can only be adopted by the document it was made for.
 */
function adoptSheet(doc: Document, css: string): CSSStyleSheet | null {
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

function dropSheet(doc: Document, sheet: CSSStyleSheet | null): void {
  if (sheet === null) return;
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
}

function kindKey(kind: string): string {
  return kind.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** A range we can still paint: not collapsed, in this document, and attached. */
function isUsable(range: Range, doc: Document): boolean {
  if (range.collapsed) return false;
  const start = range.startContainer;
  const end = range.endContainer;
  return (
    start.isConnected && end.isConnected && start.ownerDocument === doc && end.ownerDocument === doc
  );
}

interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: Document, x: number, y: number): Caret | null {
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

/**
 * Whether (x, y) falls on one of the ranges' boxes. A caret position is ambiguous at a
 * highlight's edges (the caret before a word is also after the previous one), so hits are
 * confirmed against the rendered boxes; without layout (tests), there is nothing to check.
 */
function confirmByBoxes(ranges: readonly Range[], x: number, y: number): boolean {
  let sawBox = false;
  for (const range of ranges) {
    if (typeof range.getClientRects !== 'function') return true;
    const rects = range.getClientRects();
    for (let i = 0; i < rects.length; i++) {
      const r = rects[i]!;
      if (r.width === 0 && r.height === 0) continue;
      sawBox = true;
      if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
    }
  }
  return !sawBox;
}

export function createHighlighter(doc: Document, options: HighlighterOptions): Highlighter {
  if (!NAME_PATTERN.test(options.name)) {
    throw new TypeError(`Highlighter name must be a CSS identifier: ${options.name}`);
  }
  const api = highlightApi(doc);
  const wanted = options.mode ?? 'auto';
  if (api !== null && wanted !== 'wrapper') return createCustomHighlighter(doc, api, options);
  return createWrapperHighlighter(doc, options);
}

interface CustomEntry {
  ranges: Range[];
  /** The registered highlight holding the ranges (the base one or the kind's). */
  target: HighlightLike;
}

function createCustomHighlighter(
  doc: Document,
  api: HighlightApi,
  options: HighlighterOptions,
): Highlighter {
  const { name } = options;
  const priority = options.priority ?? 0;
  const registered = new Map<string, HighlightLike>();
  const register = (key: string, p: number): HighlightLike => {
    const highlight = new api.Highlight();
    highlight.priority = p;
    // A stale registration under our name (an earlier content script) is replaced.
    api.registry.set(key, highlight);
    registered.set(key, highlight);
    return highlight;
  };

  const base = register(name, priority);
  const byKind = new Map<string, HighlightLike>();
  const rules = [`::highlight(${name}) { ${options.styles} }`];
  for (const [kind, styles] of Object.entries(options.kindStyles ?? {})) {
    const key = `${name}-${kindKey(kind)}`;
    byKind.set(kind, register(key, priority));
    // The kind's own highlight paints alone, so it carries the base styles as well.
    rules.push(`::highlight(${key}) { ${options.styles} ${styles} }`);
  }
  const activeKey = `${name}-active`;
  const active = register(activeKey, priority + 1);
  rules.push(`::highlight(${activeKey}) { ${options.activeStyles ?? DEFAULT_ACTIVE_STYLES} }`);
  let sheet = adoptSheet(doc, rules.join('\n'));

  const entries = new Map<string, CustomEntry>();
  let activeId: string | null = null;
  let destroyed = false;

  const candidatesAt = (node: Node, offset: number): string[] => {
    const inside: string[] = [];
    const atEnd: string[] = [];
    for (const [id, entry] of entries) {
      for (const range of entry.ranges) {
        let hit = false;
        try {
          hit = range.isPointInRange(node, offset);
        } catch {
          continue;
        }
        if (!hit) continue;
        // The point just after a highlight belongs to it only when nothing else claims it.
        if (node === range.endContainer && offset === range.endOffset) atEnd.push(id);
        else inside.push(id);
        break;
      }
    }
    return [...inside, ...atEnd];
  };

  const clear = (): void => {
    for (const highlight of registered.values()) highlight.clear();
    entries.clear();
    activeId = null;
  };

  return {
    name,
    mode: 'custom-highlight',
    add(id, ranges, kind) {
      if (destroyed) return 0;
      const target = (kind !== undefined && byKind.get(kind)) || base;
      let entry = entries.get(id);
      if (entry === undefined) {
        entry = { ranges: [], target };
        entries.set(id, entry);
      }
      let taken = 0;
      for (const range of ranges) {
        if (!isUsable(range, doc)) continue;
        // Our own copy: the caller may reuse or move its range.
        const copy = range.cloneRange();
        entry.target.add(copy);
        entry.ranges.push(copy);
        if (activeId === id) active.add(copy);
        taken++;
      }
      if (entry.ranges.length === 0) entries.delete(id);
      return taken;
    },
    remove(id) {
      const entry = entries.get(id);
      if (entry === undefined) return;
      for (const range of entry.ranges) {
        entry.target.delete(range);
        active.delete(range);
      }
      entries.delete(id);
      if (activeId === id) activeId = null;
    },
    clear,
    destroy() {
      if (destroyed) return;
      clear();
      for (const [key, highlight] of registered) {
        if (api.registry.get(key) === highlight) api.registry.delete(key);
      }
      registered.clear();
      dropSheet(doc, sheet);
      sheet = null;
      destroyed = true;
    },
    idAt(node, offset) {
      return candidatesAt(node, offset)[0] ?? null;
    },
    idAtPoint(x, y) {
      const caret = caretAt(doc, x, y);
      if (caret === null) return null;
      for (const id of candidatesAt(caret.node, caret.offset)) {
        if (confirmByBoxes(entries.get(id)!.ranges, x, y)) return id;
      }
      return null;
    },
    rangesOf(id) {
      return (entries.get(id)?.ranges ?? []).map((r) => r.cloneRange());
    },
    ids() {
      return [...entries.keys()];
    },
    setActive(id) {
      active.clear();
      activeId = id;
      if (id === null) return;
      for (const range of entries.get(id)?.ranges ?? []) active.add(range);
    },
  };
}

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

function createWrapperHighlighter(doc: Document, options: HighlighterOptions): Highlighter {
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

  return {
    name,
    mode: 'wrapper',
    add(id, ranges, kind) {
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
    },
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
