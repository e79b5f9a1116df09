/**
 * Answers one page's request for analyses: runs the analysers it names, sharing the name matching
 * between them, and returns each one's result under its layer id.
 */
import type { Mention } from '../kb/types';
import type { Knowledge } from './knowledge';
import { analyzers, type Analyses, type LayerId } from './analyzers';
import type { AnalysisInput, AnalysisKit } from './analyzers/types';

export async function analyzeText(
  input: AnalysisInput,
  wanted: readonly LayerId[],
  knowledge: Knowledge,
  signal?: AbortSignal,
): Promise<Partial<Analyses>> {
  let mentions: Promise<readonly Mention[]> | null = null;
  const kit: AnalysisKit = {
    knowledge,
    ...(signal ? { signal } : {}),
    mentions() {
      mentions ??= knowledge
        .nameMatcher()
        .then((matcher) => matcher.match(input.text, { host: input.host }));
      return mentions;
    },
  };
  const out: Partial<Record<LayerId, unknown>> = {};
  await Promise.all(
    [...new Set(wanted)].map(async (id) => {
      out[id] = await analyzers[id].analyze(input, kit);
    }),
  );
  return out as Partial<Analyses>;
}
