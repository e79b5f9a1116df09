import type { AnnotationLayer } from './types';
import { actorMentions } from './actor-mentions';

/** Every annotation layer, in painting order. */
export const layers: readonly AnnotationLayer[] = [actorMentions];
