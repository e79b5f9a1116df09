/**
 * Attributions: how each sentence of the text attributes what it says (people familiar with the
 * matter, a named official, a document, the company, no comment, another outlet, vague), from the
 * bundled cue file, compiled once.
 */
import cueFile from '../../../assets/datasets/attribution-cues.json';
import { attributionCuesSchema } from '../../kb/attribution-cues-schema';
import { formatIssues } from '../../kb/check';
import { compileAttributionCues, type AttributionHit } from '../../match/attribution';
import { splitSentences } from '../../match/sentences';
import type { Analyzer } from './types';
import { nextPiece, piecesOf } from '../pieces';

export interface AttributedSentence extends AttributionHit {
  /** The sentence, as the page writes it. */
  text: string;
  /** The words that gave the kind away. */
  cue: string;
}

export interface AttributionsAnalysis {
  /** Every attributing sentence, in reading order, with the words that gave its kind away. */
  sentences: AttributedSentence[];
}

/** The cue file, checked and compiled; a broken file is a build error, named by its paths. */
export function compileBundledCues(data: unknown = cueFile) {
  const parsed = attributionCuesSchema.safeParse(data);
  if (!parsed.success) {
    throw new Error(
      `The attribution cue file is invalid: ${formatIssues(parsed.error.issues).join('; ')}`,
    );
  }
  return compileAttributionCues(parsed.data);
}

export const attributionsAnalyzer: Analyzer<AttributionsAnalysis> = {
  async analyze({ text }, { knowledge, signal }) {
    const classifier = await knowledge.derived('attribution-cues', async () =>
      compileBundledCues(),
    );
    const sentences: AttributedSentence[] = [];
    for (const [k, { start, end }] of piecesOf(text).entries()) {
      if (k > 0) await nextPiece(signal);
      const part = text.slice(start, end);
      for (const hit of classifier.find(part, splitSentences(part))) {
        const at = {
          start: hit.start + start,
          end: hit.end + start,
          cueStart: hit.cueStart + start,
          cueEnd: hit.cueEnd + start,
        };
        sentences.push({
          ...hit,
          ...at,
          text: text.slice(at.start, at.end),
          cue: text.slice(at.cueStart, at.cueEnd),
        });
      }
    }
    return { sentences };
  },
};
