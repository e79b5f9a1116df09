import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundService, sameDocument } from '@/lib/background/service';
import type { RegLensDb } from '@/lib/kb/db';
import { dispatch, type Findings, type MessageSender } from '@/lib/messaging';
import { dataset, dropDb, freshDb } from '../kb/helpers';

let db: RegLensDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

const findingsFor = (url: string): Findings => ({
  url,
  title: 'A story',
  isArticle: true,
  signals: ['json-ld:NewsArticle'],
  level: 'names',
  mentions: [
    {
      actorId: 'pboc',
      name: "People's Bank of China",
      kind: 'regulator',
      text: 'PBoC',
      start: 4,
      end: 8,
    },
  ],
  claims: [],
  snippets: [],
  attributions: [],
});

describe('what a tab shows', () => {
  it('keeps findings while the tab shows their page, and drops them once it moves on', async () => {
    const service = createBackgroundService({ bundledDatasets: [dataset([])], db });
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    const ask = (
      type: string,
      payload: unknown,
      sender: MessageSender = { context: 'extension-page' },
    ) => dispatch(service.handlers, { type, payload }, sender);

    const story = findingsFor('https://news.example/story');
    expect(
      await ask('findings.report', story, { context: 'content-script', tabId: tab.id }),
    ).toEqual({
      ok: true,
      value: null,
    });
    expect(await ask('tab.findings', { tabId: tab.id })).toEqual({ ok: true, value: story });

    // A jump inside the page is the same document.
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://news.example/story#comments' });
    expect(await ask('tab.findings', { tabId: tab.id })).toEqual({ ok: true, value: story });

    // A page the prefilter ruled out reports nothing: the old page's findings must not show.
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://news.example/app' });
    expect(await ask('tab.findings', { tabId: tab.id })).toEqual({ ok: true, value: null });
  });

  it('tells documents apart by everything but the fragment', () => {
    expect(sameDocument('https://a.example/x#one', 'https://a.example/x#two')).toBe(true);
    expect(sameDocument('https://a.example/x', 'https://a.example/x?page=2')).toBe(false);
    expect(sameDocument('https://a.example/x', 'https://a.example/y')).toBe(false);
  });
});
