/**
 * Claims: the sentences of a text that retell a claim the knowledge base holds, each with the
 * claim's grade. Candidates come from the names found in and around each sentence.
 */
import type { ClaimLabel } from '../../kb/types';
import type { ClaimHit } from '../../match/claims';
import type { Analyzer } from './types';
import { nextPiece, piecesOf } from '../pieces';

export interface ClaimSentence extends ClaimHit {
  /** The sentence, as the page writes it. */
  text: string;
}

export interface ClaimsAnalysis {
  /** Each sentence that retells a known claim, in reading order. */
  sentences: ClaimSentence[];
  /** The claims retold, by id: what a mark and the read-out show without asking again. */
  claims: Record<string, ClaimLabel>;
}

export const claimsAnalyzer: Analyzer<ClaimsAnalysis> = {
  async analyze({ text }, { knowledge, mentions, signal }) {
    const [matcher, graded, found] = await Promise.all([
      knowledge.claimMatcher(),
      knowledge.claimLabels(),
      mentions(),
    ]);
    const sentences: ClaimSentence[] = [];
    const pieces = piecesOf(text);
    for (const [k, { start, end }] of pieces.entries()) {
      if (k > 0) await nextPiece(signal);
      const part = text.slice(start, end);
      const here = found
        .filter((m) => m.start >= start && m.end <= end)
        .map((m) => ({ ...m, start: m.start - start, end: m.end - start }));
      for (const hit of matcher.match(part, here)) {
        const at = { start: hit.start + start, end: hit.end + start };
        sentences.push({ ...hit, ...at, text: text.slice(at.start, at.end) });
      }
    }
    const claims: Record<string, ClaimLabel> = {};
    for (const { claimId } of sentences) {
      const label = graded.get(claimId);
      if (label) claims[claimId] = label;
    }
    return { sentences, claims };
  },
};
