/**
 * The prefilter (lib/page/prefilter.ts) in real Chromium, without the extension: each case is a
 * document parsed in a page and handed to the prefilter bundled as the page script bundles it.
 * It runs here rather than with the unit tests because it reads the page through XPath strings
 * and selectors with the `i` flag, neither of which happy-dom implements; and because what it
 * decides is what Chromium's selector and XPath engines find.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prefilter } from '@/lib/page/prefilter';
import { launchWithoutExtension, type PlainBrowser } from './harness';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

let browser: PlainBrowser;
let page: Page;

/** lib/page/prefilter.ts as one script that puts its exports on `reglensPrefilter`. */
async function prefilterBundle(): Promise<string> {
  const result = await build({
    configFile: false,
    root: projectRoot,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: path.join(projectRoot, 'lib/page/prefilter.ts'),
        formats: ['iife'],
        name: 'reglensPrefilter',
        fileName: () => 'prefilter.js',
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((c) => 'code' in c);
  if (!chunk || !('code' in chunk)) throw new Error('The prefilter bundle has no code');
  return chunk.code;
}

beforeAll(async () => {
  const code = await prefilterBundle();
  browser = await launchWithoutExtension();
  page = await browser.context.newPage();
  await page.goto('about:blank');
  await page.evaluate(code);
});
afterAll(async () => {
  await browser?.close();
});

type Run = { verdict: Prefilter; steps: string[] };

/** The prefilter's verdict on `markup` parsed as `type`, and the steps it reported. */
function run(markup: string, type: DOMParserSupportedType = 'text/html'): Promise<Run> {
  return page.evaluate(
    ([source, mime]) => {
      const doc = new DOMParser().parseFromString(source, mime as DOMParserSupportedType);
      const steps: string[] = [];
      const { prefilterArticle } = (
        globalThis as unknown as {
          reglensPrefilter: {
            prefilterArticle: typeof import('@/lib/page/prefilter').prefilterArticle;
          };
        }
      ).reglensPrefilter;
      return { verdict: prefilterArticle(doc, (name) => steps.push(name)), steps };
    },
    [markup, type] as const,
  );
}

const prefilter = async (markup: string) => (await run(markup)).verdict;
const signal = async (markup: string) => (await run(markup)).verdict.signal;

/** A page whose only markup is one JSON-LD block with this text and type attribute. */
const withJsonLd = (jsonLd: string, type = 'application/ld+json') =>
  `<head><script type="${type}">${jsonLd}</script></head><body></body>`;

const NO_MARKUP = 'prefilter:no-article-markup,paragraphs:0';

describe('prefilter: the check every page pays for', () => {
  it('lets a page with article structured data through', async () => {
    expect(await prefilter(withJsonLd('{"@type":"NewsArticle"}'))).toEqual({
      mayBeArticle: true,
      signal: 'prefilter:json-ld:NewsArticle',
    });
    const listed = withJsonLd(
      '{"@graph":[{"@type":["WebPage"]},{"@type": [ "https://schema.org/ReportageNewsArticle" ]}]}',
    );
    expect(await signal(listed)).toBe('prefilter:json-ld:ReportageNewsArticle');
  });

  it('reads types written with a prefix, white space or line breaks, and only article types', async () => {
    expect(await signal(withJsonLd('{"@type"\n :\t"schema:Report"}'))).toBe(
      'prefilter:json-ld:Report',
    );
    expect(await signal(withJsonLd('{"@type":"http://schema.org/NewsArticle"}'))).toBe(
      'prefilter:json-ld:NewsArticle',
    );
    expect(await signal(withJsonLd('{"@type":"LiveBlogPosting"}', 'Application/LD+JSON'))).toBe(
      'prefilter:json-ld:LiveBlogPosting',
    );
    // "ReportPage" is not a report, an "Article" inside another string is not a type.
    expect(await signal(withJsonLd('{"@type":"ReportPage","name":"\\"@type\\": Article"}'))).toBe(
      NO_MARKUP,
    );
  });

  it('reads the type attribute in any case, and only structured data', async () => {
    for (const type of ['APPLICATION/LD+JSON', 'application/LD+Json']) {
      expect(await signal(withJsonLd('{"@type":"BlogPosting"}', type))).toBe(
        'prefilter:json-ld:BlogPosting',
      );
    }
    for (const type of ['application/json', ' application/ld+json', 'application/ld+json;x']) {
      expect(await signal(withJsonLd('{"@type":"BlogPosting"}', type))).toBe(NO_MARKUP);
    }
  });

  it('reads every block in order, each up to 20,000 characters', async () => {
    const blocks = (...texts: string[]) =>
      `<head>${texts.map((t) => `<script type="application/ld+json">${t}</script>`).join('<script>var x = 1;</script>')}</head><body></body>`;
    expect(await signal(blocks('{"@type":"WebSite"}', '', '{"@type":"NewsArticle"}'))).toBe(
      'prefilter:json-ld:NewsArticle',
    );
    // An article type wins over a listing type wherever each stands; the first of a kind is named.
    expect(await signal(blocks('{"@type":"CollectionPage"}', '{"@type":"Article"}'))).toBe(
      'prefilter:json-ld:Article',
    );
    expect(await signal(blocks('{"@type":"ProfilePage"}', '{"@type":"WebSite"}'))).toBe(
      'prefilter:json-ld:ProfilePage',
    );
    const padding = `{"description":"${'x'.repeat(20_000)}",`;
    expect(await signal(blocks(`${padding}"@type":"NewsArticle"}`))).toBe(NO_MARKUP);
    expect(await signal(blocks(`${padding}"@type":"NewsArticle"}`, '{"@type":"Report"}'))).toBe(
      'prefilter:json-ld:Report',
    );
  });

  it('reads structured data in an SVG script and in an XHTML document', async () => {
    const inSvg =
      '<head><script type="application/ld+json">{"@type":"WebSite"}</script></head><body>' +
      '<svg><script type="application/ld+json">{"@type":"NewsArticle"}</script></svg></body>';
    expect(await signal(inSvg)).toBe('prefilter:json-ld:NewsArticle');
    const xhtml =
      '<html xmlns="http://www.w3.org/1999/xhtml"><head>' +
      '<script type="application/ld+json">{"@type":"SearchResultsPage"}</script></head>' +
      '<body><article><p>a</p><p>b</p><p>c</p></article></body></html>';
    expect((await run(xhtml, 'application/xhtml+xml')).verdict).toEqual({
      mayBeArticle: false,
      signal: 'prefilter:json-ld:SearchResultsPage',
    });
  });

  it('tells a listener where each step ends, in order', async () => {
    expect((await run('<body><p>a</p></body>')).steps).toEqual([
      'structured data (JSON-LD types)',
      'og:type',
      'article element',
      'paragraphs',
      'line breaks',
    ]);
  });

  it('rules out a page whose structured data says it lists other pages', async () => {
    const front =
      '<head><meta property="og:type" content="article">' +
      '<script type="application/ld+json">{"@type":"CollectionPage","mainEntity":' +
      '{"@type":"ItemList"}}</script></head><body><article>Teaser</article><p>a</p><p>b</p><p>c</p></body>';
    expect(await prefilter(front)).toEqual({
      mayBeArticle: false,
      signal: 'prefilter:json-ld:CollectionPage',
    });
  });

  it('reads on past structured data that names no article and no listing', async () => {
    const home =
      '<head><meta property="og:type" content="website">' +
      '<script type="application/ld+json">{"@type":"WebSite","name":"Ledger"}</script></head>' +
      '<body><main><h2>Top stories</h2><p>One line</p></main></body>';
    expect((await prefilter(home)).mayBeArticle).toBe(false);
    const story =
      '<head><script type="application/ld+json">{"@type":"Organization"}</script></head>' +
      '<body><article>Story</article></body>';
    expect(await signal(story)).toBe('prefilter:article-element');
  });

  it('lets text laid out in preformatted blocks or with line breaks through', async () => {
    expect(await signal('<body><pre>a</pre><pre>b</pre><pre>c</pre></body>')).toBe(
      'prefilter:paragraphs:3',
    );
    // Paragraphs and preformatted blocks count together, one inside the other included.
    expect(await signal('<body><pre>a<p>b</p></pre><p>c</p></body>')).toBe(
      'prefilter:paragraphs:3',
    );
    const lines = Array.from({ length: 12 }, (_, i) => `第${i}段<br>`).join('');
    expect(await prefilter(`<body><div>${lines}</div></body>`)).toEqual({
      mayBeArticle: true,
      signal: 'prefilter:line-breaks:12',
    });
  });

  it('lets an og:type article page through', async () => {
    expect(
      await prefilter(
        '<head><meta property="og:type" content="article"></head><body><p>x</p></body>',
      ),
    ).toEqual({ mayBeArticle: true, signal: 'prefilter:og:type' });
  });

  it('reads og:type in any case, and only the first one', async () => {
    const og = (...contents: Array<string | null>) =>
      `<head>${contents.map((c) => (c === null ? '<meta property="og:type">' : `<meta property="og:type" content="${c}">`)).join('')}</head><body></body>`;
    for (const content of ['ARTICLE', 'News.Article', 'video.Article']) {
      expect(await signal(og(content))).toBe('prefilter:og:type');
    }
    for (const content of ['website', '', 'artic le', null]) {
      expect(await signal(og(content))).toBe(NO_MARKUP);
    }
    expect(await signal(og('Article', 'website'))).toBe('prefilter:og:type');
    expect(await signal(og('website', 'article'))).toBe(NO_MARKUP);
    expect(await signal(og(null, 'article'))).toBe(NO_MARKUP);
  });

  it('lets a page with an article element or an article body through', async () => {
    expect((await prefilter('<body><article>x</article></body>')).mayBeArticle).toBe(true);
    expect(await signal('<body><div itemprop="articleBody">x</div></body>')).toBe(
      'prefilter:article-element',
    );
  });

  it('lets a plain page of paragraphs through for the full detection to judge', async () => {
    expect(await prefilter('<body><p>one</p><p>two</p><p>three</p></body>')).toEqual({
      mayBeArticle: true,
      signal: 'prefilter:paragraphs:3',
    });
  });

  it('rules out a web app or a search box with no article markup', async () => {
    const app =
      '<body><div id="app"><input type="search"><button>Go</button><p>Tip</p></div></body>';
    expect(await prefilter(app)).toEqual({
      mayBeArticle: false,
      signal: 'prefilter:no-article-markup,paragraphs:1',
    });
  });

  it('rules out an og:type website page without paragraphs', async () => {
    const shop =
      '<head><meta property="og:type" content="website"></head><body><div>Shop</div></body>';
    expect((await prefilter(shop)).mayBeArticle).toBe(false);
  });
});
