import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegLensDb } from '../../../lib/kb/db';
import { compareVersions, DatasetValidationError, seedDataset } from '../../../lib/kb/seed';
import { actor, dataset, dropDb, freshDb, readCore } from './helpers';

let db: RegLensDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

describe('compareVersions', () => {
  it('compares numerically, part by part', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBe(1);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('1.0.0', '2.0.0')).toBe(-1);
  });
});

describe('seedDataset with the bundled dataset', () => {
  it('adds every actor to an empty database and records the version', async () => {
    const core = readCore();
    const result = await seedDataset(db, core);
    // Actors and claims are both counted as added.
    const claims = core.claims ?? [];
    expect(claims.length).toBeGreaterThan(0);
    expect(result).toMatchObject({
      added: core.actors.length + claims.length,
      updated: 0,
      removed: 0,
      skipped: false,
    });
    expect(await db.actors.count()).toBe(core.actors.length);
    expect(await db.claims.count()).toBe(claims.length);
    expect(await db.datasets.get('reglens-core')).toMatchObject({ version: core.version });

    const pboc = await db.actors.get('pboc');
    expect(pboc).toMatchObject({ origin: 'bundled', datasetId: 'reglens-core', userEdited: false });
    expect(pboc?.aliasKeys).toContain('pboc');
    expect(await db.actors.where('aliasKeys').equals('中国人民银行').primaryKeys()).toEqual([
      'pboc',
    ]);
  });

  it('skips a dataset version that is already seeded, or older', async () => {
    const core = readCore();
    await seedDataset(db, core);
    expect(await seedDataset(db, core)).toMatchObject({ skipped: true, added: 0, updated: 0 });
    expect(await seedDataset(db, { ...core, version: '0.9.0' })).toMatchObject({ skipped: true });
  });
});

describe('seedDataset upgrades', () => {
  const v1 = dataset(
    [
      actor('kept', { summary: 'Old summary.' }),
      actor('edited', { summary: 'Old summary.' }),
      actor('dropped'),
      actor('same'),
    ],
    { version: '1.0.0' },
  );
  const v2 = dataset(
    [
      actor('kept', { summary: 'New summary.' }),
      actor('edited', { summary: 'New summary from the dataset.' }),
      actor('same'),
      actor('fresh'),
    ],
    { version: '1.1.0' },
  );

  it('updates bundled rows, keeps user edits and user actors, and removes dropped rows', async () => {
    await seedDataset(db, v1);
    await db.actors.update('edited', { summary: 'My own summary.', userEdited: true });
    await db.actors.add({
      ...actor('mine'),
      aliases: [],
      relations: [],
      summary: 'Made by the user.',
      kind: 'person',
      names: { en: 'Mine' },
      origin: 'user',
      userEdited: false,
      updatedAt: 1,
      aliasKeys: ['mine'],
    });

    const result = await seedDataset(db, v2);

    expect(result).toEqual({
      added: 1,
      updated: 1,
      removed: 1,
      keptUserEdits: 1,
      unchanged: 1,
      skipped: false,
    });
    expect((await db.actors.get('kept'))?.summary).toBe('New summary.');
    expect(await db.actors.get('edited')).toMatchObject({
      summary: 'My own summary.',
      userEdited: true,
    });
    expect(await db.actors.get('mine')).toMatchObject({
      summary: 'Made by the user.',
      origin: 'user',
    });
    expect(await db.actors.get('dropped')).toBeUndefined();
    expect(await db.actors.get('fresh')).toMatchObject({ datasetId: 'test-set' });
    expect(await db.datasets.get('test-set')).toMatchObject({ version: '1.1.0' });
  });

  it('keeps a user-edited row even when the new version drops it', async () => {
    await seedDataset(db, v1);
    await db.actors.update('dropped', { userEdited: true });
    const result = await seedDataset(db, v2);
    expect(result.removed).toBe(0);
    expect(result.keptUserEdits).toBe(1);
    expect(await db.actors.get('dropped')).toBeDefined();
  });

  it('updates and prunes claims the same way', async () => {
    const claim = (id: string, statement: string) => ({
      id,
      statement,
      actors: ['kept'],
      sources: [{ outlet: 'Somewhere', attribution: 'anonymous' as const }],
      status: 'reported' as const,
    });
    await seedDataset(db, { ...v1, claims: [claim('c1', 'Old.'), claim('c2', 'Gone soon.')] });
    const result = await seedDataset(db, { ...v2, claims: [claim('c1', 'New.')] });
    expect((await db.claims.get('c1'))?.statement).toBe('New.');
    expect(await db.claims.get('c2')).toBeUndefined();
    expect(result.removed).toBe(2); // actor "dropped" and claim "c2"
  });

  it('marks imported datasets as imported', async () => {
    await seedDataset(db, v1, 'imported');
    expect(await db.actors.get('kept')).toMatchObject({
      origin: 'imported',
      datasetId: 'test-set',
    });
  });
});

describe('seedDataset with bad input', () => {
  it('rejects a malformed dataset with the path of the problem and leaves the db unchanged', async () => {
    await seedDataset(db, dataset([actor('a')]));
    const before = await db.actors.toArray();

    const bad = dataset([actor('a'), actor('b'), { ...actor('c'), names: {} as never }], {
      version: '2.0.0',
    });
    const error = await seedDataset(db, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetValidationError);
    expect((error as Error).message).toMatch(
      /actors\[2\] \(id "c"\)\.names\.en: .*expected string/,
    );

    expect(await db.actors.toArray()).toEqual(before);
    expect(await db.datasets.get('test-set')).toMatchObject({ version: '1.0.0' });
  });

  it('rejects input that is not a dataset at all', async () => {
    await expect(seedDataset(db, 'nope')).rejects.toThrow(/\(root\): /);
    await expect(
      seedDataset(db, { id: 'x', version: 'one', title: 't', actors: [] }),
    ).rejects.toThrow(/version: /);
    expect(await db.actors.count()).toBe(0);
  });
});
