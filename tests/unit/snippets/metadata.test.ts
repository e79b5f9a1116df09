import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  guessLanguage,
  normalizeDate,
  normalizeLanguage,
  readCitation,
  trimSiteSuffix,
} from '../../../lib/snippets/metadata';
import { citationSchema, type Citation } from '../../../lib/snippets/schema';

function fixture(name: string): Document {
  const html = readFileSync(path.resolve('tests/fixtures/snippets', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

function page(head: string, body = '', htmlAttributes = ''): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html ${htmlAttributes}><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

/** Reads a citation and checks it against the schema every stored snippet passes. */
function read(doc: Document, pageUrl: string): Citation {
  const citation = readCitation(doc, pageUrl);
  const parsed = citationSchema.safeParse(citation);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  return citation;
}

describe('readCitation on pages with each kind of metadata', () => {
  it('reads JSON-LD in a @graph, resolving @id references and skipping broken scripts', () => {
    const citation = read(
      fixture('jsonld-graph.html'),
      'https://ledger.example.com/business/2021/03/25/regulator-fines-platform?utm_source=x#top',
    );
    expect(citation).toEqual({
      url: 'https://ledger.example.com/business/2021/03/25/regulator-fines-platform?ref=home',
      pageUrl:
        'https://ledger.example.com/business/2021/03/25/regulator-fines-platform?utm_source=x#top',
      title: 'Regulator fines platform over merger filings – what it means',
      site: 'ledger.example.com',
      siteName: 'Harbour Ledger',
      // The publisher listed as an author is the organisation, not a person who wrote it.
      authors: ['Ada Lindqvist', 'Tomás Okafor'],
      published: '2021-03-25T09:15:00+08:00',
      modified: '2021-03-26T11:02:30.500Z',
      language: 'en-GB',
    });
  });

  it('reads Open Graph, passing over a javascript: canonical link, URL authors and bad dates', () => {
    const citation = read(
      fixture('open-graph.html'),
      'https://wire.example.org/tech/chipmakers-brace?src=rss',
    );
    expect(citation).toEqual({
      url: 'https://wire.example.org/tech/chipmakers-brace',
      pageUrl: 'https://wire.example.org/tech/chipmakers-brace?src=rss',
      title: 'Chipmakers brace for export rules',
      site: 'wire.example.org',
      siteName: 'Example Wire',
      authors: ['Priya Raman', 'Wen Hao'],
      published: '2022-10-08',
      modified: '2022-10-09T14:00:00-04:00',
      language: 'en-GB',
    });
  });

  it('prefers citation_* tags, keeping "Family, Given" names whole and dropping repeats', () => {
    const citation = read(fixture('citation-meta.html'), 'https://cpg.example.edu/papers/17');
    expect(citation.title).toBe('Data as a Public Resource: Credit Reporting and Platform Lending');
    expect(citation.authors).toEqual(['Chen, Yuxin', 'Müller, Hanna']);
    expect(citation.published).toBe('2021-03-25');
    expect(citation.siteName).toBe('CPG');
    expect(citation.language).toBe('en');
    expect(citation.url).toBe('https://cpg.example.edu/papers/17');
  });

  it('reads Dublin Core, keeping a month-precision date', () => {
    const citation = read(fixture('dublin-core.html'), 'https://idm.example.org/review-2020');
    expect(citation).toEqual({
      url: 'https://idm.example.org/review-2020',
      pageUrl: 'https://idm.example.org/review-2020',
      title: 'Annual Review of Platform Regulation 2020',
      site: 'idm.example.org',
      siteName: 'IDM Press',
      authors: ['Institute for Digital Markets'],
      published: '2020-07',
      language: 'fr-CA',
    });
  });

  it('falls back to the page itself when it has no metadata', () => {
    const citation = read(fixture('bare.html'), 'http://ledger.example.com/2021/ferries');
    expect(citation).toEqual({
      url: 'http://ledger.example.com/2021/ferries',
      pageUrl: 'http://ledger.example.com/2021/ferries',
      title: 'Ferries run late as fog lingers',
      site: 'ledger.example.com',
      authors: ['Jane Doe', 'John Smith'],
      published: '2021-03-25',
    });
  });

  it('reads a Chinese page with no metadata: trimmed title, byline names, language from the text', () => {
    const citation = read(
      fixture('chinese-bare.html'),
      'https://www.caixin.com/2022-07-07/101909.html',
    );
    expect(citation).toEqual({
      url: 'https://www.caixin.com/2022-07-07/101909.html',
      pageUrl: 'https://www.caixin.com/2022-07-07/101909.html',
      title: '网信办发布数据出境安全评估办法',
      site: 'www.caixin.com',
      authors: ['王小明', '李华'],
      language: 'zh',
    });
  });

  it('reads a Chinese page with a JSON-LD list, og:locale and a date written in Chinese', () => {
    const citation = read(fixture('chinese-meta.html'), 'https://news.example.cn/a/123.html');
    expect(citation).toEqual({
      url: 'https://news.example.cn/a/123.html',
      pageUrl: 'https://news.example.cn/a/123.html',
      title: '平台经济反垄断指南正式出台',
      site: 'news.example.cn',
      siteName: '今日财经观察',
      authors: ['林晓', '周明'],
      published: '2021-02-07',
      modified: '2021-02-08',
      language: 'zh-CN',
    });
  });
});

describe('readCitation edge cases', () => {
  it('never throws on malformed, odd or hostile JSON-LD', () => {
    const scripts = [
      '{ "@type": "NewsArticle", "headline": ',
      '[1, "two", null, true]',
      '{ "@graph": { "@graph": { "@graph": [] } } }',
      '{ "@type": 42, "headline": {"nested": true}, "author": {"@id": 7} }',
      '{ "@type": "NewsArticle", "author": [null, 3, [], {}], "publisher": "text" }',
      'null',
      '',
    ]
      .map((s) => `<script type="application/ld+json">${s}</script>`)
      .join('');
    const doc = page(`<title>Plain title</title>${scripts}`);
    const citation = read(doc, 'https://example.com/a');
    expect(citation.title).toBe('Plain title');
    expect(citation.authors).toEqual([]);
  });

  it('repairs JSON-LD with raw line breaks inside strings and trailing commas', () => {
    const doc = page(
      `<script type="application/ld+json"><!--
        { "@type": "Article", "headline": "Line one
        line two", "author": { "name": "Kim Lee", }, }
      --></script>`,
    );
    const citation = read(doc, 'https://example.com/a');
    expect(citation.title).toBe('Line one line two');
    expect(citation.authors).toEqual(['Kim Lee']);
  });

  it('bounds every field to the lengths the schema allows', () => {
    const longTitle = 'Headline '.repeat(400);
    const authors = Array.from(
      { length: 150 },
      (_, i) => `<meta name="citation_author" content="Author ${i} ${'x'.repeat(600)}">`,
    ).join('');
    const doc = page(
      `<meta name="citation_title" content="${longTitle}"><meta property="og:site_name" content="${'S'.repeat(900)}">${authors}`,
    );
    const citation = read(doc, 'https://example.com/a');
    expect(citation.title.length).toBeLessThanOrEqual(2000);
    expect(citation.title.startsWith('Headline Headline')).toBe(true);
    expect(citation.siteName!.length).toBeLessThanOrEqual(500);
    expect(citation.authors).toHaveLength(100);
    expect(citation.authors.every((a) => a.length <= 500)).toBe(true);
  });

  it('resolves a relative canonical link against the page address, not the document', () => {
    const doc = page('<link rel="canonical" href="../story">');
    expect(read(doc, 'https://example.com/news/a/b').url).toBe('https://example.com/news/story');
  });

  it('trusts the text over a template\'s lang="en" on a Chinese page, but not over lang="zh"', () => {
    const body = '<p>国家互联网信息办公室公布《数据出境安全评估办法》，自2022年9月1日起施行。</p>';
    expect(read(page('', body, 'lang="en"'), 'https://example.cn/a').language).toBe('zh');
    expect(read(page('', body, 'lang="zh-Hant-TW"'), 'https://example.cn/a').language).toBe(
      'zh-Hant-TW',
    );
    const english = '<p>The regulator published new rules on data leaving the country.</p>';
    expect(read(page('', english, 'lang="en-US"'), 'https://example.com/a').language).toBe('en-US');
  });

  it("drops the site's own name given as the author, and reads a publishdate meta tag", () => {
    const doc = page(
      '<meta property="og:site_name" content="财新网"><meta name="author" content="财新网"><meta name="publishdate" content="2022-07-07 09:30:00">',
      '<div class="byline">文／王小明</div>',
    );
    const citation = read(doc, 'https://www.caixin.com/a');
    expect(citation.authors).toEqual(['王小明']);
    expect(citation.published).toBe('2022-07-07T09:30:00');
  });

  it('keeps the fragment in the page address, and in the article address only when it is a route', () => {
    expect(read(page(''), 'https://example.com/a#section-2')).toMatchObject({
      url: 'https://example.com/a',
      pageUrl: 'https://example.com/a#section-2',
    });
    expect(read(page(''), 'https://app.example.com/#/news/123').url).toBe(
      'https://app.example.com/#/news/123',
    );
  });

  it('refuses a page address that is not http(s)', () => {
    expect(() => readCitation(page(''), 'chrome://newtab')).toThrow(TypeError);
  });

  it('takes the author from itemprop microdata and the date from a time element in the article', () => {
    const doc = page(
      '<title>x</title>',
      `<article><span itemprop="author" itemscope><span itemprop="name">Mei  Chen</span></span>
       <time datetime="2023-05-06T07:08:09+08:00">May 6</time></article>`,
    );
    const citation = read(doc, 'https://example.com/a');
    expect(citation.authors).toEqual(['Mei Chen']);
    expect(citation.published).toBe('2023-05-06T07:08:09+08:00');
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2021', '2021'],
    ['2021-03', '2021-03'],
    ['2021/03/25', '2021-03-25'],
    ['2021/3/5', '2021-03-05'],
    ['2021.03.25', '2021-03-25'],
    ['2021-03-25T10:20', '2021-03-25T10:20'],
    ['2021-03-25 10:20:30', '2021-03-25T10:20:30'],
    ['2021-03-25T10:20:30Z', '2021-03-25T10:20:30Z'],
    ['2021-03-25T10:20:30.123+0800', '2021-03-25T10:20:30.123+08:00'],
    ['2021-03-25T10:20:30 GMT', '2021-03-25T10:20:30Z'],
    ['2021年3月25日', '2021-03-25'],
    ['2021年3月25日 08:30', '2021-03-25T08:30'],
    ['March 25, 2021', '2021-03-25'],
    ['25 Mar 2021', '2021-03-25'],
    ['Thu, 25 Mar 2021 10:00:00 +0000', '2021-03-25T10:00:00+00:00'],
    ['2021-03-25T25:00', '2021-03-25'],
  ])('%s is %s', (raw, expected) => {
    expect(normalizeDate(raw)).toBe(expected);
  });

  it.each(['', 'yesterday', '2021-13-01', '2021-02-30', '1616630400', '25/03/2021', '2021-03-25/'])(
    'drops %j',
    (raw) => {
      expect(normalizeDate(raw)).toBeUndefined();
    },
  );
});

describe('normalizeLanguage and guessLanguage', () => {
  it.each([
    ['zh_CN', 'zh-CN'],
    ['ZH-hans-cn', 'zh-Hans-CN'],
    ['en-us, en', 'en-US'],
    ['es-419', 'es-419'],
    ['English', 'en'],
    ['中文', 'zh'],
  ])('%s is %s', (raw, expected) => {
    expect(normalizeLanguage(raw)).toBe(expected);
  });

  it.each(['und', 'x-default', 'english language', '12', ''])('%j is no tag', (raw) => {
    expect(normalizeLanguage(raw)).toBeUndefined();
  });

  it('guesses Chinese from mostly Han text, even with some English in it', () => {
    expect(guessLanguage('蚂蚁集团（Ant Group）暂停上市，监管部门约谈了公司实际控制人。')).toBe(
      'zh',
    );
    expect(
      guessLanguage('Regulators met Ant Group executives, the 蚂蚁集团 founders, on Monday.'),
    ).toBe(undefined);
    expect(guessLanguage('東京都は新しい規制を発表しました。')).toBe('ja');
  });
});

describe('trimSiteSuffix', () => {
  it.each([
    [
      'Ferries run late | Harbour Ledger',
      'Harbour Ledger',
      'ledger.example.com',
      'Ferries run late',
    ],
    ['网信办发布新规 - 财新网', undefined, 'www.caixin.com', '网信办发布新规'],
    [
      '平台经济反垄断指南正式出台_财经频道_今日财经观察',
      undefined,
      'x.cn',
      '平台经济反垄断指南正式出台',
    ],
    [
      'Reuters | Chip rules tighten across the region',
      'Reuters',
      'www.reuters.com',
      'Chip rules tighten across the region',
    ],
    ['China - US trade talks resume', undefined, 'example.com', 'China - US trade talks resume'],
    ['A plain headline', 'Site', 'example.com', 'A plain headline'],
  ])('%s', (title, siteName, host, expected) => {
    expect(trimSiteSuffix(title, siteName, host)).toBe(expected);
  });
});
