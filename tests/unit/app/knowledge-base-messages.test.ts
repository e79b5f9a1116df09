import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundService, type BackgroundService } from '@/lib/background/service';
import type { RegLensDb } from '@/lib/kb/db';
import { parseDatasetFile } from '@/lib/kb/dataset-file';
import { dispatch } from '@/lib/messaging';
import { actor, dataset, dropDb, freshDb } from '../kb/helpers';

let db: RegLensDb;
let service: BackgroundService;
beforeEach(() => {
  db = freshDb();
  const core = dataset([actor('pboc', { names: { en: "People's Bank of China" } })], {
    id: 'reglens-core',
  });
  service = createBackgroundService({ bundledDatasets: [core], db });
});
afterEach(async () => {
  await dropDb(db);
});

const ask = (type: string, payload: unknown) => dispatch(service.handlers, { type, payload }, {});

async function mentionedIds(text: string): Promise<string[]> {
  const reply = await ask('page.analyze', { text, host: 'news.example' });
  if (!reply.ok) throw new Error(reply.error);
  return (reply.value as { mentions: { actorId: string }[] }).mentions.map((m) => m.actorId);
}

describe('knowledge-base messages', () => {
  it('a saved actor is matched on the next page analysis (the cached matcher is rebuilt)', async () => {
    const text = "Fintech Unit staff met the People's Bank of China.";
    expect(await mentionedIds(text)).toEqual(['pboc']);

    const saved = await ask('kb.saveActor', {
      actor: actor('fintech-unit', { names: { en: 'Fintech Unit' } }),
    });
    expect(saved).toEqual({
      ok: true,
      value: { id: 'fintech-unit', created: true, changed: true, origin: 'user' },
    });
    expect(await mentionedIds(text)).toEqual(['fintech-unit', 'pboc']);

    expect(await ask('kb.deleteRecord', { table: 'actors', id: 'fintech-unit' })).toEqual({
      ok: true,
      value: null,
    });
    expect(await mentionedIds(text)).toEqual(['pboc']);
  });

  it('an import is matched at once too, and a bad one answers with one problem per line', async () => {
    const file = dataset([actor('ftu', { names: { en: 'FTU' } })], { id: 'mine' });
    const imported = await ask('kb.importDataset', { text: JSON.stringify(file) });
    expect(imported).toMatchObject({ ok: true, value: { added: 1, datasetId: 'mine' } });
    expect(await mentionedIds('The FTU said so.')).toEqual(['ftu']);

    const bad = await ask('kb.importDataset', { text: '{"id": "x", "version": "1"}' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.split('\n')).toEqual([
      'version: Invalid string: must match pattern /^\\d+\\.\\d+\\.\\d+$/',
      'title: Invalid input: expected string, received undefined',
      'actors: Invalid input: expected array, received undefined',
    ]);
  });

  it('searches, reads a record with its origin, and exports a file that reads back', async () => {
    const search = await ask('kb.search', { query: 'bank' });
    expect(search).toMatchObject({ ok: true, value: { actors: [{ id: 'pboc' }], claims: [] } });

    const record = await ask('kb.getRecord', { table: 'actors', id: 'pboc' });
    expect(record).toMatchObject({
      ok: true,
      value: { table: 'actors', record: { id: 'pboc' }, meta: { origin: 'bundled' } },
    });

    const exported = await ask('kb.export', { scope: 'all' });
    expect(exported.ok).toBe(true);
    const back = parseDatasetFile(exported.ok ? (exported.value as string) : '');
    expect(back.ok && back.dataset.actors.map((a) => a.id)).toEqual(['pboc']);
  });

  it('refuses a malformed save before it reaches the database', async () => {
    const reply = await ask('kb.saveActor', { actor: { id: 'x', kind: 'company' } });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/Malformed kb\.saveActor request[\s\S]*names/);
    expect(await db.actors.get('x')).toBeUndefined();
  });
});
