import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Level } from '@/lib/levels';
import type { PageAnalysis } from '@/lib/messaging';
import type { TextMap } from '@/lib/page';

/** A stretch of article text read in one go, and what the background found in it. */
export interface Passage {
  textMap: TextMap;
  analysis: PageAnalysis;
}

/** What the annotation of an article knows: shared by every layer. */
export interface PageState {
  host: string;
  root: Element;
  /** The article as first read, then each piece of text the page added later. */
  passages: Passage[];
}

export interface LayerContext {
  doc: Document;
  /** WXT's context: shadow-root UI and listeners that end when the extension goes away. */
  ctx: ContentScriptContext;
  page: PageState;
  /** Aborted when the layer must take everything it added off the page. */
  signal: AbortSignal;
}

/**
 * One kind of annotation (names, claim sentences, attribution cues, saved snippets). Each lives
 * in its own file, is listed once in layers/index.ts, and cleans up through `signal`.
 */
export interface AnnotationLayer {
  id: string;
  /** The lowest level at which the layer shows; higher levels include it. */
  level: Exclude<Level, 'off'>;
  /** Annotates the passages read so far; returns how to annotate passages read later. */
  start(context: LayerContext): LayerSession;
}

export interface LayerSession {
  addPassage(passage: Passage): void;
}
