import { describe, expect, it } from 'vitest';
import { claims } from '@/content/layers/claims';
import type { AnnotationLayer, Passage } from '@/content/types';
import { startLayer } from './start-layer';
import type { ClaimsAnalysis } from '@/lib/background/analyzers/claims';
import { claimSchema } from '@/lib/kb/schema';
import { gradeClaim } from '@/lib/sourcing/grade';
import { buildTextMap } from '@/lib/page';

const SENTENCE = 'Ant agreed to share the credit data of its 500 million borrowers.';
const grade = gradeClaim(
  claimSchema.parse({
    id: 'sr08',
    statement: 's',
    actors: ['ant'],
    status: 'confirmed',
    sources: [{ outlet: 'x', attribution: 'anonymous' }],
  }),
);

function setUp() {
  document.body.innerHTML = `<article><p>Other news. ${SENTENCE.replace('credit data', '<a href="/x">credit data</a>')}</p></article>`;
  const root = document.querySelector('article')!;
  const textMap = buildTextMap(root);
  const start = textMap.text.indexOf(SENTENCE);
  const analysis: ClaimsAnalysis = {
    sentences: [
      { claimId: 'sr08', start, end: start + SENTENCE.length, score: 0.9, text: SENTENCE },
    ],
    claims: { sr08: { id: 'sr08', statement: 's', grade } },
  };
  const passage: Passage = { textMap, analyses: { claims: analysis } };
  return { root, passage, start };
}

describe('the claims layer', () => {
  it('marks the whole sentence, opens the claim’s card, and comes off without a trace', () => {
    const { root, passage } = setUp();
    const before = document.body.innerHTML;
    const { sources, controller, marked } = startLayer(claims as AnnotationLayer, root, [passage]);
    expect(marked()).toBe(SENTENCE);
    expect(sources[0]?.cardFor('p0m0')).toEqual({ kind: 'claim', id: 'sr08' });
    controller.abort();
    expect(document.body.innerHTML).toBe(before);
  });

  it('reports each sentence with its claim and grade', () => {
    const { passage, start } = setUp();
    expect(claims.report(passage.analyses.claims!)).toEqual([
      {
        claimId: 'sr08',
        text: SENTENCE,
        start,
        end: start + SENTENCE.length,
        grade: {
          level: grade.level,
          reliability: grade.reliability,
          credibility: grade.credibility,
        },
      },
    ]);
  });
});
