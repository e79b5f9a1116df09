import { describe, expect, it } from 'vitest';
import { runContentScript, type PageServices } from '@/content/controller';
import type { AnnotationLayer, LayerContext } from '@/content/types';
import type { Analyses, LayerId } from '@/lib/background/analyzers';
import type { Findings } from '@/lib/messaging';
import { articleDocument, fakeContext, settle } from '../../support/page-flow';
import type { Level } from '@/lib/levels';

const SENTENCE =
  'The central bank asked the largest platforms to share the consumer credit data they hold, people familiar with the talks said, and the companies did not immediately respond to requests for comment. ';

interface LayerLog {
  started: number;
  stopped: number;
  passagesSeen: unknown[];
}

/** A layer that records what it was given and when it was taken off. */
function recordingLayer(id: string, level: Exclude<Level, 'off'>, findingsKey: string) {
  const log: LayerLog = { started: 0, stopped: 0, passagesSeen: [] };
  const layer = {
    id,
    level,
    findingsKey,
    start({ page, signal }: LayerContext) {
      log.started += 1;
      for (const passage of page.passages) {
        log.passagesSeen.push((passage.analyses as Record<string, unknown>)[id]);
      }
      signal.addEventListener('abort', () => (log.stopped += 1));
      return { addPassage: () => {} };
    },
    report: (analysis: { found: string[] }) => analysis.found,
  } as unknown as AnnotationLayer;
  return { layer, log };
}

function fakeServices(initial: Level) {
  const asked: string[][] = [];
  const reports: Findings[] = [];
  let onLevel: (level: Level) => void = () => {};
  const services: PageServices = {
    async analyze(_text, _host, layers: LayerId[]) {
      asked.push([...layers]);
      const out: Record<string, unknown> = {};
      for (const id of layers) out[id] = { found: [`${id}-finding`] };
      return out as Partial<Analyses>;
    },
    async report(findings) {
      reports.push(findings);
    },
    loadLevel: async () => initial,
    watchLevel: (_host, onChange) => {
      onLevel = onChange;
      return () => {};
    },
  };
  return { services, asked, reports, setLevel: (level: Level) => onLevel(level) };
}

describe('the page flow with two layers at different levels', () => {
  it('asks only for missing analyses going up and takes layers off going down', async () => {
    const names = recordingLayer('names', 'names', 'mentions');
    const claims = recordingLayer('claims', 'claims', 'claims');
    const fake = fakeServices('names');

    await runContentScript(fakeContext(), {
      doc: articleDocument(SENTENCE),
      layers: [names.layer, claims.layer],
      services: fake.services,
    });
    await settle(fake.reports, 1);
    expect(fake.asked).toEqual([['names']]);
    expect(names.log.started).toBe(1);
    expect(claims.log.started).toBe(0);
    expect(names.log.passagesSeen).toEqual([{ found: ['names-finding'] }]);
    expect(fake.reports[0]).toMatchObject({
      isArticle: true,
      level: 'names',
      mentions: ['names-finding'],
      claims: [],
    });

    // Up: only the claims analysis is asked for, never names again; names keeps running.
    fake.setLevel('claims');
    await settle(fake.reports, 2);
    expect(fake.asked).toEqual([['names'], ['claims']]);
    expect(claims.log.started).toBe(1);
    expect(claims.log.passagesSeen).toEqual([{ found: ['claims-finding'] }]);
    expect(names.log).toMatchObject({ started: 1, stopped: 0 });
    expect(fake.reports[1]).toMatchObject({
      level: 'claims',
      mentions: ['names-finding'],
      claims: ['claims-finding'],
    });

    // Down: the claims layer comes off, names stays, nothing is asked.
    fake.setLevel('names');
    await settle(fake.reports, 3);
    expect(fake.asked).toHaveLength(2);
    expect(claims.log.stopped).toBe(1);
    expect(names.log).toMatchObject({ started: 1, stopped: 0 });
    expect(fake.reports[2]).toMatchObject({ mentions: ['names-finding'], claims: [] });

    // Up again: the analysis already held is reused.
    fake.setLevel('full');
    await settle(fake.reports, 4);
    expect(fake.asked).toHaveLength(2);
    expect(claims.log.started).toBe(2);

    // Off: everything comes off, and the read-out is empty.
    fake.setLevel('off');
    await settle(fake.reports, 5);
    expect(names.log.stopped).toBe(1);
    expect(claims.log.stopped).toBe(2);
    expect(fake.reports[4]).toMatchObject({ level: 'off', mentions: [], claims: [] });
  });

  it('asks for nothing while the level is off, and for every layer the level needs at once', async () => {
    const names = recordingLayer('names', 'names', 'mentions');
    const claims = recordingLayer('claims', 'claims', 'claims');
    const fake = fakeServices('off');
    await runContentScript(fakeContext(), {
      doc: articleDocument(SENTENCE),
      layers: [names.layer, claims.layer],
      services: fake.services,
    });
    await settle(fake.reports, 1);
    expect(fake.asked).toEqual([]);
    fake.setLevel('full');
    await settle(fake.reports, 2);
    expect(fake.asked).toEqual([['names', 'claims']]);
    expect(names.log.started).toBe(1);
    expect(claims.log.started).toBe(1);
  });

  it('starts with the settings the background sent with the annotator, asking for none', async () => {
    const names = recordingLayer('names', 'names', 'mentions');
    const claims = recordingLayer('claims', 'claims', 'claims');
    const fake = fakeServices('off');
    const askedFor: string[] = [];
    await runContentScript(fakeContext(), {
      doc: articleDocument(SENTENCE),
      layers: [names.layer, claims.layer],
      services: {
        ...fake.services,
        // The test document's host (the test environment's address).
        takeStart: async () => ({ host: 'localhost', level: 'claims', policy: 'detect' }),
        loadLevel: async (host) => {
          askedFor.push(`level ${host}`);
          return 'off';
        },
        loadSitePolicy: async (host) => {
          askedFor.push(`policy ${host}`);
          return 'never';
        },
      },
    });
    await settle(fake.reports, 1);
    expect(askedFor).toEqual([]);
    expect(fake.asked).toEqual([['names', 'claims']]);
    expect(fake.reports[0]).toMatchObject({ level: 'claims', isArticle: true });
  });

  it('asks for the settings itself when none were sent (an annotator injected another way)', async () => {
    const names = recordingLayer('names', 'names', 'mentions');
    const fake = fakeServices('names');
    await runContentScript(fakeContext(), {
      doc: articleDocument(SENTENCE),
      layers: [names.layer],
      services: { ...fake.services, takeStart: async () => null },
    });
    await settle(fake.reports, 1);
    expect(fake.asked).toEqual([['names']]);
    expect(fake.reports[0]).toMatchObject({ level: 'names' });
  });

  it('ignores settings sent for another host (the tab’s, in a frame of another site)', async () => {
    const names = recordingLayer('names', 'names', 'mentions');
    const fake = fakeServices('names');
    await runContentScript(fakeContext(), {
      doc: articleDocument(SENTENCE),
      layers: [names.layer],
      services: {
        ...fake.services,
        takeStart: async () => ({ host: 'tab.example', level: 'off', policy: 'never' }),
      },
    });
    await settle(fake.reports, 1);
    expect(fake.asked).toEqual([['names']]);
    expect(fake.reports[0]).toMatchObject({ level: 'names', isArticle: true });
  });
});
