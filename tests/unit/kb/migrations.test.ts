import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb, type RegLensDb } from '@/lib/kb/db';
import { migrateSnippetRowV1 } from '@/lib/kb/migrations';
import { snippetSchema } from '@/lib/snippets/schema';

const v1Snippet = {
  id: 'snip-0001',
  quote: { exact: '蚂蚁集团同意分享数据', prefix: '据报道，', suffix: '。', start: 120 },
  url: 'https://news.example/story?id=7',
  title: 'Ant agrees to share data',
  site: 'News Example',
  author: ['Lulu Chen', 'Zheng Wang'],
  published: '2021-09-16',
  saved: Date.UTC(2021, 8, 20, 8, 30),
  actors: ['ant', 'pboc'],
  claims: ['sr10'],
  note: 'Check against the FT.',
  tags: ['credit', '征信'],
};

describe('snippet rows from database version 1', () => {
  it('become version-2 rows that the schema reads, nothing of the reader’s lost', () => {
    const out = migrateSnippetRowV1(v1Snippet);
    expect(out).toEqual({
      id: 'snip-0001',
      quote: { exact: '蚂蚁集团同意分享数据', prefix: '据报道，', suffix: '。' },
      position: { start: 120, end: 130 },
      citation: {
        url: 'https://news.example/story?id=7',
        pageUrl: 'https://news.example/story?id=7',
        title: 'Ant agrees to share data',
        site: 'news.example',
        siteName: 'News Example',
        authors: ['Lulu Chen', 'Zheng Wang'],
        published: '2021-09-16',
      },
      savedAt: '2021-09-20T08:30:00.000Z',
      updatedAt: '2021-09-20T08:30:00.000Z',
      actors: ['ant', 'pboc'],
      claims: ['sr10'],
      grades: {},
      note: 'Check against the FT.',
      tags: ['credit', '征信'],
    });
    expect(snippetSchema.safeParse(out).success).toBe(true);
  });

  it('keeps a row with missing parts, leaving out what it cannot read', () => {
    const out = migrateSnippetRowV1({ id: 'snip-0002', quote: { exact: 'x' }, note: 'kept' });
    expect(out).toMatchObject({ id: 'snip-0002', note: 'kept', quote: { exact: 'x' } });
    expect(out).not.toHaveProperty('position');
  });
});

describe('upgrading a version-1 database', () => {
  const names: string[] = [];
  afterEach(async () => {
    for (const name of names.splice(0)) await Dexie.delete(name);
  });

  it('keeps every actor, claim and dataset row and rewrites every snippet, 1,000 of them', async () => {
    const name = `reglens-migrate-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    // The database as version 1 of RegLens created it.
    const old = new Dexie(name);
    old.version(1).stores({
      actors: 'id, kind, origin, datasetId, *aliasKeys',
      claims: 'id, *actors, status, origin, datasetId',
      datasets: 'id',
      snippets: 'id, url, saved, *tags, *actors, *claims',
    });
    const actors = [
      { id: 'mine', kind: 'company', origin: 'user', userEdited: true, aliasKeys: ['mine'] },
    ];
    const claims = [{ id: 'c1', actors: ['mine'], status: 'reported', origin: 'user' }];
    const snippets = Array.from({ length: 1000 }, (_, i) => ({
      ...v1Snippet,
      id: `snip-${String(i).padStart(4, '0')}`,
      note: `note ${i}`,
    }));
    await old.table('actors').bulkAdd(actors);
    await old.table('claims').bulkAdd(claims);
    await old.table('datasets').add({ id: 'reglens-core', version: '1.0.0', seededAt: 1 });
    await old.table('snippets').bulkAdd(snippets);
    old.close();

    const db: RegLensDb = openDb(name);
    expect(await db.actors.toArray()).toEqual(actors);
    expect(await db.claims.toArray()).toEqual(claims);
    expect(await db.datasets.count()).toBe(1);
    const rows = await db.snippets.orderBy('id').toArray();
    expect(rows).toHaveLength(1000);
    expect(rows.every((row) => snippetSchema.safeParse(row).success)).toBe(true);
    expect(rows[999]).toMatchObject({
      id: 'snip-0999',
      note: 'note 999',
      tags: ['credit', '征信'],
    });
    // The new indexes answer.
    expect(await db.snippets.where('citation.site').equals('news.example').count()).toBe(1000);
    expect(await db.snippets.where('tags').equals('征信').count()).toBe(1000);
    db.close();
  });
});
