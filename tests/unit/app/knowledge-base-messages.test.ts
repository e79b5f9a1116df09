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

const ask = (type: string, payload: unknown) =>
  dispatch(service.handlers, { type, payload }, { context: 'extension-page' });
const askFromPage = (type: string, payload: unknown) =>
  dispatch(service.handlers, { type, payload }, { context: 'content-script', tabId: 3 });

async function mentionedIds(text: string): Promise<string[]> {
  const reply = await askFromPage('page.analyze', {
    text,
    host: 'news.example',
    layers: ['names'],
  });
  if (!reply.ok) throw new Error(reply.error.message);
  return (reply.value as { names: { mentions: { actorId: string }[] } }).names.mentions.map(
    (m) => m.actorId,
  );
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

  it('an import is matched at once too, and a bad one answers with each problem by its path', async () => {
    const file = dataset([actor('ftu', { names: { en: 'FTU' } })], { id: 'mine' });
    const imported = await ask('kb.importDataset', { text: JSON.stringify(file) });
    expect(imported).toMatchObject({ ok: true, value: { added: 1, datasetId: 'mine' } });
    expect(await mentionedIds('The FTU said so.')).toEqual(['ftu']);

    const bad = await ask('kb.importDataset', { text: '{"id": "x", "version": "1"}' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.code).toBe('invalid-input');
    expect(!bad.ok && bad.error.problems).toEqual([
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
    expect(!reply.ok && reply.error.message).toMatch(/Malformed kb\.saveActor request[\s\S]*names/);
    expect(await db.actors.get('x')).toBeUndefined();
  });
});

describe('who may write to the knowledge base', () => {
  const writes: [string, unknown][] = [
    ['kb.saveActor', { actor: actor('planted', { names: { en: 'Planted Regulator' } }) }],
    [
      'kb.saveClaim',
      {
        claim: {
          id: 'planted-claim',
          statement: 'x',
          actors: ['pboc'],
          status: 'reported',
          sources: [{ outlet: 'x', attribution: 'anonymous' }],
        },
      },
    ],
    [
      'kb.importDataset',
      { text: JSON.stringify(dataset([actor('planted')], { id: 'planted-set' })) },
    ],
    ['kb.deleteRecord', { table: 'actors', id: 'pboc' }],
  ];

  for (const [type, payload] of writes) {
    it(`refuses ${type} from a content script and leaves the database as it was`, async () => {
      await ask('kb.search', { query: 'bank' }); // seeds
      const before = { actors: await db.actors.toArray(), claims: await db.claims.toArray() };
      const reply = await askFromPage(type, payload);
      expect(reply).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
      expect(!reply.ok && reply.error.message).toMatch(/not allowed from this context/);
      expect({ actors: await db.actors.toArray(), claims: await db.claims.toArray() }).toEqual(
        before,
      );
    });
  }

  it('refuses a message whose sender the browser did not vouch for', async () => {
    const reply = await dispatch(
      service.handlers,
      { type: 'kb.export', payload: { scope: 'all' } },
      {},
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });

  it('refuses a findings report from an extension page: only a page reports what it shows', async () => {
    const reply = await ask('findings.report', {
      url: 'https://x.example/',
      title: 't',
      isArticle: true,
      signals: [],
      level: 'names',
      mentions: [],
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });

  it('drops a long analysis once another document of the same tab asks (a reload, a link followed)', async () => {
    const sender = (documentId: string) => ({
      context: 'content-script' as const,
      tabId: 5,
      frameId: 0,
      documentId,
    });
    const analyse = (documentId: string, text: string) =>
      dispatch(
        service.handlers,
        {
          type: 'page.analyze',
          payload: { text, host: 'news.example', layers: ['claims', 'attributions'] },
        },
        sender(documentId),
      );
    // Four pieces of 25,000 characters: the analysers give the thread back between them.
    const long = "The People's Bank of China said so.\n".repeat(3_000);
    const left = analyse('before-reload', long);
    const reloaded = await analyse('after-reload', 'The bank said so.');
    expect(reloaded.ok).toBe(true);
    expect(await left).toMatchObject({ ok: false, error: { code: 'failed' } });
    // The same document asking twice keeps both.
    const [a, b] = await Promise.all([
      analyse('after-reload', long),
      analyse('after-reload', long),
    ]);
    expect([a.ok, b.ok]).toEqual([true, true]);
  });
});
