/**
 * Every earlier database version upgrades with every record intact. A database is built as that
 * version of RegLens built it (raw Dexie, the old stores, rows as the old schemas allowed them),
 * filled with 1,000 snippets and the reader's own work (actors and claims created, bundled ones
 * edited, an imported dataset), then opened by the current code and read back through the same
 * paths the extension uses.
 */
import fc from 'fast-check';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackgroundService } from '@/lib/background/service';
import { aliasKeysOf, openDb } from '@/lib/kb/db';
import { migrateSnippetRowV1, migrateSnippetRowsV1 } from '@/lib/kb/migrations';
import { actorSchema, claimSchema, type Actor, type Claim } from '@/lib/kb/schema';
import { listSnippets } from '@/lib/kb/snippet-store';
import { dispatch } from '@/lib/messaging';
import { snippetSchema } from '@/lib/snippets/schema';
import { actor, dataset } from './helpers';

/** The stores of database version 1, as its RegLens declared them. */
const V1_STORES = {
  actors: 'id, kind, origin, datasetId, *aliasKeys',
  claims: 'id, *actors, status, origin, datasetId',
  datasets: 'id',
  snippets: 'id, url, saved, *tags, *actors, *claims',
};

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function newName(): string {
  const name = `reglens-upgrade-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
}

const actorRow = (a: Actor, meta: Record<string, unknown>) => ({
  ...a,
  ...meta,
  updatedAt: 1_600_000_000_000,
  aliasKeys: aliasKeysOf(a),
});
const claimRow = (c: Claim, meta: Record<string, unknown>) => ({
  ...c,
  ...meta,
  updatedAt: 1_600_000_000_000,
});

const pboc = actorSchema.parse(
  actor('pboc', { kind: 'regulator', names: { en: "People's Bank of China", zh: '中国人民银行' } }),
);
const antEdited = actorSchema.parse(
  actor('ant', { names: { en: 'Ant Group', zh: '蚂蚁集团' }, summary: 'My own summary.' }),
);
const mine = actorSchema.parse(
  actor('fintech-unit', {
    kind: 'institution',
    names: { en: 'Fintech Unit', zh: '金融科技部' },
    aliases: [{ text: 'FTU', lang: 'en', caseRule: 'sensitive' }],
    relations: [{ kind: 'partOf', target: 'pboc', since: '2019' }],
    summary: 'The central bank’s fintech department <b>as I noted</b>.',
  }),
);
const imported = actorSchema.parse(actor('imported-one', { names: { en: 'Imported One' } }));
const bundledClaim = claimSchema.parse({
  id: 'jv',
  statement: 'The central bank plans a credit data joint venture.',
  actors: ['pboc', 'ant'],
  status: 'reported',
  sources: [{ outlet: 'caixin', attribution: 'anonymous', date: '2021-03-01' }],
});
const myClaim = claimSchema.parse({
  id: 'my-claim',
  statement: 'The Fintech Unit drafted the rules.',
  actors: ['fintech-unit', 'pboc'],
  status: 'confirmed',
  eventDate: '2021-04',
  sources: [{ outlet: 'pboc', attribution: 'official-document' }],
  developments: [{ date: '2021-05-01', event: 'Published.', effect: 'confirms' }],
  note: 'Mine.',
});

const v1Actors = [
  actorRow(pboc, { origin: 'bundled', datasetId: 'reglens-core', userEdited: false }),
  actorRow(antEdited, { origin: 'bundled', datasetId: 'reglens-core', userEdited: true }),
  actorRow(mine, { origin: 'user', userEdited: true }),
  actorRow(imported, { origin: 'imported', datasetId: 'their-set', userEdited: false }),
];
const v1Claims = [
  claimRow(bundledClaim, { origin: 'bundled', datasetId: 'reglens-core', userEdited: false }),
  claimRow(myClaim, { origin: 'user', userEdited: true }),
];
const v1Datasets = [
  { id: 'reglens-core', version: '1.0.0', seededAt: 1 },
  { id: 'their-set', version: '2.1.0', seededAt: 2 },
];

/** A version-1 snippet row as the version-1 schema allowed it. */
function v1Snippet(i: number): Record<string, unknown> {
  const chinese = i % 3 === 0;
  const row: Record<string, unknown> = {
    id: `snip-${String(i).padStart(4, '0')}`,
    quote: {
      exact: chinese
        ? `蚂蚁集团同意分享数据，第${i}段。`
        : `Ant agreed to share data, passage ${i}.`,
      prefix: i % 5 === 0 ? '' : '据报道，',
      suffix: '。',
      ...(i % 2 === 0 ? { start: i * 10 } : {}),
    },
    url: `https://news.example/story-${i % 40}?id=${i}`,
    title: `Story ${i % 40} <i>with markup</i>`,
    site: i % 4 === 0 ? 'News Example' : 'news.example',
    author: i % 7 === 0 ? [] : ['Lulu Chen', 'Zheng Wang'],
    saved: Date.UTC(2021, 0, 1) + i * 3_600_000,
    actors: i % 2 === 0 ? ['ant', 'pboc'] : ['fintech-unit'],
    claims: i % 10 === 0 ? ['jv'] : [],
    note: i % 6 === 0 ? '' : `Note ${i}: check against the FT.\nSecond line.`,
    tags: i % 8 === 0 ? [] : ['credit', '征信'],
  };
  if (i % 9 === 0) row.published = '2021-09-16';
  return row;
}

/** Builds a version-1 database and fills it. */
async function buildV1(name: string, snippets: Record<string, unknown>[]): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(V1_STORES);
  await old.table('actors').bulkAdd(v1Actors);
  await old.table('claims').bulkAdd(v1Claims);
  await old.table('datasets').bulkAdd(v1Datasets);
  await old.table('snippets').bulkAdd(snippets);
  old.close();
}

describe('database version 1 to version 2', () => {
  it('is the only step there is: a new version needs its own test here', async () => {
    const db = openDb(newName());
    await db.open();
    expect(db.verno).toBe(2);
    db.close();
  });

  it('keeps every actor, claim and dataset row as it was, the reader’s edits included', async () => {
    const name = newName();
    await buildV1(name, [v1Snippet(1)]);
    const db = openDb(name);
    expect(await db.actors.orderBy('id').toArray()).toEqual(
      [...v1Actors].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await db.claims.orderBy('id').toArray()).toEqual(v1Claims);
    expect(await db.datasets.orderBy('id').toArray()).toEqual(v1Datasets);
    // The indexes of the old stores still answer.
    expect((await db.actors.where('origin').equals('user').toArray()).map((a) => a.id)).toEqual([
      'fintech-unit',
    ]);
    expect(await db.actors.where('aliasKeys').equals('ftu').count()).toBe(1);
    db.close();
  });

  it('carries 1,000 snippets over, each readable and with everything the reader wrote', async () => {
    const name = newName();
    const v1 = Array.from({ length: 1000 }, (_, i) => v1Snippet(i));
    await buildV1(name, v1);
    const db = openDb(name);
    // Read as the library reads them: a row the schema refused would be skipped there.
    const listed = await listSnippets(db);
    expect(listed).toHaveLength(1000);
    const byId = new Map(listed.map((s) => [s.id, s]));
    for (const row of v1) {
      const s = byId.get(row.id as string)!;
      const quote = row.quote as Record<string, unknown>;
      expect(s.quote).toEqual({ exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix });
      expect(s.citation.url).toBe(row.url);
      expect(s.citation.title).toBe(row.title);
      expect(s.citation.authors).toEqual(row.author);
      expect(s.citation.published).toBe(row.published);
      expect(Date.parse(s.savedAt)).toBe(row.saved);
      expect(s.note).toBe(row.note);
      expect(s.tags).toEqual(row.tags);
      expect(s.actors).toEqual(row.actors);
      expect(s.claims).toEqual(row.claims);
      if (typeof quote.start === 'number') {
        expect(s.position).toEqual({
          start: quote.start,
          end: quote.start + (quote.exact as string).length,
        });
      }
    }
    expect(await db.snippets.where('citation.site').equals('news.example').count()).toBe(1000);
    expect(await db.snippets.where('tags').equals('征信').count()).toBe(
      v1.filter((r) => (r.tags as string[]).length > 0).length,
    );
    db.close();
  });

  it('keeps the reader’s edits when a newer bundled dataset is seeded after the upgrade', async () => {
    const name = newName();
    await buildV1(name, [v1Snippet(1), v1Snippet(2)]);
    const db = openDb(name);
    const newer = dataset(
      [
        actor('pboc', { kind: 'regulator', names: { en: "People's Bank of China" } }),
        actor('ant', { names: { en: 'Ant Group' }, summary: 'The bundled summary, newer.' }),
      ],
      { id: 'reglens-core', version: '1.1.0' },
    );
    const service = createBackgroundService({ bundledDatasets: [newer], db });
    await service.seed();
    expect(await db.actors.get('ant')).toMatchObject({ summary: 'My own summary.' });
    expect(await db.actors.get('fintech-unit')).toEqual(v1Actors[2]);
    expect(await db.actors.get('imported-one')).toEqual(v1Actors[3]);
    expect(await db.claims.get('my-claim')).toEqual(v1Claims[1]);
    const exported = await dispatch(
      service.handlers,
      { type: 'snippets.export', payload: { format: 'json' } },
      { context: 'extension-page' },
    );
    expect(exported.ok && JSON.parse(exported.value as string).snippets).toHaveLength(2);
    db.close();
  });
});

/** Any row the version-1 schema accepted, with the odd values people and old code leave. */
const v1RowArb = fc.record(
  {
    id: fc.oneof(
      fc.string({ minLength: 1, maxLength: 80 }),
      fc.constantFrom('a', 'snip.1', 'x y', 'snip-0001', '蚂蚁-1'),
    ),
    quote: fc.record(
      {
        exact: fc.string({ minLength: 1, maxLength: 200 }),
        prefix: fc.string({ maxLength: 120, size: 'max' }),
        suffix: fc.string({ maxLength: 120, size: 'max' }),
        start: fc.nat(),
      },
      { requiredKeys: ['exact'] },
    ),
    url: fc.webUrl({ withQueryParameters: true, withFragments: true }),
    title: fc.oneof(fc.string({ maxLength: 40 }), fc.constant('t'.repeat(2100))),
    site: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('s'.repeat(300))),
    author: fc.array(
      fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('', ' ', 'a'.repeat(600))),
      {
        maxLength: 4,
      },
    ),
    published: fc.constantFrom('2021', '2021-09', '2021-09-16'),
    saved: fc.oneof(
      fc.integer({ min: 0, max: 4_102_444_800_000 }),
      fc.constantFrom(-1, 1e20, -1e20, 8.64e15 + 1, 1.5),
    ),
    actors: fc.array(fc.constantFrom('ant', 'pboc', 'a.b', 'x_1'), { maxLength: 3 }),
    claims: fc.array(fc.constantFrom('jv', 'c-1'), { maxLength: 2 }),
    note: fc.string({ maxLength: 300 }),
    tags: fc.array(
      fc.oneof(fc.string({ maxLength: 100 }), fc.constantFrom('', '  ', 'credit', ' 征信 ')),
      { maxLength: 6 },
    ),
  },
  { requiredKeys: ['id', 'quote', 'url', 'title', 'site', 'saved'] },
);

describe('version-1 snippet rows, any the old schema allowed', () => {
  it('become readable version-2 rows without losing the quote, the note or a tag', () => {
    fc.assert(
      fc.property(fc.array(v1RowArb, { minLength: 1, maxLength: 5 }), (rows) => {
        const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
        const out = migrateSnippetRowsV1(unique);
        expect(out).toHaveLength(unique.length);
        expect(new Set(out.map((r) => r.id)).size).toBe(out.length);
        unique.forEach((row, k) => {
          const migrated = out[k]!;
          const parsed = snippetSchema.safeParse(migrated);
          expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
          if (!parsed.success) return;
          const s = parsed.data;
          expect(s.quote.exact).toBe(row.quote.exact);
          expect(s.note).toBe(row.note ?? '');
          expect(s.citation.url).toBe(row.url);
          const tags = (row.tags ?? []).map((t) => t.trim()).filter((t) => t !== '');
          expect(s.tags).toEqual([...new Set(tags)]);
          // A row whose id fits keeps it; another gets one that says where it came from.
          if (/^[A-Za-z0-9_-]{6,64}$/.test(row.id)) expect(s.id).toBe(row.id);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('upgrade in the database too, those whose ids must change included', async () => {
    const name = newName();
    const rows: Record<string, unknown>[] = [
      { ...v1Snippet(1), id: 'a' },
      { ...v1Snippet(2), id: 'snip.2' },
      { ...v1Snippet(3), id: 'snip_2' },
      { ...v1Snippet(4), saved: 1e20, tags: ['', ' credit ', 'credit'] },
    ];
    await buildV1(name, rows);
    const db = openDb(name);
    const listed = await listSnippets(db);
    expect(listed.map((s) => s.quote.exact).sort()).toEqual(
      rows.map((r) => (r.quote as { exact: string }).exact).sort(),
    );
    expect(new Set(listed.map((s) => s.id)).size).toBe(4);
    expect(listed.find((s) => s.id === 'snip_2')).toBeDefined();
    expect(
      listed.find((s) => s.quote.exact === (rows[3]!.quote as { exact: string }).exact)!.tags,
    ).toEqual(['credit']);
    db.close();
  });

  it('keep what migrateSnippetRowV1 gives a sound row', () => {
    const row = v1Snippet(12);
    expect(migrateSnippetRowsV1([row])).toEqual([migrateSnippetRowV1(row)]);
  });
});
