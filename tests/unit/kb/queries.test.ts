import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegLensDb } from '../../../lib/kb/db';
import { getActorCard, getClaimCard, labelOf, loadActors } from '../../../lib/kb/queries';
import { seedDataset } from '../../../lib/kb/seed';
import { actor, dataset, dropDb, freshDb, readCore } from './helpers';

let db: RegLensDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

const small = dataset(
  [
    actor('regulator', {
      kind: 'regulator',
      names: { en: 'The Regulator', zh: '监管' },
      relations: [{ kind: 'fined', target: 'firm', since: '2021-04-10', note: 'A big fine.' }],
    }),
    actor('firm', { relations: [{ kind: 'operates', target: 'app' }] }),
    actor('app', { kind: 'product' }),
  ],
  {
    claims: [
      {
        id: 'claim1',
        statement: 'The regulator fined the firm.',
        actors: ['regulator', 'firm'],
        eventDate: '2021-04-10',
        sources: [{ outlet: 'Somewhere', attribution: 'official-document' }],
        status: 'confirmed',
      },
      {
        id: 'claim2',
        statement: 'Only about the app.',
        actors: ['app'],
        sources: [{ outlet: 'Somewhere', attribution: 'anonymous' }],
        status: 'reported',
      },
    ],
  },
);

describe('labelOf', () => {
  it('gives id, kind, English and Chinese name', () => {
    const [regulator] = small.actors;
    expect(labelOf({ ...regulator!, aliases: [], relations: [] } as never)).toEqual({
      id: 'regulator',
      kind: 'regulator',
      name: 'The Regulator',
      zh: '监管',
    });
  });
});

describe('loadActors', () => {
  it('returns parsed actors without storage fields', async () => {
    await seedDataset(db, small);
    const actors = await loadActors(db);
    expect(actors.map((a) => a.id)).toEqual(['app', 'firm', 'regulator']);
    expect(actors[0]).not.toHaveProperty('origin');
    expect(actors[0]).not.toHaveProperty('aliasKeys');
  });

  it('reports and skips a damaged row', async () => {
    await seedDataset(db, small);
    await db.actors.put({ id: 'broken', kind: 'nonsense' } as never);
    const problems: string[] = [];
    const actors = await loadActors(db, (problem) => problems.push(problem));
    expect(actors).toHaveLength(3);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('"broken"');
  });
});

describe('getActorCard', () => {
  it("returns relations in both directions with labels, and the actor's claims", async () => {
    await seedDataset(db, small);
    const card = await getActorCard(db, 'firm');
    expect(card?.actor.id).toBe('firm');
    expect(card?.actor).not.toHaveProperty('datasetId');
    expect(card?.relations).toEqual([
      { kind: 'operates', inverse: false, other: { id: 'app', kind: 'product', name: 'APP' } },
      {
        kind: 'fined',
        since: '2021-04-10',
        note: 'A big fine.',
        inverse: true,
        other: { id: 'regulator', kind: 'regulator', name: 'The Regulator', zh: '监管' },
      },
    ]);
    expect(card?.claims.map((c) => c.claim.id)).toEqual(['claim1']);
    expect(card?.claims[0]?.grade).toMatchObject({
      level: 'confirmed',
      reliability: 'A',
      credibility: 1,
      bestAttribution: 'official-document',
      independentOutlets: 1,
    });
  });

  it('grades claims newest first, naming outlets and the actor from the actors table', async () => {
    await seedDataset(
      db,
      dataset(
        [
          actor('bank', { kind: 'regulator', names: { en: 'Central Bank' } }),
          actor('wire', { kind: 'outlet', names: { en: 'Wire News' } }),
        ],
        {
          claims: [
            {
              id: 'older',
              statement: 'An older report.',
              actors: ['bank'],
              eventDate: '2020-11',
              sources: [{ outlet: 'wire', attribution: 'anonymous', actorResponse: 'no-response' }],
              status: 'reported',
            },
            {
              id: 'undated',
              statement: 'No date known.',
              actors: ['bank'],
              sources: [{ outlet: 'Some Paper', attribution: 'citing-outlet', cites: 'wire' }],
              status: 'reported',
            },
            {
              id: 'newer',
              statement: 'A newer report.',
              actors: ['bank'],
              eventDate: '2021-03-02',
              sources: [{ outlet: 'wire', attribution: 'named-official' }],
              status: 'reported',
            },
          ],
        },
      ),
    );
    const card = await getActorCard(db, 'bank');
    expect(card?.claims.map((c) => c.claim.id)).toEqual(['newer', 'older', 'undated']);
    const older = card?.claims[1]?.grade;
    expect(older).toMatchObject({ level: 'moderate', reliability: 'D', credibility: 3 });
    expect(older?.summary).toBe(
      'One outlet (Wire News), citing unnamed sources; the Central Bank did not respond.',
    );
    expect(card?.claims[2]?.grade.reasons[0]).toBe(
      'one outlet: Wire News (known only through a relay, Some Paper)',
    );
    // Outlets that are actors get their names for the card; plain names need none.
    expect(card?.outletNames).toEqual({ wire: 'Wire News' });
  });

  it('returns null for an unknown actor', async () => {
    await seedDataset(db, small);
    expect(await getActorCard(db, 'nobody')).toBeNull();
  });

  it('builds the PBoC card from the bundled dataset', async () => {
    await seedDataset(db, readCore());
    const card = await getActorCard(db, 'pboc');
    const other = (inverse: boolean) =>
      card?.relations.filter((r) => r.inverse === inverse).map((r) => `${r.kind}:${r.other.id}`);
    expect(other(false)).toEqual(
      expect.arrayContaining(['licensed:baihang', 'ledBy:pan_gongsheng']),
    );
    expect(other(true)).toEqual(expect.arrayContaining(['partOf:crc', 'reportedOn:bloomberg']));
  });
});

describe('getClaimCard', () => {
  const related = dataset(
    [
      actor('regulator', { kind: 'regulator', names: { en: 'The Regulator' } }),
      actor('firm'),
      actor('app', { kind: 'product' }),
      actor('wire', { kind: 'outlet', names: { en: 'Wire Daily' } }),
    ],
    {
      claims: [
        {
          id: 'fine',
          statement: 'The regulator fined the firm.',
          actors: ['regulator', 'firm'],
          eventDate: '2021-04-10',
          sources: [{ outlet: 'wire', attribution: 'official-document' }],
          status: 'confirmed',
        },
        {
          id: 'probe',
          statement: 'The regulator opened a probe into the firm.',
          actors: ['firm', 'regulator'],
          eventDate: '2020-12-24',
          sources: [{ outlet: 'wire', attribution: 'anonymous' }],
          status: 'reported',
        },
        {
          id: 'later',
          statement: 'The regulator spoke about the firm again.',
          actors: ['regulator', 'firm'],
          eventDate: '2023-07-07',
          sources: [{ outlet: 'wire', attribution: 'named-official' }],
          status: 'reported',
        },
        {
          id: 'app-only',
          statement: 'The firm’s app was pulled.',
          actors: ['app', 'firm'],
          eventDate: '2021-04-11',
          sources: [{ outlet: 'Elsewhere', attribution: 'anonymous' }],
          status: 'reported',
        },
        {
          id: 'unrelated',
          statement: 'Only the app.',
          actors: ['app'],
          sources: [{ outlet: 'Elsewhere', attribution: 'anonymous' }],
          status: 'reported',
        },
      ],
    },
  );

  it('gives the claim, its grade, its actors and the claims nearest to it', async () => {
    await seedDataset(db, related);
    const card = await getClaimCard(db, 'fine');
    expect(card?.claim.statement).toBe('The regulator fined the firm.');
    expect(card?.grade.level).toBe('confirmed');
    expect(card?.actors.map((a) => a.name)).toEqual(['The Regulator', 'FIRM']);
    // Both actors shared first, nearest in time first; one shared actor after; none never.
    expect(card?.related.map((c) => c.id)).toEqual(['probe', 'later', 'app-only']);
    expect(card?.related[0]?.grade.level).toBeDefined();
    expect(card?.outletNames).toEqual({ wire: 'Wire Daily' });
  });

  it('keeps the related list short', async () => {
    await seedDataset(db, related);
    expect((await getClaimCard(db, 'fine', () => {}, 1))?.related.map((c) => c.id)).toEqual([
      'probe',
    ]);
  });

  it('answers null for a claim that does not exist', async () => {
    await seedDataset(db, related);
    expect(await getClaimCard(db, 'nope')).toBeNull();
  });
});
