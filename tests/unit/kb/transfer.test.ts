import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegLensDb } from '../../../lib/kb/db';
import type { ClaimInput, DatasetInput } from '../../../lib/kb/schema';
import { seedDataset } from '../../../lib/kb/seed';
import { MAX_DATASET_BYTES, parseDatasetFile } from '../../../lib/kb/dataset-file';
import { exportKnowledge, versionAt } from '../../../lib/kb/export';
import { importDataset } from '../../../lib/kb/import';
import {
  deleteUserRecord,
  getEditableRecord,
  saveUserActor,
  saveUserClaim,
} from '../../../lib/kb/user-edits';
import { KnowledgeWriteError } from '../../../lib/kb/write-error';
import { actor, dropDb, freshDb } from './helpers';

/** A small stand-in for the bundled dataset, under its real id. */
function bundled(version = '1.0.0', extra: Partial<DatasetInput> = {}): DatasetInput {
  return {
    id: 'reglens-core',
    version,
    title: 'Core',
    actors: [
      actor('pboc', { kind: 'regulator', names: { en: "People's Bank of China" } }),
      actor('ant', {
        names: { en: 'Ant Group' },
        relations: [{ kind: 'regulates', target: 'pboc' }],
      }),
      actor('caixin', { kind: 'outlet', names: { en: 'Caixin' } }),
    ],
    claims: [claim('core-claim', ['pboc'])],
    ...extra,
  };
}

function claim(id: string, actors: string[], extra: Partial<ClaimInput> = {}): ClaimInput {
  return {
    id,
    statement: `Statement of ${id}.`,
    actors,
    sources: [{ outlet: 'caixin', attribution: 'anonymous' }],
    status: 'reported',
    ...extra,
  };
}

/** A valid file: one new actor related to a bundled one, and a claim about both. */
function validFile(): {
  id: string;
  version: string;
  title: string;
  actors: Record<string, unknown>[];
  claims: Record<string, unknown>[];
} {
  return {
    id: 'research-notes',
    version: '1.0.0',
    title: 'My research notes',
    actors: [
      {
        id: 'fintech-unit',
        kind: 'institution',
        names: { en: 'Fintech Unit', zh: '金融科技部' },
        summary: 'A unit of the central bank.',
        aliases: [{ text: 'FTU', lang: 'en', caseRule: 'sensitive' }],
        relations: [{ kind: 'partOf', target: 'pboc', since: '2019' }],
      },
    ],
    claims: [
      {
        id: 'claim-ftu',
        statement: 'The fintech unit drafted the data rules.',
        actors: ['fintech-unit', 'pboc'],
        eventDate: '2021-03-02',
        sources: [
          {
            outlet: 'caixin',
            date: '2021-03-02',
            url: 'https://www.caixin.com/2021-03-02/example.html',
            attribution: 'anonymous',
          },
        ],
        status: 'reported',
      },
    ],
  };
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** Every row of every table, in key order: what "the database is unchanged" compares. */
async function dump(db: RegLensDb) {
  return {
    actors: await db.actors.orderBy('id').toArray(),
    claims: await db.claims.orderBy('id').toArray(),
    datasets: await db.datasets.orderBy('id').toArray(),
    snippets: await db.snippets.orderBy('id').toArray(),
  };
}

let db: RegLensDb;
beforeEach(async () => {
  db = freshDb();
  // A knowledge base with something of every kind in it, so "unchanged" means something.
  await seedDataset(db, bundled());
  await importDataset(
    db,
    json({ ...validFile(), id: 'earlier-import', actors: [], claims: [claim('earlier', ['ant'])] }),
  );
  await saveUserActor(db, actor('my-own', { names: { en: 'My Own Actor' } }), 1);
  await db.snippets.add({
    id: 'snip-s1',
    quote: { exact: 'text', prefix: '', suffix: '' },
    citation: {
      url: 'https://news.example/a',
      pageUrl: 'https://news.example/a',
      title: 'A',
      site: 'news.example',
      authors: [],
    },
    savedAt: '2021-01-01T00:00:00.000Z',
    updatedAt: '2021-01-01T00:00:00.000Z',
    actors: [],
    claims: [],
    grades: {},
    note: '',
    tags: [],
  });
});
afterEach(async () => {
  await dropDb(db);
});

/** Imports `text`, expects it refused with a message containing `expected`, and nothing written. */
async function expectRefused(text: string, expected: string | RegExp): Promise<string[]> {
  const before = await dump(db);
  const outcome = await importDataset(db, text);
  expect(outcome.ok).toBe(false);
  const errors = outcome.ok ? [] : outcome.errors;
  const joined = errors.join('\n');
  if (typeof expected === 'string') expect(joined).toContain(expected);
  else expect(joined).toMatch(expected);
  expect(await dump(db)).toEqual(before);
  return errors;
}

/** A valid file with one change made to it. */
function fileWith(change: (file: ReturnType<typeof validFile>) => void): string {
  const file = validFile();
  change(file);
  return json(file);
}

describe('importDataset refuses a malformed file and leaves the database unchanged', () => {
  it('text that is not JSON', async () => {
    await expectRefused(
      'id: research-notes\nversion: 1.0.0',
      'not valid JSON: line 1, column 1: unexpected word "id"',
    );
  });

  it('a trailing comma, with its line and column', async () => {
    const trailing = '{\n  "id": "x",\n  "version": "1.0.0",\n  "actors": [],\n}';
    await expectRefused(trailing, 'line 4, column 15: trailing comma before "}"');
  });

  it('an empty file', async () => {
    await expectRefused('', 'The file is empty.');
    await expectRefused(' \n\t\n', 'The file is empty.');
  });

  it('a JSON array instead of a dataset object', async () => {
    await expectRefused(
      json([validFile()]),
      'The file holds a JSON array, but a dataset is a JSON object',
    );
  });

  it('a missing dataset id', async () => {
    await expectRefused(
      fileWith((file) => delete (file as { id?: string }).id),
      'id: Invalid input: expected string, received undefined',
    );
  });

  it('a version that is not MAJOR.MINOR.PATCH', async () => {
    await expectRefused(
      fileWith((file) => (file.version = 'v2')),
      'version: Invalid string',
    );
  });

  it('an actor without an English name', async () => {
    await expectRefused(
      fileWith((file) => (file.actors[0]!.names = { zh: '金融科技部' })),
      'actors[0] (id "fintech-unit").names.en: Invalid input: expected string',
    );
  });

  it('an unknown actor kind', async () => {
    await expectRefused(
      fileWith((file) => (file.actors[0]!.kind = 'agency')),
      'actors[0] (id "fintech-unit").kind: Invalid option',
    );
  });

  it('an alias with empty text', async () => {
    await expectRefused(
      fileWith((file) => (file.actors[0]!.aliases = [{ text: '', lang: 'en' }])),
      'actors[0] (id "fintech-unit").aliases[0].text: Too small',
    );
  });

  it('a case rule that does not exist', async () => {
    await expectRefused(
      fileWith(
        (file) => (file.actors[0]!.aliases = [{ text: 'FTU', lang: 'en', caseRule: 'upper' }]),
      ),
      'actors[0] (id "fintech-unit").aliases[0].caseRule: Invalid option',
    );
  });

  it('an unknown context rule key', async () => {
    await expectRefused(
      fileWith(
        (file) =>
          (file.actors[0]!.aliases = [
            { text: 'FTU', lang: 'en', context: { onlyOnPagesAbout: ['bank'] } },
          ]),
      ),
      'actors[0] (id "fintech-unit").aliases[0].context: Unrecognized key: "onlyOnPagesAbout"',
    );
  });

  it('a relation to an actor that exists nowhere', async () => {
    await expectRefused(
      fileWith((file) => (file.actors[0]!.relations = [{ kind: 'partOf', target: 'ghost' }])),
      'actor "fintech-unit": relation partOf targets unknown actor "ghost"',
    );
  });

  it('a claim about an actor that exists nowhere', async () => {
    await expectRefused(
      fileWith((file) => (file.claims[0]!.actors = ['fintech-unit', 'ghost'])),
      'claim "claim-ftu": unknown actor "ghost"',
    );
  });

  it('a claim with no sources', async () => {
    await expectRefused(
      fileWith((file) => (file.claims[0]!.sources = [])),
      'claims[0] (id "claim-ftu").sources: Too small',
    );
  });

  it('a source whose url is not a URL', async () => {
    await expectRefused(
      fileWith(
        (file) =>
          (file.claims[0]!.sources = [
            { outlet: 'caixin', url: 'caixin dot com', attribution: 'anonymous' },
          ]),
      ),
      'claims[0] (id "claim-ftu").sources[0].url: Invalid URL',
    );
  });

  it('an attribution kind that does not exist', async () => {
    await expectRefused(
      fileWith(
        (file) => (file.claims[0]!.sources = [{ outlet: 'caixin', attribution: 'sources' }]),
      ),
      'claims[0] (id "claim-ftu").sources[0].attribution: Invalid option',
    );
  });

  it('a date in the wrong format', async () => {
    await expectRefused(
      fileWith((file) => (file.claims[0]!.eventDate = '02/03/2021')),
      'claims[0] (id "claim-ftu").eventDate: dates are YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });

  it('two actors under one id', async () => {
    await expectRefused(
      fileWith((file) => file.actors.push({ ...file.actors[0]!, names: { en: 'Another unit' } })),
      'actors[1].id: duplicate actor id "fintech-unit", also at actors[0]',
    );
  });

  it('two claims under one id', async () => {
    await expectRefused(
      fileWith((file) => file.claims.push({ ...file.claims[0]! })),
      'claims[1].id: duplicate claim id "claim-ftu", also at claims[0]',
    );
  });

  it('a relation from an actor to itself', async () => {
    await expectRefused(
      fileWith(
        (file) => (file.actors[0]!.relations = [{ kind: 'partOf', target: 'fintech-unit' }]),
      ),
      'actor "fintech-unit": relation partOf points at itself',
    );
  });

  it('the bundled dataset id', async () => {
    await expectRefused(
      fileWith((file) => (file.id = 'reglens-core')),
      'id: "reglens-core": this id belongs to the bundled dataset',
    );
  });

  it('the id of a bundled dataset this build does not list', async () => {
    await seedDataset(db, {
      ...bundled(),
      id: 'reglens-extra',
      actors: [actor('extra')],
      claims: [],
    });
    await expectRefused(
      fileWith((file) => (file.id = 'reglens-extra')),
      'this id belongs to the bundled dataset',
    );
  });

  it('a file over the size limit', async () => {
    const padding = 'x'.repeat(MAX_DATASET_BYTES);
    const text = fileWith((file) => (file.title = padding));
    await expectRefused(text, /The file is 20 MB; a dataset file can be at most 20 MB\./);
  });

  it('an unknown top-level field', async () => {
    await expectRefused(
      fileWith((file) => Object.assign(file, { license: 'CC-BY' })),
      '(root): Unrecognized key: "license"',
    );
  });

  it('comments in the file', async () => {
    await expectRefused(
      json(validFile()).replace('{', '{\n  // my notes'),
      'line 2, column 3: comments are not allowed in JSON',
    );
  });

  it('a file cut off in the middle', async () => {
    const text = json(validFile());
    await expectRefused(
      text.slice(0, text.length / 2),
      /the file ends inside the (object|array) opened at line \d+, column \d+/,
    );
  });

  it('an actor whose id is already a claim in the knowledge base', async () => {
    await expectRefused(
      fileWith((file) => {
        file.actors[0]!.id = 'core-claim';
        file.claims[0]!.actors = ['core-claim'];
      }),
      'actor "core-claim": your knowledge base has a claim with this id',
    );
  });
});

describe('parseDatasetFile', () => {
  it('accepts the valid file when the bundled actors it points at are known', () => {
    const text = json(validFile());
    expect(parseDatasetFile(text).ok).toBe(false);
    const result = parseDatasetFile(text, { knownActorIds: new Set(['pboc']) });
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const result = parseDatasetFile(`\ufeff${json(validFile())}`, {
      knownActorIds: new Set(['pboc']),
    });
    expect(result.ok).toBe(true);
  });

  it('reports quality notes as warnings, not errors', () => {
    const text = fileWith(
      (file) => (file.actors[0]!.names = { en: 'Fintech Unit', pinyin: 'Jinrong Keji Bu' }),
    );
    const result = parseDatasetFile(text, { knownActorIds: new Set(['pboc']) });
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings).toEqual([
      'actor "fintech-unit": names.pinyin "Jinrong Keji Bu" has no tone marks',
    ]);
  });

  it('summarises a flood of problems', () => {
    const file = validFile();
    file.actors = Array.from({ length: 80 }, (_, i) => ({ id: `a${i}` }));
    const result = parseDatasetFile(json(file));
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(51);
    expect(errors.at(-1)).toMatch(/^\.\.\. and \d+ more problems\.$/);
  });
});

describe('importDataset with a valid file', () => {
  it('adds its records as imported, with the counts', async () => {
    const outcome = await importDataset(db, json(validFile()));
    expect(outcome).toEqual({
      ok: true,
      result: {
        datasetId: 'research-notes',
        version: '1.0.0',
        title: 'My research notes',
        added: 2,
        updated: 0,
        removed: 0,
        keptUserEdits: 0,
        unchanged: 0,
        alreadyImported: false,
        keptExisting: [],
        warnings: [],
      },
    });
    expect(await db.actors.get('fintech-unit')).toMatchObject({
      origin: 'imported',
      datasetId: 'research-notes',
      aliasKeys: ['fintech unit', '金融科技部', 'ftu'],
    });
    expect(await db.claims.get('claim-ftu')).toMatchObject({ origin: 'imported' });
  });

  it('keeps its records through a later bundled update', async () => {
    await importDataset(db, json(validFile()));
    const imported = await db.actors.get('fintech-unit');
    const result = await seedDataset(
      db,
      bundled('1.1.0', {
        actors: [
          actor('pboc', {
            kind: 'regulator',
            names: { en: "People's Bank of China" },
            summary: 'New.',
          }),
          actor('caixin', { kind: 'outlet', names: { en: 'Caixin' } }),
        ],
        claims: [],
      }),
    );
    expect(result).toMatchObject({ updated: 1, removed: 2 }); // pboc; ant and core-claim
    expect(await db.actors.get('fintech-unit')).toEqual(imported);
    expect(await db.claims.get('claim-ftu')).toMatchObject({ origin: 'imported' });
  });

  it('skips a version it has already imported, and applies a newer one', async () => {
    await importDataset(db, json(validFile()));
    const before = await dump(db);
    const again = await importDataset(db, json(validFile()));
    expect(again).toMatchObject({ ok: true, result: { alreadyImported: true, added: 0 } });
    expect(await dump(db)).toEqual(before);

    const newer = fileWith((file) => {
      file.version = '1.1.0';
      file.claims = [];
      file.actors[0]!.summary = 'The fintech department of the central bank.';
    });
    const outcome = await importDataset(db, newer);
    expect(outcome).toMatchObject({ ok: true, result: { updated: 1, removed: 1 } });
    expect((await db.actors.get('fintech-unit'))?.summary).toBe(
      'The fintech department of the central bank.',
    );
    expect(await db.claims.get('claim-ftu')).toBeUndefined();
  });

  it('never takes over records that belong to the bundled dataset or the user', async () => {
    const pbocBefore = await db.actors.get('pboc');
    const mineBefore = await db.actors.get('my-own');
    const text = fileWith((file) =>
      file.actors.push(
        { ...actor('pboc'), summary: 'Rewritten by the file.' },
        { ...actor('my-own'), summary: 'Rewritten by the file.' },
      ),
    );
    const outcome = await importDataset(db, text);
    expect(outcome).toMatchObject({
      ok: true,
      result: { added: 2, keptExisting: ['pboc', 'my-own'] },
    });
    expect(await db.actors.get('pboc')).toEqual(pbocBefore);
    expect(await db.actors.get('my-own')).toEqual(mineBefore);
  });
});

describe('exportKnowledge', () => {
  const now = new Date('2026-11-28T18:13:44Z');

  it('versions exports by time, so a later export imports over an earlier one', () => {
    expect(versionAt(now)).toBe('2026.1128.181344');
    expect(versionAt(new Date('2026-12-01T00:00:00Z'))).toBe('2026.1201.0');
  });

  it("'all' holds every record and reads back as the same dataset", async () => {
    await importDataset(db, json(validFile()));
    const exported = await exportKnowledge(db, { scope: 'all', now });
    expect(exported.actors.map((a) => a.id)).toEqual([
      'ant',
      'caixin',
      'fintech-unit',
      'my-own',
      'pboc',
    ]);
    expect(exported.claims.map((c) => c.id)).toEqual(['claim-ftu', 'core-claim', 'earlier']);
    expect(exported).toMatchObject({ id: 'reglens-export', version: '2026.1128.181344' });

    const back = parseDatasetFile(json(exported));
    expect(back).toMatchObject({ ok: true });
    expect(back.ok && back.dataset).toEqual(exported);
  });

  it("'mine' holds only what the user created, edited or imported, and reads back", async () => {
    await importDataset(db, json(validFile()));
    await saveUserActor(db, {
      ...actor('ant', { names: { en: 'Ant Group' } }),
      summary: 'My words.',
      relations: [{ kind: 'regulates', target: 'pboc' }],
    });

    const exported = await exportKnowledge(db, { scope: 'mine', now });
    expect(exported.id).toBe('reglens-mine');
    expect(exported.actors.map((a) => a.id)).toEqual(['ant', 'fintech-unit', 'my-own']);
    expect(exported.claims.map((c) => c.id)).toEqual(['claim-ftu', 'earlier']);

    // Its records point at bundled actors, which the reader's knowledge base has.
    const known = new Set((await db.actors.toCollection().primaryKeys()) as string[]);
    const back = parseDatasetFile(json(exported), { knownActorIds: known });
    expect(back).toMatchObject({ ok: true });
    expect(back.ok && back.dataset).toEqual(exported);

    // And it imports into another knowledge base that has the bundled dataset.
    const other = freshDb();
    try {
      await seedDataset(other, bundled());
      const outcome = await importDataset(other, json(exported));
      expect(outcome).toMatchObject({
        ok: true,
        result: { added: 4, keptExisting: ['ant'] },
      });
      expect(await other.actors.get('my-own')).toMatchObject({
        origin: 'imported',
        datasetId: 'reglens-mine',
      });
    } finally {
      await dropDb(other);
    }
  });
});

describe('user edits', () => {
  it("makes a new actor the user's own", async () => {
    const result = await saveUserActor(
      db,
      actor('new-one', { relations: [{ kind: 'worksFor', target: 'ant' }] }),
    );
    expect(result).toEqual({ id: 'new-one', created: true, changed: true, origin: 'user' });
    expect(await db.actors.get('new-one')).toMatchObject({
      origin: 'user',
      userEdited: false,
      aliasKeys: ['new-one'],
    });
  });

  it("keeps the user's edit of a bundled actor when a new bundled version arrives", async () => {
    const edited = {
      ...actor('pboc', { kind: 'regulator', names: { en: "People's Bank of China" } }),
      summary: 'My own summary.',
    };
    const result = await saveUserActor(db, edited);
    expect(result).toEqual({ id: 'pboc', created: false, changed: true, origin: 'bundled' });
    expect(await db.actors.get('pboc')).toMatchObject({
      origin: 'bundled',
      datasetId: 'reglens-core',
      userEdited: true,
    });

    const seeded = await seedDataset(
      db,
      bundled('2.0.0', {
        actors: [
          actor('pboc', {
            kind: 'regulator',
            names: { en: "People's Bank of China" },
            summary: 'Release summary.',
          }),
          actor('ant', {
            names: { en: 'Ant Group' },
            relations: [{ kind: 'regulates', target: 'pboc' }],
          }),
          actor('caixin', { kind: 'outlet', names: { en: 'Caixin' } }),
        ],
      }),
    );
    expect(seeded.keptUserEdits).toBe(1);
    expect((await db.actors.get('pboc'))?.summary).toBe('My own summary.');
  });

  it('does not mark a bundled actor as edited when it is saved unchanged', async () => {
    const record = await getEditableRecord(db, 'actors', 'ant');
    expect(record?.meta).toEqual({
      origin: 'bundled',
      datasetId: 'reglens-core',
      userEdited: false,
    });
    const result = await saveUserActor(db, record!.record);
    expect(result.changed).toBe(false);
    expect((await db.actors.get('ant'))?.userEdited).toBe(false);
  });

  it('refuses an invalid actor with the path of each problem, writing nothing', async () => {
    const before = await dump(db);
    const error = await saveUserActor(db, {
      id: 'bad id',
      kind: 'company',
      names: {},
      summary: '',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeWriteError);
    expect((error as KnowledgeWriteError).problems).toEqual([
      'id: ids use letters, digits, "_", "-" and "." only',
      'names.en: Invalid input: expected string, received undefined',
      'summary: Too small: expected string to have >=1 characters',
    ]);
    expect(await dump(db)).toEqual(before);
  });

  it('refuses relations to actors that do not exist', async () => {
    await expect(
      saveUserActor(db, actor('lonely', { relations: [{ kind: 'owns', target: 'ghost' }] })),
    ).rejects.toThrow('relations[0]: there is no actor "ghost"');
  });

  it("saves a claim as the user's own, and refuses one about an unknown actor", async () => {
    expect(await saveUserClaim(db, claim('my-claim', ['ant', 'pboc']))).toMatchObject({
      created: true,
      origin: 'user',
    });
    expect(await db.claims.get('my-claim')).toMatchObject({
      origin: 'user',
      developments: [],
      cues: [],
    });
    await expect(saveUserClaim(db, claim('other-claim', ['ghost']))).rejects.toThrow(
      'actors[0]: there is no actor "ghost"',
    );
    await expect(saveUserClaim(db, claim('pboc', ['ant']))).rejects.toThrow(
      "already an actor's id",
    );
  });

  it('marks an edited bundled claim so updates keep it', async () => {
    await saveUserClaim(db, claim('core-claim', ['pboc'], { status: 'confirmed' }));
    expect(await db.claims.get('core-claim')).toMatchObject({
      origin: 'bundled',
      userEdited: true,
      status: 'confirmed',
    });
  });

  it("deletes the user's records but not bundled ones or actors still referred to", async () => {
    await saveUserClaim(db, claim('my-claim', ['my-own']));
    await expect(deleteUserRecord(db, 'actors', 'pboc')).rejects.toThrow(
      'can be edited, but not deleted',
    );
    await expect(deleteUserRecord(db, 'actors', 'my-own')).rejects.toThrow(
      'claim "my-claim" is about it',
    );
    await deleteUserRecord(db, 'claims', 'my-claim');
    await deleteUserRecord(db, 'actors', 'my-own');
    expect(await db.actors.get('my-own')).toBeUndefined();
    await expect(deleteUserRecord(db, 'claims', 'nothing')).rejects.toThrow(
      'There is no claim "nothing".',
    );
  });
});
