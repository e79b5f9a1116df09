import type { ActorKind } from '../kb/schema';

/** One actor named in a text: offsets are UTF-16 indices into the text that was matched. */
export interface Mention {
  actorId: string;
  start: number;
  end: number;
  /** The page's own text for the mention, as it appears (original case, original spaces). */
  text: string;
  /** The alias that matched, as written in the knowledge base. */
  alias: string;
}

/** What a page tells the matcher about itself, for context rules and self-recognition. */
export interface MatchContext {
  /** Host name of the page, used to know the page's own outlet. */
  host?: string;
}

/** The compact actor facts a page needs to label highlights without asking again. */
export interface ActorLabel {
  id: string;
  kind: ActorKind;
  name: string;
  zh?: string;
}
