export type { ActorLabel, Mention } from '../kb/types';

/** What a page tells the matcher about itself, for context rules and self-recognition. */
export interface MatchContext {
  /** Host name of the page, used to know the page's own outlet. */
  host?: string;
}
