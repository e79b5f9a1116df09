/**
 * Every analyser, under the id of the annotation layer it serves (content/layers/index.ts lists
 * the page halves under the same ids). The page asks for analyses by these ids, so a new layer
 * is one analyser here and one layer there; tests/unit/layer-lists.test.ts keeps both complete.
 */
import type { Analyzer } from './types';
import { namesAnalyzer } from './names';
import { attributionsAnalyzer } from './attributions';
import { claimsAnalyzer } from './claims';
import { snippetsAnalyzer } from './snippets';

export const analyzers = {
  names: namesAnalyzer,
  attributions: attributionsAnalyzer,
  claims: claimsAnalyzer,
  snippets: snippetsAnalyzer,
} satisfies Record<string, Analyzer<unknown>>;

export type LayerId = keyof typeof analyzers;

/** What each analyser answers, by layer id. */
export type Analyses = {
  [K in LayerId]: Awaited<ReturnType<(typeof analyzers)[K]['analyze']>>;
};

export const layerIds = Object.keys(analyzers) as [LayerId, ...LayerId[]];
