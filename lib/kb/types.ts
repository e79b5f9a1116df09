/**
 * The shapes the knowledge base hands to the rest of the extension: what a page learns about the
 * actors it names, and what a card shows. The protocol (lib/messaging.ts) carries them, the
 * knowledge base makes them, and both import them from here, so neither depends on the other.
 */
import { z } from '../zod';
import { actorKindSchema, actorSchema, claimSchema, relationKindSchema } from './schema';
import { sourcingGradeSchema } from '../sourcing/types';

/** The compact actor facts a page needs to label highlights without asking again. */
export const actorLabelSchema = z.object({
  id: z.string(),
  kind: actorKindSchema,
  name: z.string(),
  zh: z.string().optional(),
});
export type ActorLabel = z.infer<typeof actorLabelSchema>;

/** One actor named in a text: offsets are UTF-16 indices into the text that was matched. */
export const mentionSchema = z.object({
  actorId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The page's own text for the mention, as it appears (original case, original spaces). */
  text: z.string(),
  /** The alias that matched, as written in the knowledge base. */
  alias: z.string(),
});
export type Mention = z.infer<typeof mentionSchema>;

/** A mention as the read-out reports it: who, of what kind, where, as the page writes it. */
export const foundMentionSchema = mentionSchema.omit({ alias: true }).extend({
  name: z.string(),
  /** The actor's Chinese name, where known, for readers of Chinese. */
  zh: z.string().optional(),
  kind: actorKindSchema,
});
export type FoundMention = z.infer<typeof foundMentionSchema>;

/** Everything a hover card shows about one actor. */
export const actorCardSchema = z.object({
  actor: actorSchema,
  relations: z.array(
    z.object({
      kind: relationKindSchema,
      since: z.string().optional(),
      until: z.string().optional(),
      note: z.string().optional(),
      /** true when the relation is stored on the other actor and points here. */
      inverse: z.boolean(),
      other: actorLabelSchema,
    }),
  ),
  /** Claims about the actor, newest event first, each with its computed sourcing grade. */
  claims: z.array(z.object({ claim: claimSchema, grade: sourcingGradeSchema })),
  /** Display names of the outlets the claims' sources name by actor id ("wsj" -> "The Wall Street Journal"). */
  outletNames: z.record(z.string(), z.string()),
});
export type ActorCardData = z.infer<typeof actorCardSchema>;

/** A claim as another card lists it: enough to name it and show its badge. */
export const claimLabelSchema = z.object({
  id: z.string(),
  statement: z.string(),
  grade: sourcingGradeSchema,
});
export type ClaimLabel = z.infer<typeof claimLabelSchema>;

/** Everything a claim card shows: the claim, its grade, who is in it, and claims near it. */
export const claimCardSchema = z.object({
  claim: claimSchema,
  grade: sourcingGradeSchema,
  /** The claim's actors, in the claim's order. */
  actors: z.array(actorLabelSchema),
  /** Other claims about the same actors, most shared actors first, then nearest in time. */
  related: z.array(claimLabelSchema),
  /** Display names of the outlets the sources name by actor id. */
  outletNames: z.record(z.string(), z.string()),
});
export type ClaimCardData = z.infer<typeof claimCardSchema>;
