/**
 * The cue file for attribution kinds (assets/datasets/attribution-cues.json): its shape, and
 * every pattern compiled once to catch what the shape cannot (unknown sets, unbalanced groups).
 * The pattern language is described in lib/match/attribution.ts.
 */
import { z } from '../zod';
import { ATTRIBUTION_KINDS, attributionCueProblems } from '../match/attribution';

const kindSchema = z.enum(ATTRIBUTION_KINDS);

const patternsSchema = z.array(z.string().trim().min(1, 'a cue pattern is empty'));

const kindCuesSchema = z
  .object({
    /** What the kind means and where its edges are, for the people who edit the file. */
    about: z.string().min(1),
    en: patternsSchema.min(1, 'each kind needs English cues'),
    zh: patternsSchema.min(1, 'each kind needs Chinese cues'),
  })
  .strict();

const setSchema = z
  .object({
    /** Literals match with either case of their first letter anywhere (titles before names). */
    anyCase: z.boolean().optional(),
    items: z.array(z.string().trim().min(1, 'a set item is empty')).min(1, 'a set needs items'),
  })
  .strict();

const baseSchema = z
  .object({
    version: z.number().int().positive(),
    about: z.string().optional(),
    /** Kinds in the order they win when one sentence carries cues of several. */
    priority: z
      .array(kindSchema)
      .refine(
        (list) => list.length === ATTRIBUTION_KINDS.length && new Set(list).size === list.length,
        `priority must list each kind once: ${ATTRIBUTION_KINDS.join(', ')}`,
      ),
    priorityReasons: z.string().optional(),
    sets: z.record(
      z.string().regex(/^[A-Za-z][\w.-]*$/, 'set names use letters, digits, ".", "_" and "-"'),
      setSchema,
    ),
    kinds: z
      .object(
        Object.fromEntries(ATTRIBUTION_KINDS.map((kind) => [kind, kindCuesSchema])) as Record<
          (typeof ATTRIBUTION_KINDS)[number],
          typeof kindCuesSchema
        >,
      )
      .strict(),
  })
  .strict();

export type AttributionCues = z.infer<typeof baseSchema>;

export const attributionCuesSchema = baseSchema.superRefine((data, ctx) => {
  for (const problem of attributionCueProblems(data))
    ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});

/** Parses a cue file, or throws one error that lists every problem with where it is. */
export function parseAttributionCues(data: unknown): AttributionCues {
  const result = attributionCuesSchema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(file)'}: ${issue.message}`,
  );
  throw new Error(`attribution cues are not valid:\n${lines.join('\n')}`);
}
