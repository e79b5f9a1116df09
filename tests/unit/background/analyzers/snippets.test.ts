import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegLensDb } from '@/lib/kb/db';
import { addSnippet } from '@/lib/kb/snippet-store';
import { createKnowledge } from '@/lib/background/knowledge';
import { analyzeText } from '@/lib/background/analyze';
import type { SnippetInput } from '@/lib/snippets/schema';
import { dropDb, freshDb } from '../../kb/helpers';

let db: RegLensDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

function snippet(id: string, exact: string, url: string, extra: Partial<SnippetInput> = {}) {
  return {
    id,
    quote: { exact, prefix: '', suffix: '' },
    citation: { url, pageUrl: url, title: 'T', site: new URL(url).hostname, authors: [] },
    savedAt: '2024-01-02T03:04:05.000Z',
    updatedAt: '2024-01-02T03:04:05.000Z',
    ...extra,
  } satisfies SnippetInput;
}

describe('the snippets analyser', () => {
  it('anchors the page’s snippets where they stand now, and says which are not found', async () => {
    const page = 'https://news.example/story';
    await addSnippet(db, snippet('snip-moved', 'the central bank asked for data', page));
    await addSnippet(db, snippet('snip-gone', 'a sentence the editors removed', page));
    await addSnippet(
      db,
      snippet('snip-other', 'the central bank asked for data', 'https://other.example/x'),
    );
    const text = 'A new first line. Earlier this year the central bank asked for data.';
    const { snippets } = await analyzeText(
      { text, host: 'news.example', urls: [page] },
      ['snippets'],
      createKnowledge(db, async () => {}),
    );
    const byId = new Map(snippets!.snippets.map((s) => [s.snippet.id, s.anchor]));
    expect([...byId.keys()].sort()).toEqual(['snip-gone', 'snip-moved']);
    const moved = byId.get('snip-moved')!;
    expect(text.slice(moved.start, moved.end)).toBe('the central bank asked for data');
    expect(byId.get('snip-gone')).toBeNull();
  });

  it('finds snippets saved under the page’s canonical address', async () => {
    const canonical = 'https://news.example/story';
    await addSnippet(db, snippet('snip-canon', 'quoted words', canonical));
    const { snippets } = await analyzeText(
      {
        text: 'Some quoted words here.',
        host: 'm.news.example',
        urls: ['https://m.news.example/s?x=1', canonical],
      },
      ['snippets'],
      createKnowledge(db, async () => {}),
    );
    expect(snippets?.snippets.map((s) => s.snippet.id)).toEqual(['snip-canon']);
  });
});
