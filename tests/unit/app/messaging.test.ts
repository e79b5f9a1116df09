import { describe, expect, it } from 'vitest';
import { dispatch, senderContext, type Handlers, type MessageSender } from '@/lib/messaging';

const extensionPage: MessageSender = { context: 'extension-page' };
const page: MessageSender = { context: 'content-script', tabId: 42 };

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'page.analyze': async () => ({ names: { mentions: [], actors: {} } }),
    'kb.actorCard': async () => null,
    'kb.claimCard': async () => null,
    'kb.outletCard': async () => null,
    'kb.names': async () => ({ actors: {}, claims: {} }),
    'findings.report': async () => null,
    'ui.injectCard': async () => null,
    'ui.injectAnnotator': async () => null,
    'settings.level': async () => 'names',
    'settings.sitePolicy': async () => 'detect',
    'page.annotate': async ({ scope }) => ({ scope }),
    'site.neverAnnotate': async () => 'news.example',
    'settings.hoverDelay': async () => 500,
    'page.reveal': async () => true,
    'kb.search': async () => ({ actors: [], claims: [] }),
    'kb.getRecord': async () => null,
    'kb.importDataset': async () => {
      throw new Error('not in these tests');
    },
    'kb.export': async () => '{}',
    'kb.saveActor': async ({ actor }) => ({
      id: actor.id,
      created: true,
      changed: true,
      origin: 'user',
    }),
    'kb.saveClaim': async ({ claim }) => ({
      id: claim.id,
      created: true,
      changed: true,
      origin: 'user',
    }),
    'kb.deleteRecord': async () => null,
    'snippets.save': async () => {
      throw new Error('not in these tests');
    },
    'snippets.update': async () => {
      throw new Error('not in these tests');
    },
    'snippets.list': async () => [],
    'snippets.delete': async () => [],
    'snippets.restore': async () => 0,
    'snippets.export': async () => '',
    'snippets.import': async () => ({ added: 0, skipped: [], summary: '' }),
    'tab.findings': async ({ tabId }) => ({
      url: `https://example.test/${tabId}`,
      title: 't',
      isArticle: true,
      signals: [],
      level: 'names',
      mentions: [],
      claims: [],
      snippets: [],
      attributions: [],
    }),
    ...overrides,
  };
}

describe('message protocol', () => {
  it('answers a well-formed request with ok and the value', async () => {
    const reply = await dispatch(
      handlers(),
      { type: 'tab.findings', payload: { tabId: 7 } },
      extensionPage,
    );
    expect(reply).toEqual({
      ok: true,
      value: {
        url: 'https://example.test/7',
        title: 't',
        isArticle: true,
        signals: [],
        level: 'names',
        mentions: [],
        claims: [],
        snippets: [],
        attributions: [],
      },
    });
  });

  it('refuses an unknown message type without calling any handler', async () => {
    const reply = await dispatch(
      handlers(),
      { type: 'db.dropEverything', payload: {} },
      extensionPage,
    );
    expect(reply).toEqual({
      ok: false,
      error: { code: 'unknown-message', message: 'Unknown message' },
    });
  });

  it('refuses a malformed payload and names the field', async () => {
    const reply = await dispatch(
      handlers(),
      { type: 'tab.findings', payload: { tabId: 'x' } },
      extensionPage,
    );
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.code).toBe('malformed-request');
    expect(!reply.ok && reply.error.message).toMatch(/Malformed tab\.findings request[\s\S]*tabId/);
    expect(!reply.ok && reply.error.problems).toEqual([
      expect.stringMatching(/^tabId: .*expected number/),
    ]);
  });

  it('turns a thrown handler error into an error reply', async () => {
    const reply = await dispatch(
      handlers({
        'kb.actorCard': async () => {
          throw new Error('database closed');
        },
      }),
      { type: 'kb.actorCard', payload: { id: 'pboc' } },
      page,
    );
    expect(reply).toEqual({ ok: false, error: { code: 'failed', message: 'database closed' } });
  });

  it('passes the sender to the handler', async () => {
    let seen: number | undefined;
    await dispatch(
      handlers({
        'findings.report': async (_findings, sender) => {
          seen = sender.tabId;
          return null;
        },
      }),
      {
        type: 'findings.report',
        payload: {
          url: 'u',
          title: 't',
          isArticle: false,
          signals: [],
          level: 'off',
          mentions: [],
        },
      },
      page,
    );
    expect(seen).toBe(42);
  });

  it('refuses a message from a context it does not list, before reading its payload', async () => {
    let called = false;
    const reply = await dispatch(
      handlers({
        'tab.findings': async () => {
          called = true;
          return null;
        },
      }),
      { type: 'tab.findings', payload: { tabId: 'not even a number' } },
      page,
    );
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'not-allowed',
        message:
          "tab.findings is not allowed from this context: only the extension's pages may send it",
      },
    });
    expect(called).toBe(false);
  });

  it('lets only extension pages ask a tab to reveal a mark, with a layer it knows', async () => {
    const asked: unknown[] = [];
    const reveal = handlers({
      'page.reveal': async (request) => {
        asked.push(request);
        return true;
      },
    });
    const message = {
      type: 'page.reveal',
      payload: { tabId: 7, layer: 'claims', start: 10, end: 40 },
    };
    expect(await dispatch(reveal, message, page)).toMatchObject({ error: { code: 'not-allowed' } });
    expect(
      await dispatch(
        reveal,
        { ...message, payload: { ...message.payload, layer: 'x' } },
        extensionPage,
      ),
    ).toMatchObject({ error: { code: 'malformed-request' } });
    expect(await dispatch(reveal, message, extensionPage)).toEqual({ ok: true, value: true });
    expect(asked).toEqual([{ tabId: 7, layer: 'claims', start: 10, end: 40 }]);
  });

  it('tells extension pages from content scripts by the address the browser gives', () => {
    const base = 'chrome-extension://abc/';
    expect(senderContext({ url: 'chrome-extension://abc/popup.html' }, base)).toBe(
      'extension-page',
    );
    // An extension page open in a tab of its own is still an extension page.
    expect(
      senderContext({ url: 'chrome-extension://abc/knowledge-base.html', tab: {} }, base),
    ).toBe('extension-page');
    expect(senderContext({ url: 'https://news.example/a', tab: {} }, base)).toBe('content-script');
    // A page whose address merely contains the extension's is not one of its pages.
    expect(
      senderContext({ url: 'https://evil.example/chrome-extension://abc/', tab: {} }, base),
    ).toBe('content-script');
    expect(senderContext({ url: 'chrome-extension://other/popup.html' }, base)).toBeUndefined();
  });
});
