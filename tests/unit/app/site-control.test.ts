/**
 * The background's side of the reader's control over detection: what the page script may have
 * injected, what the read-out says of a never-annotated site, the card's "never annotate this
 * site" and who may send what.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundService } from '@/lib/background/service';
import type { RegLensDb } from '@/lib/kb/db';
import { dispatch, type MessageSender } from '@/lib/messaging';
import { loadSettings, setSiteLevel, setSitePolicy } from '@/lib/settings-store';
import { dataset, dropDb, freshDb } from '../kb/helpers';

let db: RegLensDb;
let injected: unknown[];
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  injected = [];
  fakeBrowser.scripting.executeScript = vi.fn(async (injection: unknown) => {
    injected.push(injection);
    return [];
  }) as never;
});
afterEach(async () => {
  await dropDb(db);
});

function background() {
  const service = createBackgroundService({ bundledDatasets: [dataset([])], db });
  return (type: string, payload: unknown, sender: MessageSender) =>
    dispatch(service.handlers, { type, payload }, sender);
}

const extensionPage: MessageSender = { context: 'extension-page' };

describe('a site the reader never wants annotated', () => {
  it('gets no annotator from the page script, while other sites do', async () => {
    const ask = background();
    await setSitePolicy('never.example', 'never');
    const from = (url: string): MessageSender => ({
      context: 'content-script',
      tabId: 3,
      frameId: 0,
      url,
    });
    expect(await ask('ui.injectAnnotator', {}, from('https://never.example/story'))).toEqual({
      ok: true,
      value: null,
    });
    expect(injected).toEqual([]);
    // The answer carries what the annotator starts with, so it need not ask for it.
    await setSiteLevel('other.example', 'full');
    expect(await ask('ui.injectAnnotator', {}, from('https://other.example/story'))).toEqual({
      ok: true,
      value: { host: 'other.example', level: 'full', policy: 'detect' },
    });
    expect(injected).toEqual([{ target: { tabId: 3, frameIds: [0] }, files: ['/annotator.js'] }]);
    await setSitePolicy('always.example', 'always');
    expect(await ask('ui.injectAnnotator', {}, from('https://always.example/'))).toEqual({
      ok: true,
      value: { host: 'always.example', level: 'claims', policy: 'always' },
    });
  });

  it("is reported as not an article by the reader's choice, with its level", async () => {
    const ask = background();
    const tab = await fakeBrowser.tabs.create({ url: 'https://never.example/story' });
    expect(await ask('tab.findings', { tabId: tab.id }, extensionPage)).toEqual({
      ok: true,
      value: null,
    });
    await setSitePolicy('never.example', 'never');
    await setSiteLevel('never.example', 'full');
    const reply = await ask('tab.findings', { tabId: tab.id }, extensionPage);
    expect(reply).toMatchObject({
      ok: true,
      value: {
        url: 'https://never.example/story',
        isArticle: false,
        signals: ['reader:never-annotate'],
        level: 'full',
        mentions: [],
        claims: [],
      },
    });
  });

  it('answers the annotator with the choice in force on its host', async () => {
    const ask = background();
    await setSitePolicy('a.example', 'always');
    const page: MessageSender = { context: 'content-script', tabId: 1 };
    expect(await ask('settings.sitePolicy', { host: 'a.example' }, page)).toEqual({
      ok: true,
      value: 'always',
    });
    expect(await ask('settings.sitePolicy', { host: 'b.example' }, page)).toEqual({
      ok: true,
      value: 'detect',
    });
  });
});

describe('the card\'s "Never annotate this site"', () => {
  it("switches off the sender's own site, whatever the request says", async () => {
    const ask = background();
    const sender: MessageSender = {
      context: 'content-script',
      tabId: 2,
      url: 'https://mistaken.example/front',
    };
    expect(await ask('site.neverAnnotate', { host: 'victim.example' }, sender)).toEqual({
      ok: true,
      value: 'mistaken.example',
    });
    expect((await loadSettings()).policies).toEqual({ 'mistaken.example': 'never' });
  });

  it('is refused from extension pages, and "Annotate this page" from pages', async () => {
    const ask = background();
    const fromPage = await ask(
      'page.annotate',
      { tabId: 1, scope: 'page' },
      { context: 'content-script', tabId: 1, url: 'https://a.example/' },
    );
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    const fromExtension = await ask('site.neverAnnotate', {}, extensionPage);
    expect(fromExtension).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect((await loadSettings()).policies).toEqual({});
    expect(injected).toEqual([]);
  });
});
