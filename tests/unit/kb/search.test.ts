import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegLensDb } from '../../../lib/kb/db';
import { searchKnowledge } from '../../../lib/kb/search';
import { seedDataset } from '../../../lib/kb/seed';
import { saveUserClaim } from '../../../lib/kb/user-edits';
import { actor, dataset, dropDb, freshDb } from './helpers';

let db: RegLensDb;
beforeEach(async () => {
  db = freshDb();
  await seedDataset(
    db,
    dataset(
      [
        actor('pboc', {
          kind: 'regulator',
          names: { en: "People's Bank of China", zh: '中国人民银行' },
          aliases: [{ text: 'PBoC', lang: 'en', caseRule: 'sensitive' }],
        }),
        actor('bank-of-china', { names: { en: 'Bank of China', zh: '中国银行' } }),
        actor('ant', { names: { en: 'Ant Group' } }),
      ],
      {
        claims: [
          {
            id: 'jv',
            statement: 'The central bank plans a credit data joint venture with platforms.',
            actors: ['pboc'],
            eventDate: '2021-03',
            sources: [{ outlet: 'Bloomberg', attribution: 'anonymous' }],
            status: 'reported',
          },
        ],
      },
    ),
  );
});
afterEach(async () => {
  await dropDb(db);
});

describe('searchKnowledge', () => {
  it('finds actors by the start of a name or alias, exact matches first', async () => {
    const { actors } = await searchKnowledge(db, 'pbo', 10);
    expect(actors).toEqual([
      {
        id: 'pboc',
        kind: 'regulator',
        name: "People's Bank of China",
        zh: '中国人民银行',
        matched: 'PBoC',
        origin: 'bundled',
        userEdited: false,
      },
    ]);
  });

  it('falls back to text anywhere inside a name, in either script', async () => {
    const { actors } = await searchKnowledge(db, 'bank of china', 10);
    // "Bank of China" is its own name exactly; the PBoC only contains the words.
    expect(actors.map((hit) => [hit.id, hit.matched])).toEqual([
      ['bank-of-china', 'Bank of China'],
      ['pboc', "People's Bank of China"],
    ]);
    expect((await searchKnowledge(db, '人民', 10)).actors.map((hit) => hit.id)).toEqual(['pboc']);
  });

  it("finds claims by their words, the user's own too", async () => {
    await saveUserClaim(db, {
      id: 'mine',
      statement: 'Ant Group shared credit data with the central bank.',
      actors: ['ant'],
      sources: [{ outlet: 'Caixin', attribution: 'anonymous' }],
      status: 'reported',
    });
    const { claims } = await searchKnowledge(db, 'CREDIT  data', 10);
    expect(claims.map((hit) => [hit.claim.id, hit.origin])).toEqual([
      ['jv', 'bundled'],
      ['mine', 'user'],
    ]);
  });

  it('answers an empty query with nothing, and respects the limit', async () => {
    expect(await searchKnowledge(db, '   ', 10)).toEqual({ actors: [], claims: [] });
    expect((await searchKnowledge(db, 'a', 1)).actors).toHaveLength(1);
  });
});
