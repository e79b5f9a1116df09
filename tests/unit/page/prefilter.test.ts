import { describe, expect, it } from 'vitest';
import { prefilterArticle } from '@/lib/page/prefilter';

function docOf(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('prefilter: the check every page pays for', () => {
  it('lets a page with article structured data through', () => {
    const doc = docOf(
      '<head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body></body>',
    );
    expect(prefilterArticle(doc)).toEqual({
      mayBeArticle: true,
      signal: 'prefilter:json-ld:NewsArticle',
    });
    const listed = docOf(
      '<head><script type="application/ld+json">{"@graph":[{"@type":["WebPage"]},' +
        '{"@type": [ "https://schema.org/ReportageNewsArticle" ]}]}</script></head><body></body>',
    );
    expect(prefilterArticle(listed).signal).toBe('prefilter:json-ld:ReportageNewsArticle');
  });

  it('reads types written with a prefix, white space or line breaks, and only article types', () => {
    const typed = (jsonLd: string, type = 'application/ld+json') =>
      prefilterArticle(docOf(`<head><script type="${type}">${jsonLd}</script></head><body></body>`))
        .signal;
    expect(typed('{"@type"\n :\t"schema:Report"}')).toBe('prefilter:json-ld:Report');
    expect(typed('{"@type":"http://schema.org/NewsArticle"}')).toBe(
      'prefilter:json-ld:NewsArticle',
    );
    expect(typed('{"@type":"LiveBlogPosting"}', 'Application/LD+JSON')).toBe(
      'prefilter:json-ld:LiveBlogPosting',
    );
    // "ReportPage" is not a report, an "Article" inside another string is not a type.
    expect(typed('{"@type":"ReportPage","name":"\\"@type\\": Article"}')).toBe(
      'prefilter:no-article-markup,paragraphs:0',
    );
  });

  it('tells a listener where each step ends, in order', () => {
    const steps: string[] = [];
    prefilterArticle(docOf('<body><p>a</p></body>'), (name) => steps.push(name));
    expect(steps).toEqual([
      'structured data (JSON-LD types)',
      'og:type',
      'article element',
      'paragraphs',
      'line breaks',
    ]);
  });

  it('rules out a page whose structured data says it lists other pages', () => {
    const front = docOf(
      '<head><meta property="og:type" content="article">' +
        '<script type="application/ld+json">{"@type":"CollectionPage","mainEntity":' +
        '{"@type":"ItemList"}}</script></head><body><article>Teaser</article><p>a</p><p>b</p><p>c</p></body>',
    );
    expect(prefilterArticle(front)).toEqual({
      mayBeArticle: false,
      signal: 'prefilter:json-ld:CollectionPage',
    });
  });

  it('reads on past structured data that names no article and no listing', () => {
    const home = docOf(
      '<head><meta property="og:type" content="website">' +
        '<script type="application/ld+json">{"@type":"WebSite","name":"Ledger"}</script></head>' +
        '<body><main><h2>Top stories</h2><p>One line</p></main></body>',
    );
    expect(prefilterArticle(home).mayBeArticle).toBe(false);
    const story = docOf(
      '<head><script type="application/ld+json">{"@type":"Organization"}</script></head>' +
        '<body><article>Story</article></body>',
    );
    expect(prefilterArticle(story).signal).toBe('prefilter:article-element');
  });

  it('lets text laid out in preformatted blocks or with line breaks through', () => {
    expect(
      prefilterArticle(docOf('<body><pre>a</pre><pre>b</pre><pre>c</pre></body>')).signal,
    ).toBe('prefilter:paragraphs:3');
    const lines = Array.from({ length: 12 }, (_, i) => `第${i}段<br>`).join('');
    expect(prefilterArticle(docOf(`<body><div>${lines}</div></body>`))).toEqual({
      mayBeArticle: true,
      signal: 'prefilter:line-breaks:12',
    });
  });

  it('lets an og:type article page through', () => {
    const doc = docOf(
      '<head><meta property="og:type" content="article"></head><body><p>x</p></body>',
    );
    expect(prefilterArticle(doc)).toEqual({ mayBeArticle: true, signal: 'prefilter:og:type' });
  });

  it('lets a page with an article element or an article body through', () => {
    expect(prefilterArticle(docOf('<body><article>x</article></body>')).mayBeArticle).toBe(true);
    expect(prefilterArticle(docOf('<body><div itemprop="articleBody">x</div></body>')).signal).toBe(
      'prefilter:article-element',
    );
  });

  it('lets a plain page of paragraphs through for the full detection to judge', () => {
    const doc = docOf('<body><p>one</p><p>two</p><p>three</p></body>');
    expect(prefilterArticle(doc)).toEqual({
      mayBeArticle: true,
      signal: 'prefilter:paragraphs:3',
    });
  });

  it('rules out a web app or a search box with no article markup', () => {
    const doc = docOf(
      '<body><div id="app"><input type="search"><button>Go</button><p>Tip</p></div></body>',
    );
    expect(prefilterArticle(doc)).toEqual({
      mayBeArticle: false,
      signal: 'prefilter:no-article-markup,paragraphs:1',
    });
  });

  it('rules out an og:type website page without paragraphs', () => {
    const doc = docOf(
      '<head><meta property="og:type" content="website"></head><body><div>Shop</div></body>',
    );
    expect(prefilterArticle(doc).mayBeArticle).toBe(false);
  });
});
