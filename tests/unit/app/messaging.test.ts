import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '@/lib/messaging';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'page.analyze': async () => ({ mentions: [], actors: {} }),
    'kb.actorCard': async () => null,
    'findings.report': async () => null,
    'ui.injectCard': async () => null,
    'ui.injectAnnotator': async () => null,
    'settings.level': async () => 'names',
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
    'tab.findings': async ({ tabId }) => ({
      url: `https://example.test/${tabId}`,
      title: 't',
      isArticle: true,
      signals: [],
      level: 'names',
      mentions: [],
    }),
    ...overrides,
  };
}

describe('message protocol', () => {
  it('answers a well-formed request with ok and the value', async () => {
    const reply = await dispatch(handlers(), { type: 'tab.findings', payload: { tabId: 7 } }, {});
    expect(reply).toEqual({
      ok: true,
      value: {
        url: 'https://example.test/7',
        title: 't',
        isArticle: true,
        signals: [],
        level: 'names',
        mentions: [],
      },
    });
  });

  it('refuses an unknown message type without calling any handler', async () => {
    const reply = await dispatch(handlers(), { type: 'db.dropEverything', payload: {} }, {});
    expect(reply).toEqual({ ok: false, error: 'Unknown message' });
  });

  it('refuses a malformed payload and names the field', async () => {
    const reply = await dispatch(handlers(), { type: 'tab.findings', payload: { tabId: 'x' } }, {});
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/Malformed tab\.findings request[\s\S]*tabId/);
  });

  it('turns a thrown handler error into an error reply', async () => {
    const reply = await dispatch(
      handlers({
        'kb.actorCard': async () => {
          throw new Error('database closed');
        },
      }),
      { type: 'kb.actorCard', payload: { id: 'pboc' } },
      {},
    );
    expect(reply).toEqual({ ok: false, error: 'database closed' });
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
      { tabId: 42 },
    );
    expect(seen).toBe(42);
  });
});
