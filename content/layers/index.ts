import type { AnnotationLayer } from '../types';
import { names } from './names';

/**
 * Every annotation layer, in painting order; where marks overlap, the earlier layer's card opens.
 * Each has its analyser under the same id in lib/background/analyzers/index.ts.
 */
export const layers: readonly AnnotationLayer[] = [names as AnnotationLayer];
