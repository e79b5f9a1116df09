import type { Mention } from '../../kb/types';
import type { Knowledge } from '../knowledge';

/** One stretch of article text, as the page read it. */
export interface AnalysisInput {
  text: string;
  host: string;
  /** The page's addresses (where it is open, its canonical one), for what was saved from it. */
  urls?: readonly string[];
}

/** What every analyser of one request shares. */
export interface AnalysisKit {
  knowledge: Knowledge;
  /** The names in the text: matched once per request, however many analysers need them. */
  mentions(): Promise<readonly Mention[]>;
  /** Aborted when the page that asked is gone: analysers that work in pieces stop between them. */
  signal?: AbortSignal;
}

/**
 * The background half of one annotation layer: what the layer needs to know about a text. Each
 * lives in its own file and is listed once, under its layer's id, in analyzers/index.ts.
 */
export interface Analyzer<Result> {
  analyze(input: AnalysisInput, kit: AnalysisKit): Promise<Result>;
}
