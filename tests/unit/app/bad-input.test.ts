/**
 * Bad input, nothing lost: every import path (knowledge-base datasets and snippet files, through
 * the background's messages) tried with broken files. Each is refused with a message naming
 * where the problem is and what is wrong, the database is exactly as it was (every table dumped
 * before and after), and no key in a file reaches Object.prototype.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundService, type BackgroundService } from '@/lib/background/service';
import type { RegLensDb } from '@/lib/kb/db';
import { dispatch } from '@/lib/messaging';
import { toReglensJson } from '@/lib/snippets/formats/json';
import { actor, dataset, dropDb, freshDb } from '../kb/helpers';
import { allSnippets, englishSnippet, exportContext } from '../snippets/samples';

let db: RegLensDb;
let service: BackgroundService;

beforeEach(async () => {
  db = freshDb();
  const core = dataset(
    [
      actor('pboc', { names: { en: "People's Bank of China", zh: '中国人民银行' } }),
      actor('ant', { names: { en: 'Ant Group' } }),
    ],
    { id: 'reglens-core' },
  );
  service = createBackgroundService({ bundledDatasets: [core], db });
  // A library with something in every table: the bundled records, a user's actor, an import,
  // saved snippets.
  await service.seed();
  const ok = (reply: { ok: boolean }) => expect(reply).toMatchObject({ ok: true });
  ok(await ask('kb.saveActor', { actor: actor('mine', { names: { en: 'My Unit' } }) }));
  const imported = dataset([actor('ftu', { names: { en: 'FTU' } })], { id: 'their-set' });
  ok(await ask('kb.importDataset', { text: JSON.stringify(imported) }));
  ok(await ask('snippets.import', { text: toReglensJson(allSnippets, exportContext) }));
});

afterEach(async () => {
  await dropDb(db);
});

const ask = (type: string, payload: unknown) =>
  dispatch(service.handlers, { type, payload }, { context: 'extension-page' });

/** Every row of every table, in key order. */
async function dump(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

/** Sends a bad file; expects a refusal whose problems include every pattern, and no change. */
async function refused(
  type: 'kb.importDataset' | 'snippets.import',
  text: string,
  ...expected: RegExp[]
): Promise<string[]> {
  const before = await dump();
  const protoBefore = prototypeKeys();
  const reply = await ask(type, { text });
  expect(reply.ok).toBe(false);
  if (reply.ok) return [];
  expect(reply.error.code).toBe('invalid-input');
  const problems = reply.error.problems ?? [];
  expect(problems.length).toBeGreaterThan(0);
  for (const pattern of expected) {
    expect(
      problems.some((p) => pattern.test(p)),
      `${pattern} in ${JSON.stringify(problems)}`,
    ).toBe(true);
  }
  expect(await dump()).toEqual(before);
  expect(prototypeKeys()).toEqual(protoBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return problems;
}

const snippetFile = (snippets: unknown[], envelope: Record<string, unknown> = {}): string =>
  JSON.stringify({ format: 'reglens-snippets', version: 1, snippets, ...envelope });

const plain = <T>(value: T): Record<string, unknown> =>
  JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

describe('knowledge-base dataset files', () => {
  it('refuses malformed JSON with its line and column', async () => {
    await refused('kb.importDataset', '{\n  "id": "x",\n  "version": }', /line 3/i);
    await refused('kb.importDataset', '', /empty/i);
    await refused('kb.importDataset', '[1, 2]', /JSON array/);
  });

  it('refuses wrong types and missing fields, each by its path', async () => {
    const file = plain(dataset([actor('x1')], { id: 'mine-1' }));
    (file.actors as Record<string, unknown>[])[0]!.kind = 42;
    delete (file.actors as Record<string, unknown>[])[0]!.summary;
    file.title = ['not', 'a', 'title'];
    await refused(
      'kb.importDataset',
      JSON.stringify(file),
      /^actors\[0\].*kind/,
      /^actors\[0\].*summary/,
      /^title/,
    );
    await refused('kb.importDataset', JSON.stringify({ ...file, actors: 'x' }), /^actors/);
  });

  it('refuses a version that is not one, and a dataset id that is the bundled one', async () => {
    const file = plain(dataset([actor('x1')], { id: 'mine-1' }));
    await refused('kb.importDataset', JSON.stringify({ ...file, version: 'v2' }), /^version/);
    await refused('kb.importDataset', JSON.stringify({ ...file, version: 2 }), /^version/);
    await refused(
      'kb.importDataset',
      JSON.stringify({ ...file, id: 'reglens-core' }),
      /^id: "reglens-core"/,
    );
  });

  it('refuses __proto__, constructor and prototype keys without touching Object.prototype', async () => {
    const good = JSON.stringify(plain(dataset([actor('x1')], { id: 'mine-1' })));
    const top = good.replace('{', '{"__proto__": {"polluted": true}, ');
    await refused('kb.importDataset', top, /^__proto__: this key is not allowed in a dataset file/);
    const nested = good.replace(
      '"summary"',
      '"constructor": {"prototype": {"polluted": 1}}, "summary"',
    );
    await refused('kb.importDataset', nested, /^actors\[0\]\.constructor: this key is not allowed/);
    const names = good.replace('"names":{', '"names":{"__proto__": {"polluted": true}, ');
    await refused(
      'kb.importDataset',
      names,
      /^actors\[0\]\.names\.__proto__: this key is not allowed/,
    );
  });

  it('refuses duplicate ids, naming both', async () => {
    const file = dataset([actor('x1'), actor('x1', { names: { en: 'Other' } })], { id: 'mine-1' });
    await refused(
      'kb.importDataset',
      JSON.stringify(file),
      /^actors\[1\]\.id: duplicate actor id "x1", also at actors\[0\]/,
    );
  });

  it('refuses a file over the size limit at once, with its size', async () => {
    const big = `{"id": "big", "pad": "${'x'.repeat(21 * 1024 * 1024)}"}`;
    await refused(
      'kb.importDataset',
      big,
      /The file is 2\d(\.\d)? MB; a dataset file can be at most 20 MB/,
    );
  });

  it('keeps markup and script in every string as text, exactly as written', async () => {
    const evil = '<img src=x onerror="globalThis.hacked=1"><script>globalThis.hacked=2</script>';
    const file = dataset(
      [
        actor('evil', {
          names: { en: `Evil ${evil}`, zh: `恶意${evil}` },
          summary: `Summary ${evil}`,
          aliases: [{ text: `alias ${evil}`, lang: 'en' }],
        }),
      ],
      { id: 'evil-set', title: `Title ${evil}` },
    );
    const reply = await ask('kb.importDataset', { text: JSON.stringify(file) });
    expect(reply).toMatchObject({ ok: true });
    const row = await db.actors.get('evil');
    expect(row).toMatchObject({ names: { en: `Evil ${evil}` }, summary: `Summary ${evil}` });
    expect((globalThis as Record<string, unknown>).hacked).toBeUndefined();
  });
});

describe('snippet files', () => {
  it('refuses malformed JSON with its line and column', async () => {
    await refused('snippets.import', '{"format": "reglens-snippets",\n "version": 1,,}', /line 2/i);
    await refused('snippets.import', '   ', /empty/i);
    await refused('snippets.import', '"just a string"', /string/i);
  });

  it('refuses wrong types and missing fields, each by its path', async () => {
    const bad = plain(englishSnippet);
    bad.id = 'fresh-1';
    bad.tags = 'antitrust';
    delete bad.citation;
    (bad.quote as Record<string, unknown>).exact = 12;
    await refused(
      'snippets.import',
      snippetFile([bad]),
      /^snippets\[0\].*tags/,
      /^snippets\[0\].*citation/,
      /^snippets\[0\].*quote\.exact/,
    );
    await refused('snippets.import', snippetFile([]).replace('[]', '{}'), /^snippets/);
    await refused(
      'snippets.import',
      JSON.stringify({ version: 1, snippets: [] }),
      /^format: missing/,
    );
  });

  it('refuses a newer version with a word on why, and a version that is not one', async () => {
    await refused('snippets.import', snippetFile([], { version: 7 }), /version 7.*newer RegLens/);
    await refused('snippets.import', snippetFile([], { version: '1' }), /^version: "1"/);
    await refused('snippets.import', snippetFile([], { version: null }), /^version: null/);
  });

  it('refuses __proto__, constructor and prototype keys without touching Object.prototype', async () => {
    const fresh = { ...plain(englishSnippet), id: 'fresh-1' };
    const good = snippetFile([fresh]);
    await refused(
      'snippets.import',
      good.replace('{', '{"__proto__": {"polluted": true}, '),
      /^__proto__: this key is not allowed/,
    );
    await refused(
      'snippets.import',
      good.replace('"grades":{', '"grades":{"__proto__": {"level": "confirmed"}, '),
      /^snippets\[0\]\.grades\.__proto__/,
    );
    await refused(
      'snippets.import',
      good.replace('"citation":{', '"citation":{"constructor": {"prototype": {"polluted": 1}}, '),
      /^snippets\[0\]\.citation\.constructor/,
    );
  });

  it('refuses duplicate ids within the file, naming both', async () => {
    const a = { ...plain(englishSnippet), id: 'twin-snippet' };
    await refused(
      'snippets.import',
      snippetFile([a, a]),
      /snippets\[1\]\.id: "twin-snippet".*snippets\[0\]/,
    );
  });

  it('refuses a 50 MB file at once, with its size', async () => {
    const big = snippetFile([], { pad: 'x'.repeat(50 * 1024 * 1024) });
    await refused(
      'snippets.import',
      big,
      /The file is 50(\.\d)? MB; a snippet file can be at most 50 MB/,
    );
  });

  it('keeps markup and script in every string as text, exactly as written', async () => {
    const evil = '<img src=x onerror="globalThis.hacked=1"><script>globalThis.hacked=2</script>';
    const snippet: Record<string, unknown> = {
      ...plain(englishSnippet),
      id: 'evil-snippet-1',
      quote: { exact: `Quote ${evil}`, prefix: '<b onclick=x>', suffix: '</script>' },
      note: `Note ${evil}`,
      tags: [evil],
    };
    (snippet.citation as Record<string, unknown>).title = `Title ${evil}`;
    const reply = await ask('snippets.import', { text: snippetFile([snippet]) });
    expect(reply).toMatchObject({ ok: true, value: { added: 1 } });
    expect(await db.snippets.get('evil-snippet-1')).toMatchObject({
      note: `Note ${evil}`,
      tags: [evil],
      quote: { exact: `Quote ${evil}` },
    });
    expect((globalThis as Record<string, unknown>).hacked).toBeUndefined();
  });

  it('skips snippets already saved, saying why, and changes none of them', async () => {
    const before = await db.snippets.toArray();
    const changed = { ...plain(englishSnippet), note: 'An edited note that must not win' };
    const reply = await ask('snippets.import', { text: snippetFile([changed]) });
    expect(reply).toMatchObject({
      ok: true,
      value: { added: 0, skipped: [{ id: englishSnippet.id, reason: /already saved/ }] },
    });
    expect(await db.snippets.toArray()).toEqual(before);
  });
});
