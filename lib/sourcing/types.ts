import { z } from '../zod';
import { attributionKindSchema } from '../kb/schema';

/**
 * How strongly a claim is sourced, computed from its sources and later developments only
 * (never typed in by hand), with the NATO Admiralty Code's two axes and the reasons in words.
 */
export const sourcingGradeSchema = z.object({
  /**
   * The badge's word. `confirmed` and `partly-confirmed` say that documents, the actor or later
   * events bore the claim out; `strong`, `moderate` and `weak` grade reporting that nothing has
   * confirmed yet; `unsupported` is contradicted, denied or unsourced.
   */
  level: z.enum(['confirmed', 'partly-confirmed', 'strong', 'moderate', 'weak', 'unsupported']),
  /** Admiralty Code source reliability: A (completely reliable) to F (cannot be judged). */
  reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
  reliabilityText: z.string(),
  /** Admiralty Code information credibility: 1 (confirmed) to 6 (cannot be judged). */
  credibility: z.number().int().min(1).max(6),
  credibilityText: z.string(),
  independentOutlets: z.number().int().nonnegative(),
  bestAttribution: attributionKindSchema.nullable(),
  /** One plain sentence fragment per rule that shaped the grade. */
  reasons: z.array(z.string()),
  /** The reasons joined into one readable sentence. */
  summary: z.string(),
});
export type SourcingGrade = z.infer<typeof sourcingGradeSchema>;
