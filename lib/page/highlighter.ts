/**
 * Paints ranges of page text under ids, and says which id is under a point. Two ways to
 * paint, one interface: the CSS Custom Highlight API (custom-highlighter.ts), which leaves
 * the page's DOM alone, and wrapper elements (wrapper-highlighter.ts) where the browser
 * lacks it, which come off without a trace.
 */
import { createCustomHighlighter, highlightApi } from './custom-highlighter';
import { createWrapperHighlighter } from './wrapper-highlighter';

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
   * Declarations that replace the above while a media query holds, by query: e.g.
   * `'(forced-colors: active)'`, where the system's colours stand in for the page's.
   */
  media?: Readonly<Record<string, HighlightStyles>>;
  /**
   * Custom Highlight API priority; the active style paints at priority + 1, so leave a
   * gap between highlighters that should stack.
   */
  priority?: number;
  /** 'auto' (the default) uses the Custom Highlight API where the browser has it. */
  mode?: 'auto' | HighlightMode;
}

/** Styles a media query puts in force (see HighlighterOptions.media). */
export interface HighlightStyles {
  styles?: string;
  activeStyles?: string;
  kindStyles?: Readonly<Record<string, string>>;
}

export interface Highlighter {
  readonly name: string;
  readonly mode: HighlightMode;
  /**
   * Highlights `ranges` under `id` (adding to what `id` already has). Collapsed, detached
   * or foreign ranges are skipped; returns how many ranges were taken.
   */
  add(id: string, ranges: readonly Range[], kind?: string): number;
  /**
   * As `add`, with ranges the caller made for this highlight and lets go of: they are kept as
   * they are instead of copied, so the caller must not move them afterwards.
   */
  adopt(id: string, ranges: readonly Range[], kind?: string): number;
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

const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Whether this document's browser paints CSS Custom Highlights. */
export function supportsCustomHighlights(doc: Document): boolean {
  return highlightApi(doc) !== null;
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
