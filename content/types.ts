import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Level } from '@/lib/levels';
import type { Findings } from '@/lib/messaging';
import type { Analyses, LayerId } from '@/lib/background/analyzers';
import type { TextMap } from '@/lib/page';
import type { CardService } from './cards';

/** A stretch of article text read in one go, and what the background found in it so far. */
export interface Passage {
  textMap: TextMap;
  /** The analyses asked for until now, by layer id; a level going up asks for more. */
  analyses: Partial<Analyses>;
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
  /** The one hover-and-card service of the page: a layer adds its marks, the service opens cards. */
  cards: Pick<CardService, 'addSource'>;
  /** Aborted when the layer must take everything it added off the page. */
  signal: AbortSignal;
  /** Tells the page flow that what the layer found changed (a snippet was saved): report again. */
  changed(): void;
}

/** The read-out's part that layers fill, each under its own key. */
export type LayerFindings = Omit<
  Findings,
  'url' | 'title' | 'isArticle' | 'signals' | 'level' | 'canonicalUrl'
>;

/**
 * The page half of one kind of annotation (names, claim sentences, attribution cues, saved
 * snippets). Each lives in its own file in content/layers/, is listed once in
 * content/layers/index.ts under the id of its analyser (lib/background/analyzers/), and takes
 * everything it added off the page when `signal` aborts.
 */
export interface AnnotationLayer<Id extends LayerId = LayerId> {
  id: Id;
  /** The lowest level at which the layer shows; higher levels include it. */
  level: Exclude<Level, 'off'>;
  /** Where the layer's part of the read-out goes. */
  findingsKey: keyof LayerFindings;
  /** Marks the passages read so far (each holds this layer's analysis); returns how to mark later ones. */
  start(context: LayerContext): LayerSession;
  /** What one passage's analysis adds to the read-out. */
  report(analysis: Analyses[Id]): LayerFindings[keyof LayerFindings];
  /** Merges what the passages reported into the page's read-out; by default, all in order. */
  combine?(found: LayerFindings[keyof LayerFindings]): LayerFindings[keyof LayerFindings];
}

export interface LayerSession {
  addPassage(passage: Passage): void;
}
