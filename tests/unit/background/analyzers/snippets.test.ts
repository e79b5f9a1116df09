import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegLensDb } from '@/lib/kb/db';
import { addSnippet, snippetHosts } from '@/lib/kb/snippet-store';
import { createBackgroundService } from '@/lib/background/service';
import { dispatch } from '@/lib/messaging';
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

  it('knows each host a snippet is found under: its site and its canonical address’s host', async () => {
    await addSnippet(db, {
      ...snippet('snip-mobile', 'words', 'https://news.example/story'),
      citation: {
        url: 'https://news.example/story',
        pageUrl: 'https://m.news.example/story',
        title: 'T',
        site: 'm.news.example',
        authors: [],
      },
    });
    expect([...(await snippetHosts(db))].sort()).toEqual(['m.news.example', 'news.example']);
    // A page on another host is answered without its snippets' rows; one on either host finds it.
    const knowledge = createKnowledge(db, async () => {});
    const found = async (url: string) =>
      (
        await analyzeText(
          { text: 'Some words.', host: new URL(url).host, urls: [url] },
          ['snippets'],
          knowledge,
        )
      ).snippets!.snippets.map((s) => s.snippet.id);
    expect(await found('https://other.example/story')).toEqual([]);
    expect(await found('https://news.example/story')).toEqual(['snip-mobile']);
    expect(await found('https://m.news.example/story')).toEqual(['snip-mobile']);
  });

  it('sees a snippet written through the background on the next analysis of its page', async () => {
    const service = createBackgroundService({ bundledDatasets: [], db });
    const ask = (type: string, payload: unknown, context: 'extension-page' | 'content-script') =>
      dispatch(service.handlers, { type, payload }, { context, tabId: 1 });
    const page = 'https://fresh.example/story';
    const analyse = async () => {
      const reply = await ask(
        'page.analyze',
        {
          text: 'The regulator said no.',
          host: 'fresh.example',
          layers: ['snippets'],
          urls: [page],
        },
        'content-script',
      );
      if (!reply.ok) throw new Error(reply.error.message);
      return (
        reply.value as { snippets: { snippets: { snippet: { id: string } }[] } }
      ).snippets.snippets.map((s) => s.snippet.id);
    };
    // The first analysis reads which hosts have snippets (none here) and keeps the answer.
    expect(await analyse()).toEqual([]);
    const restored = await ask(
      'snippets.restore',
      { snippets: [snippet('snip-new', 'The regulator said no.', page)] },
      'extension-page',
    );
    expect(restored).toEqual({ ok: true, value: 1 });
    expect(await analyse()).toEqual(['snip-new']);
    expect(await ask('snippets.delete', { ids: ['snip-new'] }, 'extension-page')).toMatchObject({
      ok: true,
    });
    expect(await analyse()).toEqual([]);
  });
});
