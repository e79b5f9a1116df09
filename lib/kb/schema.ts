/**
 * The knowledge base's single source of truth. Every type RegLens uses for actors, claims,
 * sources and datasets is inferred from these schemas, and every row that enters the
 * database (bundled dataset, import, stored row, message) is parsed by them first.
 */
import { z } from '../zod';

export const idSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9_.-]*$/i, 'ids use letters, digits, "_", "-" and "." only');

/** ISO-8601 calendar date, or a coarser year-month or year when that is all that is known. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD');

// The closed lists of words records use come first, so each record below reads as its fields.
export const actorKindSchema = z.enum([
  'regulator',
  'institution',
  'company',
  'product',
  'person',
  'outlet',
  'law',
  'event',
]);
export type ActorKind = z.infer<typeof actorKindSchema>;

export const languageSchema = z.enum(['en', 'zh', 'zh-Hant', 'pinyin', 'other']);
export type Language = z.infer<typeof languageSchema>;

export const relationKindSchema = z.enum([
  'partOf',
  'parentOf',
  'subsidiaryOf',
  'operates',
  'owns',
  'shareholderOf',
  'supervises',
  'regulates',
  'licensed',
  'fined',
  'summoned',
  'investigated',
  'issued',
  'drafted',
  'enforces',
  'ledBy',
  'leads',
  'founded',
  'foundedBy',
  'successorOf',
  'predecessorOf',
  'reportedOn',
  'worksFor',
  'receivesDataFrom',
  'sharesDataWith',
  'subjectOf',
  'relatedTo',
]);
export type RelationKind = z.infer<typeof relationKindSchema>;

/**
 * Who made a record: the bundled dataset (updated by new releases), a dataset the user imported
 * (updated by its newer versions), or the user (never touched).
 */
export const originSchema = z.enum(['bundled', 'user', 'imported']);
export type RecordOrigin = z.infer<typeof originSchema>;

export const attributionKindSchema = z.enum([
  'anonymous',
  'named-official',
  'official-document',
  'company-statement',
  'citing-outlet',
]);
export type AttributionKind = z.infer<typeof attributionKindSchema>;

export const claimStatusSchema = z.enum([
  'reported',
  'confirmed',
  'partially-confirmed',
  'disputed',
  'denied',
  'superseded',
]);
export type ClaimStatus = z.infer<typeof claimStatusSchema>;

/**
 * When a short or generic alias is really ours. Every list is matched after normalisation
 * (see lib/match/normalize), case-insensitively.
 */
export const contextRuleSchema = z
  .object({
    /** Reject when the text right after the match starts with one of these ("CAC" + " 40"). */
    notFollowedBy: z.array(z.string().min(1)).optional(),
    /** Reject when the text right before the match ends with one of these ("Michael " + "Bloomberg"). */
    notPrecededBy: z.array(z.string().min(1)).optional(),
    /** Keep only when the article also contains one of these terms anywhere. */
    pageMentionsAny: z.array(z.string().min(1)).optional(),
    /** Reject when the sentence holding the match contains one of these terms. */
    sentenceExcludes: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type ContextRule = z.infer<typeof contextRuleSchema>;

export const aliasSchema = z
  .object({
    text: z.string().min(1).max(200),
    lang: languageSchema,
    /**
     * `sensitive`: the page must show the alias's capitalisation (acronyms, "Ant").
     * `insensitive`: any case. Defaults to insensitive.
     */
    caseRule: z.enum(['sensitive', 'insensitive']).default('insensitive'),
    context: contextRuleSchema.optional(),
    /** Why this alias exists when it is not obvious (a mistranslation, an old name). */
    note: z.string().optional(),
  })
  .strict();
export type Alias = z.infer<typeof aliasSchema>;
export type AliasInput = z.input<typeof aliasSchema>;

export const relationSchema = z
  .object({
    kind: relationKindSchema,
    target: idSchema,
    since: partialDateSchema.optional(),
    until: partialDateSchema.optional(),
    note: z.string().optional(),
  })
  .strict();
export type Relation = z.infer<typeof relationSchema>;

export const actorSchema = z
  .object({
    id: idSchema,
    kind: actorKindSchema,
    names: z
      .object({
        en: z.string().min(1),
        zh: z.string().min(1).optional(),
        zhHant: z.string().min(1).optional(),
        pinyin: z.string().min(1).optional(),
      })
      .strict(),
    aliases: z.array(aliasSchema).default([]),
    summary: z.string().min(1),
    relations: z.array(relationSchema).default([]),
    /** Outlets only: the web domains the outlet publishes on ("bloomberg.com"). */
    domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)).optional(),
    /** Known traps, in words, for dataset authors and the card ("Bank of China is not the PBoC"). */
    cautions: z.array(z.string()).optional(),
  })
  .strict();
export type Actor = z.infer<typeof actorSchema>;
export type ActorInput = z.input<typeof actorSchema>;

export const sourceSchema = z
  .object({
    /** Actor id of the outlet (kind "outlet"), or a plain name when the outlet is not an actor. */
    outlet: z.string().min(1),
    date: partialDateSchema.optional(),
    headline: z.string().optional(),
    /** Only when the address is known; never constructed. */
    url: z.url().optional(),
    attribution: attributionKindSchema,
    /** For `citing-outlet`: the outlet whose report this one relays. */
    cites: z.string().optional(),
    /** What the actor concerned said: confirmed, denied, declined, no response. */
    actorResponse: z.enum(['confirmed', 'denied', 'declined', 'no-response']).optional(),
    note: z.string().optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

export const developmentSchema = z
  .object({
    date: partialDateSchema,
    event: z.string().min(1),
    /** Whether this later event bears out the claim. */
    effect: z.enum(['confirms', 'partly-confirms', 'contradicts', 'context']).default('context'),
    url: z.url().optional(),
  })
  .strict();
export type Development = z.infer<typeof developmentSchema>;

/**
 * One part of what a claim says (who, what was done, to what, a detail), for recognising a
 * sentence that retells the claim in other words. A sentence says the part when it contains one
 * of `any` or names one of `actors`.
 */
export const claimTermSchema = z
  .object({
    /**
     * Words and phrases that say this part, in any language. English words also match their
     * inflections ("share" finds "shares", "shared", "sharing") and a possessive; the words of
     * a phrase may have up to two words between them ("hand over data" finds "hand over its
     * data"). Chinese is matched as written.
     */
    any: z.array(z.string().min(1)).default([]),
    /** Actors whose mention in the sentence says this part (the company fined, the product). */
    actors: z.array(idSchema).default([]),
    /** How much this part counts towards the score. */
    weight: z.number().positive().max(10).default(1),
    /** A sentence that does not say this part never carries the claim. */
    required: z.boolean().default(false),
    /**
     * The claim's predicate: a negation in front of it ("did not agree to share", "未同意")
     * must agree with the claim's own statement, or the sentence says something else.
     */
    polar: z.boolean().default(false),
  })
  .strict();
export type ClaimTerm = z.infer<typeof claimTermSchema>;

/** How the claim matcher recognises retellings of a claim; without it, the statement and cues serve. */
export const claimMatchSchema = z
  .object({
    terms: z.array(claimTermSchema).min(1),
    /**
     * Figures the claim states, one per entry, written as a reader would ("18.228 billion
     * yuan", "$2.8 billion", "4%", "second"). A sentence that gives figures of the same kind
     * (amounts, shares, ranks) must agree with one of them, however it writes it.
     */
    numbers: z.array(z.string().min(1)).default([]),
    /** Share of the terms' total weight a sentence must say; 0.5 when not set. */
    minScore: z.number().min(0).max(1).optional(),
  })
  .strict();
export type ClaimMatch = z.infer<typeof claimMatchSchema>;

export const claimSchema = z
  .object({
    id: idSchema,
    statement: z.string().min(1),
    actors: z.array(idSchema).min(1),
    eventDate: partialDateSchema.optional(),
    sources: z.array(sourceSchema).min(1),
    status: claimStatusSchema,
    developments: z.array(developmentSchema).default([]),
    /** Phrases that mark a sentence on a page as carrying this claim (matched like aliases). */
    cues: z.array(z.string().min(1)).default([]),
    /** Key terms and figures for recognising sentences that retell the claim in other words. */
    match: claimMatchSchema.optional(),
    note: z.string().optional(),
  })
  .strict();
export type Claim = z.infer<typeof claimSchema>;
export type ClaimInput = z.input<typeof claimSchema>;

export const datasetSchema = z
  .object({
    id: idSchema,
    /** Semantic version; a higher version replaces the bundled records it owns. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    title: z.string().min(1),
    description: z.string().optional(),
    actors: z.array(actorSchema),
    claims: z.array(claimSchema).default([]),
  })
  .strict();
export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;

/** A record as stored: the record plus where it came from and whether the user edited it. */
export const storedMetaSchema = z.object({
  origin: originSchema,
  datasetId: z.string().optional(),
  userEdited: z.boolean().default(false),
  updatedAt: z.number(),
});

export const storedActorSchema = actorSchema.extend(storedMetaSchema.shape);
export type StoredActor = z.infer<typeof storedActorSchema>;

export const storedClaimSchema = claimSchema.extend(storedMetaSchema.shape);
export type StoredClaim = z.infer<typeof storedClaimSchema>;
