/**
 * Export then import reproduces the library exactly. RegLens JSON is the format that round-trips
 * (the others are for other tools and have no importer; the README says what each leaves out):
 * random snippets, every field and any text, written and read back by the file functions alone
 * and through the background into a fresh database.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackgroundService } from '@/lib/background/service';
import type { RegLensDb } from '@/lib/kb/db';
import { dispatch } from '@/lib/messaging';
import type { ExportContext } from '@/lib/snippets/formats';
import { toReglensJson } from '@/lib/snippets/formats/json';
import { parseSnippetFile } from '@/lib/snippets/import';
import { snippetSchema, type Snippet } from '@/lib/snippets/schema';
import { dropDb, freshDb } from '../kb/helpers';

const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength, unit: 'grapheme' }),
    fc.string({ maxLength, unit: 'binary' }),
    fc.constantFrom(
      '<img src=x onerror=alert(1)>',
      '=SUM(A1)',
      '蚂蚁集团\n“征信”',
      'a\r\nb\u2029c',
    ),
  );
const id = fc.stringMatching(/^[a-z0-9][a-z0-9_.-]{0,15}$/);
const moment = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());
const pageDate = fc.constantFrom('2021', '2021-03', '2021-03-25', '2021-03-25T10:20:00+08:00');

const snippetArb: fc.Arbitrary<Snippet> = fc
  .record(
    {
      id: fc.stringMatching(/^[A-Za-z0-9_-]{6,20}$/),
      quote: fc.record({
        exact: text(200).filter((s) => s.length > 0),
        prefix: fc.string({ maxLength: 32 }),
        suffix: fc.string({ maxLength: 32 }),
      }),
      position: fc
        .tuple(fc.nat(100_000), fc.integer({ min: 1, max: 500 }))
        .map(([start, length]) => ({ start, end: start + length })),
      citation: fc.record(
        {
          url: fc.webUrl({ withQueryParameters: true }),
          pageUrl: fc.webUrl({ withFragments: true }),
          title: text(100),
          site: fc.domain(),
          siteName: text(40),
          authors: fc.array(
            text(30).filter((s) => s.length > 0),
            { maxLength: 3 },
          ),
          published: pageDate,
          modified: pageDate,
          language: fc.constantFrom('en', 'zh-CN', 'zh-Hant-TW'),
        },
        { requiredKeys: ['url', 'pageUrl', 'title', 'site'] },
      ),
      outlet: id,
      savedAt: moment,
      updatedAt: moment,
      actors: fc.uniqueArray(id, { maxLength: 4 }),
      claims: fc.uniqueArray(id, { maxLength: 3 }),
      grades: fc.dictionary(
        id,
        fc.record({
          level: fc.constantFrom('confirmed', 'strong', 'weak', 'unsupported'),
          reliability: fc.constantFrom('A', 'B', 'F'),
          credibility: fc.integer({ min: 1, max: 6 }),
        }),
        { maxKeys: 2 },
      ),
      note: text(300),
      tags: fc.uniqueArray(
        text(20)
          .map((s) => s.trim())
          .filter((s) => s.length > 0),
        { maxLength: 4 },
      ),
    },
    { requiredKeys: ['id', 'quote', 'citation', 'savedAt', 'updatedAt'] },
  )
  .map((raw) => snippetSchema.safeParse(raw))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data!);

/** Distinct ids and distinct passages: what an import adds rather than skips. */
const libraryArb = fc.uniqueArray(snippetArb, {
  maxLength: 12,
  selector: (s) => s.id,
});

const context: ExportContext = {
  exportedAt: '2026-11-30T12:00:00.000Z',
  actorName: () => undefined,
  claimStatement: () => undefined,
};

describe('RegLens JSON round trip', () => {
  it('reads back every snippet exactly as written', () => {
    fc.assert(
      fc.property(libraryArb, (snippets) => {
        expect(parseSnippetFile(toReglensJson(snippets, context))).toEqual({ ok: true, snippets });
      }),
      { numRuns: 200 },
    );
  });

  const dbs: RegLensDb[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await dropDb(db);
  });

  async function library() {
    const db = freshDb();
    dbs.push(db);
    const service = createBackgroundService({ bundledDatasets: [], db });
    const ask = async (type: string, payload: unknown) => {
      const reply = await dispatch(
        service.handlers,
        { type, payload },
        { context: 'extension-page' },
      );
      if (!reply.ok) throw new Error(JSON.stringify(reply.error));
      return reply.value;
    };
    return { db, ask };
  }

  it('exported from one library and imported into an empty one, gives the same library', async () => {
    await fc.assert(
      fc.asyncProperty(libraryArb, async (snippets) => {
        const first = await library();
        const imported = (await first.ask('snippets.import', {
          text: toReglensJson(snippets, context),
        })) as { added: number; skipped: { id: string }[] };
        // Only a repeated passage is skipped; it is kept once.
        const kept = snippets.filter((s) => !imported.skipped.some((k) => k.id === s.id));
        expect(imported.added).toBe(kept.length);

        const exported = (await first.ask('snippets.export', { format: 'json' })) as string;
        const second = await library();
        await second.ask('snippets.import', { text: exported });
        const rows = async (db: RegLensDb) => db.snippets.orderBy('id').toArray();
        const byId = (list: Snippet[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(await rows(second.db)).toEqual(byId(kept));
        expect(await rows(second.db)).toEqual(await rows(first.db));
        // And the second library exports the same file, but for the moment it was written.
        const again = (await second.ask('snippets.export', { format: 'json' })) as string;
        const withoutMoment = (s: string) => s.replace(/"exportedAt": "[^"]*"/, '');
        expect(withoutMoment(again)).toBe(withoutMoment(exported));
        for (const db of dbs.splice(0)) await dropDb(db);
      }),
      { numRuns: 25 },
    );
  });
});
