/**
 * A full disk: IndexedDB refuses a write with QuotaExceededError part-way through. Every save path
 * (snippets saved from a page, edited, imported, deleted; actors and claims saved; datasets
 * imported) answers that storage is full, in the reader's language, and leaves no half-written
 * record: the database is compared table by table before and after.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { createBackgroundService, type BackgroundService } from '@/lib/background/service';
import type { RegLensDb } from '@/lib/kb/db';
import { isStorageFull } from '@/lib/kb/storage-full';
import { dispatch } from '@/lib/messaging';
import { toReglensJson } from '@/lib/snippets/formats/json';
import { snippetSchema } from '@/lib/snippets/schema';
import { useLocale } from '../../support/locale';
import { actor, dataset, dropDb, freshDb } from '../kb/helpers';
import { allSnippets, englishSnippet, exportContext } from '../snippets/samples';

let db: RegLensDb;
let service: BackgroundService;
/** Rows the disk still takes; null when there is room for everything. */
let room: number | null = null;

/**
 * Below Dexie, where IndexedDB itself would run out: a write request is passed down for as many
 * rows as there is room for, then refused as the browser refuses it.
 */
function fullDisk(down: DBCore): DBCore {
  return {
    ...down,
    table(name) {
      const table = down.table(name);
      return {
        ...table,
        async mutate(request: DBCoreMutateRequest) {
          if (room === null) return table.mutate(request);
          const count =
            request.type === 'add' || request.type === 'put'
              ? request.values.length
              : request.type === 'delete'
                ? request.keys.length
                : 1;
          if (count <= room) {
            room -= count;
            return table.mutate(request);
          }
          if (room > 0 && (request.type === 'add' || request.type === 'put')) {
            const fits = room;
            room = 0;
            await table.mutate({
              ...request,
              values: request.values.slice(0, fits),
              ...(request.keys ? { keys: request.keys.slice(0, fits) } : {}),
            } as DBCoreMutateRequest);
          }
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
      };
    },
  };
}

const ask = (type: string, payload: unknown) =>
  dispatch(service.handlers, { type, payload }, { context: 'extension-page' });

async function dump(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

beforeEach(async () => {
  room = null;
  db = freshDb();
  db.use({ stack: 'dbcore', name: 'full-disk', create: fullDisk });
  const core = dataset(
    [
      actor('pboc', { names: { en: "People's Bank of China" } }),
      actor('ant', { names: { en: 'Ant Group' } }),
    ],
    { id: 'reglens-core' },
  );
  service = createBackgroundService({ bundledDatasets: [core], db });
  await service.seed();
  expect(await ask('kb.saveActor', { actor: actor('mine') })).toMatchObject({ ok: true });
  expect(
    await ask('snippets.import', { text: toReglensJson(allSnippets, exportContext) }),
  ).toMatchObject({ ok: true });
});

afterEach(async () => {
  room = null;
  await dropDb(db);
});

/** Runs a request on a disk with room for `rows` rows; expects the full-disk answer and no change. */
async function onFullDisk(rows: number, type: string, payload: unknown): Promise<string> {
  const before = await dump();
  room = rows;
  const reply = await ask(type, payload);
  room = null;
  expect(reply.ok).toBe(false);
  if (reply.ok) return '';
  expect(reply.error.code).toBe('storage-full');
  expect(await dump()).toEqual(before);
  return reply.error.message;
}

const manySnippets = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    snippetSchema.parse({
      ...englishSnippet,
      id: `bulk-${String(i).padStart(4, '0')}`,
      quote: { ...englishSnippet.quote, exact: `Passage number ${i}.` },
    }),
  );

describe('a full disk', () => {
  it('stops a snippet import part-way and keeps none of it', async () => {
    const text = toReglensJson(manySnippets(300), exportContext);
    const message = await onFullDisk(120, 'snippets.import', { text });
    expect(message).toMatch(/storage for RegLens is full, so nothing was saved/);
  });

  it('stops a dataset import part-way and keeps none of it', async () => {
    const actors = Array.from({ length: 50 }, (_, i) => actor(`imp-${i}`));
    const text = JSON.stringify(dataset(actors, { id: 'big-set' }));
    await onFullDisk(20, 'kb.importDataset', { text });
    // With room again, the same file goes in whole.
    expect(await ask('kb.importDataset', { text })).toMatchObject({
      ok: true,
      value: { added: 50 },
    });
  });

  it('refuses a saved actor, an edited actor and a saved claim, keeping the old rows', async () => {
    await onFullDisk(0, 'kb.saveActor', { actor: actor('another') });
    await onFullDisk(0, 'kb.saveActor', { actor: actor('mine', { summary: 'Edited.' }) });
    await onFullDisk(0, 'kb.saveActor', { actor: actor('pboc', { summary: 'Edited.' }) });
    await onFullDisk(0, 'kb.saveClaim', {
      claim: {
        id: 'c-new',
        statement: 'A claim.',
        actors: ['mine'],
        status: 'reported',
        sources: [{ outlet: 'caixin', attribution: 'anonymous' }],
      },
    });
  });

  it('refuses a snippet saved from a page, an edit and a delete', async () => {
    await onFullDisk(0, 'snippets.update', { id: englishSnippet.id, note: 'new', tags: [] });
    await onFullDisk(0, 'snippets.delete', { ids: allSnippets.map((s) => s.id) });
    const capture = {
      quote: { exact: 'Ant Group said so.', prefix: '', suffix: '' },
      citation: {
        url: 'https://news.example/a',
        pageUrl: 'https://news.example/a',
        title: 'A',
        site: 'news.example',
        authors: [],
      },
    };
    const before = await dump();
    room = 0;
    const reply = await dispatch(
      service.handlers,
      { type: 'snippets.save', payload: capture },
      { context: 'content-script', tabId: 1 },
    );
    room = null;
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    expect(await dump()).toEqual(before);
  });

  it('is told in the reader’s language', async () => {
    useLocale('zh_CN');
    const message = await onFullDisk(0, 'kb.saveActor', { actor: actor('another') });
    expect(message).toContain('存储空间已满');
  });
});

describe('isStorageFull', () => {
  it('sees the quota error as the browser gives it, wrapped by Dexie, or in a bulk write', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isStorageFull(quota)).toBe(true);
    expect(isStorageFull({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isStorageFull({ name: 'BulkError', failures: [new Error('x'), quota] })).toBe(true);
    expect(isStorageFull(new Error('x', { cause: quota }))).toBe(true);
    expect(isStorageFull(new DOMException('x', 'ConstraintError'))).toBe(false);
    expect(isStorageFull({ name: 'AbortError', inner: new Error('other') })).toBe(false);
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = loop;
    expect(isStorageFull(loop)).toBe(false);
  });
});
