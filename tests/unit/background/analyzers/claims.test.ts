import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegLensDb } from '@/lib/kb/db';
import { seedDataset } from '@/lib/kb/seed';
import { createKnowledge, type Knowledge } from '@/lib/background/knowledge';
import { analyzeText } from '@/lib/background/analyze';
import { dropDb, freshDb, readCore } from '../../kb/helpers';

let db: RegLensDb;
let knowledge: Knowledge;
beforeAll(async () => {
  db = freshDb();
  await seedDataset(db, readCore(), 'bundled');
  knowledge = createKnowledge(db, async () => {});
});
afterAll(async () => {
  await dropDb(db);
});

const RETOLD =
  'Ant Group has agreed to hand a state-backed database the credit records of its roughly 500 million borrowers.';
const NOT_A_CLAIM = 'Ant Group reported higher profits for the quarter.';

describe('the claims analyser', () => {
  it('finds the sentence that retells a known claim, with the claim’s grade, and not one that only names its actors', async () => {
    const text = `${NOT_A_CLAIM} ${RETOLD}`;
    const { claims } = await analyzeText({ text, host: 'news.example' }, ['claims'], knowledge);
    expect(claims?.sentences.map((s) => [s.claimId, s.text])).toEqual([['sr08', RETOLD]]);
    const [hit] = claims!.sentences;
    expect(text.slice(hit!.start, hit!.end)).toBe(RETOLD);
    expect(claims?.claims.sr08).toMatchObject({ id: 'sr08', grade: { level: expect.any(String) } });
    expect(claims?.claims.sr08?.grade.summary.length).toBeGreaterThan(10);
  });

  it('shares the name matching with the names analyser in one request', async () => {
    const both = await analyzeText({ text: RETOLD, host: 'x' }, ['names', 'claims'], knowledge);
    expect(both.names?.mentions.map((m) => m.actorId)).toContain('ant');
    expect(both.claims?.sentences).toHaveLength(1);
  });
});

describe('the claims analyser on a long text', () => {
  it('finds in pieces exactly what one pass over the whole text finds', async () => {
    const paragraph = `${NOT_A_CLAIM} Filler about markets and weather, with no claim in it. ${RETOLD}`;
    const text = Array.from({ length: 400 }, () => paragraph).join('\u2029');
    expect(text.length).toBeGreaterThan(3 * 25_000);
    const { claims } = await analyzeText({ text, host: 'x' }, ['claims'], knowledge);
    expect(claims?.sentences).toHaveLength(400);
    for (const sentence of claims!.sentences) {
      expect(sentence.claimId).toBe('sr08');
      expect(text.slice(sentence.start, sentence.end)).toBe(RETOLD);
    }
  });
});
