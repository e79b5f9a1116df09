import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Level } from '@/lib/settings';
import type { PageAnalysis } from '@/lib/messaging';
import type { TextMap } from '@/lib/page';

/** What one annotation pass over an article knows: shared by every layer. */
export interface PageState {
  host: string;
  root: Element;
  textMap: TextMap;
  analysis: PageAnalysis;
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
  start(context: LayerContext): void;
}
