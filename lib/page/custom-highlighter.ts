/**
 * The highlighter on the CSS Custom Highlight API: ranges are registered with the browser,
 * which paints them; the page's nodes are never touched.
 */
import type { Highlighter, HighlighterOptions } from './highlighter';
import {
  DEFAULT_ACTIVE_STYLES,
  adoptSheet,
  caretAt,
  dropSheet,
  isUsable,
  kindKey,
  windowOf,
} from './highlighter-dom';

/** A structural stand-in for the Custom Highlight API's Highlight, so it can be faked in tests. */
export interface HighlightLike {
  priority: number;
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
}
export type HighlightConstructor = new (...ranges: AbstractRange[]) => HighlightLike;
export interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  get(name: string): unknown;
  delete(name: string): boolean;
}
export interface HighlightApi {
  registry: HighlightRegistryLike;
  Highlight: HighlightConstructor;
}

/** The browser's highlight registry and constructor, or null where it has none. */
export function highlightApi(doc: Document): HighlightApi | null {
  const view = windowOf(doc);
  const registry = view.CSS?.highlights;
  const ctor = view.Highlight;
  if (registry === undefined || typeof ctor !== 'function') return null;
  return { registry, Highlight: ctor };
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

interface CustomEntry {
  ranges: Range[];
  /** The registered highlight holding the ranges (the base one or the kind's). */
  target: HighlightLike;
}

export function createCustomHighlighter(
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
  const kindKeyOf = (kind: string) => `${name}-${kindKey(kind)}`;
  const activeKey = `${name}-active`;
  const rules = [`::highlight(${name}) { ${options.styles} }`];
  for (const [kind, styles] of Object.entries(options.kindStyles ?? {})) {
    // The kind's own highlight paints alone, so it carries the base styles as well.
    rules.push(`::highlight(${kindKeyOf(kind)}) { ${options.styles} ${styles} }`);
  }
  rules.push(`::highlight(${activeKey}) { ${options.activeStyles ?? DEFAULT_ACTIVE_STYLES} }`);
  for (const [query, media] of Object.entries(options.media ?? {})) {
    const inner = [`::highlight(${name}) { ${media.styles ?? ''} }`];
    for (const kind of Object.keys(options.kindStyles ?? {})) {
      inner.push(
        `::highlight(${kindKeyOf(kind)}) { ${media.styles ?? ''} ${media.kindStyles?.[kind] ?? ''} }`,
      );
    }
    inner.push(`::highlight(${activeKey}) { ${media.activeStyles ?? ''} }`);
    rules.push(`@media ${query} { ${inner.join(' ')} }`);
  }
  const active = register(activeKey, priority + 1);
  /** A kind's highlight is registered with its first mark: the browser tends every one registered. */
  const highlightOf = (kind: string | undefined): HighlightLike => {
    if (kind === undefined || !Object.hasOwn(options.kindStyles ?? {}, kind)) return base;
    let highlight = byKind.get(kind);
    if (highlight === undefined) {
      highlight = register(kindKeyOf(kind), priority);
      byKind.set(kind, highlight);
    }
    return highlight;
  };
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

  const add = (id: string, ranges: readonly Range[], kind: string | undefined, copy: boolean) => {
    if (destroyed) return 0;
    const target = highlightOf(kind);
    let entry = entries.get(id);
    if (entry === undefined) {
      entry = { ranges: [], target };
      entries.set(id, entry);
    }
    let taken = 0;
    for (const range of ranges) {
      if (!isUsable(range, doc)) continue;
      // Our own copy, unless the caller gave the range up: it may reuse or move its own.
      const kept = copy ? range.cloneRange() : range;
      entry.target.add(kept);
      entry.ranges.push(kept);
      if (activeId === id) active.add(kept);
      taken++;
    }
    if (entry.ranges.length === 0) entries.delete(id);
    return taken;
  };

  return {
    name,
    mode: 'custom-highlight',
    add: (id, ranges, kind) => add(id, ranges, kind, true),
    adopt: (id, ranges, kind) => add(id, ranges, kind, false),
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
