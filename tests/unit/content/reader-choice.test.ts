/**
 * The page flow under the reader's say over detection: a site never annotated, a site always
 * annotated, and "Annotate this page" (the whole page or the selection's block), each taking
 * effect at once on a page already open.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runContentScript, type PageServices } from '@/content/controller';
import type { AnnotationLayer, LayerContext } from '@/content/types';
import type { Analyses } from '@/lib/background/analyzers';
import type { Findings } from '@/lib/messaging';
import { articleDocument, fakeContext, settle } from '../../support/page-flow';
import type { PageScope, SitePolicy } from '@/lib/site-policy';

const SENTENCE =
  'The central bank asked the largest platforms to share the consumer credit data they hold, people familiar with the talks said. ';

/** A section front: detection passes it over. Built in the test's own document (selections). */
function frontPage(): Document {
  document.title = 'Technology';
  document.body.innerHTML = `<header><a href="/">Home</a></header>
    <main><h1>Technology</h1>
      <div class="teaser" id="first"><h3><a href="/a">Platform lending</a></h3>
        <p id="lending">Ant Group was asked for data.</p></div>
      <div class="teaser"><h3><a href="/b">Ride hailing</a></h3><p>Didi returns to stores.</p></div>
    </main>`;
  return document;
}

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.body.innerHTML = '';
});

/** A names layer whose finding is the text it was given, so a test sees what was read. */
function textLayer() {
  const log = { started: 0, stopped: 0 };
  const layer = {
    id: 'names',
    level: 'names',
    findingsKey: 'mentions',
    start({ signal }: LayerContext) {
      log.started += 1;
      signal.addEventListener('abort', () => (log.stopped += 1));
      return { addPassage: () => {} };
    },
    report: (analysis: { found: string[] }) => analysis.found,
  } as unknown as AnnotationLayer;
  return { layer, log };
}

function fakeServices(policy: SitePolicy, pending: PageScope | null = null) {
  const asked: string[] = [];
  const reports: Findings[] = [];
  let onPolicy: (policy: SitePolicy) => void = () => {};
  let onRequest: (scope: PageScope) => void = () => {};
  const services: PageServices = {
    async analyze(text) {
      asked.push(text);
      return {
        names: { found: [text.replace(/\s+/g, ' ').trim()] },
      } as unknown as Partial<Analyses>;
    },
    async report(findings) {
      reports.push(findings);
    },
    loadLevel: async () => 'names',
    watchLevel: () => () => {},
    loadSitePolicy: async () => policy,
    watchSitePolicy: (_host, onChange) => {
      onPolicy = onChange;
      return () => {};
    },
    takePageRequests: (listener) => {
      onRequest = listener;
      if (pending) listener(pending);
      return () => {};
    },
  };
  return {
    services,
    asked,
    reports,
    setPolicy: (next: SitePolicy) => onPolicy(next),
    request: (scope: PageScope) => onRequest(scope),
  };
}

const text = (findings: Findings) => (findings.mentions as unknown as string[]).join(' | ');

describe('a site the reader never wants annotated', () => {
  it('is neither read nor asked about, and the read-out says the reader chose so', async () => {
    const { layer, log } = textLayer();
    const fake = fakeServices('never');
    await runContentScript(fakeContext(), {
      doc: articleDocument(SENTENCE),
      layers: [layer],
      services: fake.services,
    });
    await settle(fake.reports, 1);
    expect(fake.asked).toEqual([]);
    expect(log.started).toBe(0);
    expect(fake.reports[0]).toMatchObject({
      isArticle: false,
      signals: ['reader:never-annotate'],
      mentions: [],
    });
  });

  it('comes off an open article at once, and back when the reader follows detection again', async () => {
    const { layer, log } = textLayer();
    const fake = fakeServices('detect');
    await runContentScript(fakeContext(), {
      doc: articleDocument(SENTENCE),
      layers: [layer],
      services: fake.services,
    });
    await settle(fake.reports, 1);
    expect(fake.reports[0]).toMatchObject({ isArticle: true });
    expect(log.started).toBe(1);

    fake.setPolicy('never');
    await settle(fake.reports, 2);
    expect(log.stopped).toBe(1);
    expect(fake.reports[1]).toMatchObject({
      isArticle: false,
      signals: ['reader:never-annotate'],
      mentions: [],
    });

    fake.setPolicy('detect');
    await settle(fake.reports, 3);
    expect(log.started).toBe(2);
    expect(fake.reports[2]!.isArticle).toBe(true);
    expect(fake.reports[2]!.signals).toContain('json-ld:NewsArticle');
  });
});

describe('a site the reader always wants annotated', () => {
  it('has a page detection passed over read from its main text, and says why', async () => {
    const { layer, log } = textLayer();
    const fake = fakeServices('always');
    await runContentScript(fakeContext(), {
      doc: frontPage(),
      layers: [layer],
      services: fake.services,
    });
    await settle(fake.reports, 1);
    expect(log.started).toBe(1);
    const [found] = fake.reports;
    expect(found!.isArticle).toBe(true);
    expect(found!.signals.at(-1)).toBe('reader:always-annotate');
    expect(found!.signals.some((signal) => signal.startsWith('reason: '))).toBe(true);
    expect(text(found!)).toContain('Ant Group was asked for data.');
    expect(text(found!)).toContain('Didi returns to stores.');
  });

  it('leaves such a page again when the reader follows detection', async () => {
    const { layer, log } = textLayer();
    const fake = fakeServices('always');
    await runContentScript(fakeContext(), {
      doc: frontPage(),
      layers: [layer],
      services: fake.services,
    });
    await settle(fake.reports, 1);
    fake.setPolicy('detect');
    await settle(fake.reports, 2);
    expect(log.stopped).toBe(1);
    expect(fake.reports[1]).toMatchObject({ isArticle: false, mentions: [] });
    expect(fake.reports[1]!.signals).not.toContain('reader:always-annotate');
  });
});

describe('"Annotate this page"', () => {
  it('reads a page detection passed over as a whole, at once', async () => {
    const { layer, log } = textLayer();
    const fake = fakeServices('detect');
    await runContentScript(fakeContext(), {
      doc: frontPage(),
      layers: [layer],
      services: fake.services,
    });
    await settle(fake.reports, 1);
    expect(fake.reports[0]).toMatchObject({ isArticle: false, mentions: [] });
    expect(log.started).toBe(0);

    fake.request('page');
    await settle(fake.reports, 2);
    expect(log.started).toBe(1);
    expect(fake.reports[1]!.isArticle).toBe(true);
    expect(fake.reports[1]!.signals.at(-1)).toBe('reader:annotate-page');
    expect(text(fake.reports[1]!)).toContain('Platform lending');
    expect(text(fake.reports[1]!)).toContain('Didi returns to stores.');
  });

  it("takes the selection's block as the article", async () => {
    const { layer } = textLayer();
    const doc = frontPage();
    const fake = fakeServices('detect');
    await runContentScript(fakeContext(), { doc, layers: [layer], services: fake.services });
    await settle(fake.reports, 1);
    const heading = doc.querySelector('#first a')!.firstChild!;
    const lending = doc.getElementById('lending')!.firstChild!;
    doc.getSelection()!.setBaseAndExtent(heading, 0, lending, 9);

    fake.request('selection');
    await settle(fake.reports, 2);
    expect(fake.reports[1]!.signals.at(-1)).toBe('reader:annotate-selection');
    expect(text(fake.reports[1]!)).toBe('Platform lending Ant Group was asked for data.');
  });

  it('is taken when it was left before the annotator started, even on a never-annotated site', async () => {
    const { layer } = textLayer();
    const fake = fakeServices('never', 'page');
    await runContentScript(fakeContext(), {
      doc: frontPage(),
      layers: [layer],
      services: fake.services,
    });
    await settle(fake.reports, 1);
    expect(fake.reports[0]!.isArticle).toBe(true);
    expect(fake.reports[0]!.signals.at(-1)).toBe('reader:annotate-page');
    // Following detection keeps the page the reader asked for; choosing "never" again takes it off.
    fake.setPolicy('detect');
    await settle(fake.reports, 2);
    expect(fake.reports[1]!.isArticle).toBe(true);
    fake.setPolicy('never');
    await settle(fake.reports, 3);
    expect(fake.reports.at(-1)).toMatchObject({
      isArticle: false,
      signals: ['reader:never-annotate'],
      mentions: [],
    });
  });
});
