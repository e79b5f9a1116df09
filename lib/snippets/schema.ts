/**
 * A saved snippet: a passage of an article with what a citation needs, what RegLens knew about
 * it when it was saved, and the researcher's note and tags. The zod schema is the one source of
 * the type; every snippet that enters the database (a save, an edit, an import, a stored row
 * read back) is parsed by it first.
 */
import { z } from '../zod';
import { idSchema } from '../kb/schema';

/** W3C TextQuoteSelector: the exact text, with up to 32 characters of context either side. */
export const quoteSelectorSchema = z
  .object({
    exact: z.string().min(1).max(50_000),
    prefix: z.string().max(64).default(''),
    suffix: z.string().max(64).default(''),
  })
  .strict();
export type QuoteSelector = z.infer<typeof quoteSelectorSchema>;

/** W3C TextPositionSelector: offsets into the article text as RegLens reads it. */
export const positionSelectorSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .strict()
  .refine((p) => p.end > p.start, 'a position ends after it starts');
export type PositionSelector = z.infer<typeof positionSelectorSchema>;

/** A date as a page gives it: a day, or a moment with its time zone (ISO 8601). */
export const pageDateSchema = z
  .string()
  .regex(
    /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/,
    'dates are ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD or a date and time',
  );

/** What a citation of the page needs, read from its metadata and then from the page itself. */
export const citationSchema = z
  .object({
    /** The canonical address (link rel=canonical, og:url), else the address it was saved from. */
    url: z.url(),
    /** The address the reader was on when saving. */
    pageUrl: z.url(),
    title: z.string().max(2000),
    /** The host name, for filtering ("www.reuters.com"). */
    site: z.string().max(255),
    /** The publication's own name ("Reuters"), where the page gives one. */
    siteName: z.string().max(500).optional(),
    authors: z.array(z.string().min(1).max(500)).max(100).default([]),
    published: pageDateSchema.optional(),
    modified: pageDateSchema.optional(),
    /** BCP 47 language tag ("en", "zh-CN"). */
    language: z.string().max(35).optional(),
  })
  .strict();
export type Citation = z.infer<typeof citationSchema>;

/** A claim's grade as it stood when the snippet was saved. */
export const gradeSnapshotSchema = z
  .object({
    level: z.enum(['confirmed', 'partly-confirmed', 'strong', 'moderate', 'weak', 'unsupported']),
    reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
    credibility: z.number().int().min(1).max(6),
  })
  .strict();
export type GradeSnapshot = z.infer<typeof gradeSnapshotSchema>;

const isoMomentSchema = z.iso.datetime({ offset: true });

export const snippetSchema = z
  .object({
    id: z
      .string()
      .regex(/^[A-Za-z0-9_-]{6,64}$/, 'snippet ids are 6 to 64 letters, digits, "_" or "-"'),
    quote: quoteSelectorSchema,
    position: positionSelectorSchema.optional(),
    citation: citationSchema,
    /** The outlet actor, when the site is a known outlet's. */
    outlet: idSchema.optional(),
    savedAt: isoMomentSchema,
    updatedAt: isoMomentSchema,
    /** Actors named inside the quote. */
    actors: z.array(idSchema).max(500).default([]),
    /** Claims retold inside the quote. */
    claims: z.array(idSchema).max(500).default([]),
    /** Each claim's grade when the snippet was saved, by claim id. */
    grades: z.record(idSchema, gradeSnapshotSchema).default({}),
    note: z.string().max(50_000).default(''),
    tags: z.array(z.string().trim().min(1).max(100)).max(100).default([]),
  })
  .strict();
export type Snippet = z.infer<typeof snippetSchema>;
export type SnippetInput = z.input<typeof snippetSchema>;

/** The researcher's part of a snippet: all an edit may change. */
export const snippetEditSchema = snippetSchema.pick({ note: true, tags: true });
export type SnippetEdit = z.infer<typeof snippetEditSchema>;
