import type { AnnotationLayer } from '../types';
import { names } from './names';
import { attributions } from './attributions';
import { claims } from './claims';
import { snippets } from './snippets';

/**
 * Every annotation layer. Where marks overlap, the earlier layer's card opens: a name inside an
 * attribution cue inside a saved snippet inside a claim sentence opens the actor's card. Each has its analyser under the
 * same id in lib/background/analyzers/index.ts.
 */
export const layers: readonly AnnotationLayer[] = [
  names as AnnotationLayer,
  attributions as AnnotationLayer,
  snippets as AnnotationLayer,
  claims as AnnotationLayer,
];
