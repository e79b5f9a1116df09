import { describe, expect, it } from 'vitest';
import { detectArticle, findContentRoot } from '../../../lib/page/detect';

function parse(head: string, body: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

const EN = [
  'China’s central bank has asked several large internet platforms to hand over the consumer credit data they collect, according to people familiar with the discussions, in a move that would give regulators a clearer view of lending.',
  'The proposal would place the data in a joint venture partly owned by state investors, the people said, asking not to be named because the talks are private. The companies involved did not immediately respond to requests for comment.',
  'Regulators have tightened their oversight of the technology sector since late last year, when the listing of a large fintech group was halted days before it was due to begin trading in Shanghai and Hong Kong.',
  'Analysts said the plan reflected a broader push to treat data as a public resource. “The message is that data gathered at scale is not simply a private asset,” said one Beijing-based economist who follows the sector closely.',
  'The central bank said in a short statement that it would continue to improve the supervision of financial holding companies and would protect the lawful rights of consumers and small businesses that borrow online.',
];
const paragraphs = (n = EN.length) =>
  EN.slice(0, n)
    .map((t) => `<p>${t}</p>`)
    .join('');

const SITE_NAV =
  '<header class="site-header"><a href="/">Daily Ledger</a><nav><ul>' +
  ['World', 'Business', 'Markets', 'Technology', 'Opinion']
    .map((s) => `<li><a href="/${s}">${s}</a></li>`)
    .join('') +
  '</ul></nav></header>';
const SITE_FOOTER =
  '<footer><ul>' +
  ['About us', 'Contact', 'Careers', 'Terms of use', 'Privacy']
    .map((s) => `<li><a href="/${s}">${s}</a></li>`)
    .join('') +
  '</ul></footer>';

describe('detectArticle: articles', () => {
  it('takes a NewsArticle with JSON-LD (in @graph, with a type array) and finds its body', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Central bank seeks platform data' },
        {
          '@type': ['ReportageNewsArticle', 'NewsArticle'],
          headline: 'Central bank seeks platform data',
        },
      ],
    });
    const doc = parse(
      `<script type="application/ld+json">${ld}</script>`,
      SITE_NAV +
        '<main><div class="article-wrapper"><h1>Central bank seeks platform data</h1>' +
        '<p class="byline">By A Reporter</p>' +
        '<div class="article-body">' +
        EN.map((t, i) => `<div data-testid="paragraph-${i}"><p>${t}</p></div>`).join('') +
        '</div><aside class="related"><h2>Related</h2><p>' +
        EN[0] +
        '</p></aside></div></main>' +
        SITE_FOOTER,
    );
    const result = detectArticle(doc, {
      url: 'https://www.ledger.example/tech/central-bank-data',
      outletHosts: ['ledger.example'],
    });
    expect(result.isArticle).toBe(true);
    expect(result.root).toBe(doc.querySelector('.article-body'));
    expect(result.signals).toContain('json-ld:ReportageNewsArticle');
    expect(result.signals).toContain('outlet:ledger.example');
    expect(result.signals).toContain('readerable');
    expect(result.signals).toContain('root:main');
  });

  it('takes an og:type=article page and leaves the comments out of the root', () => {
    const doc = parse(
      '<meta property="og:type" content="article"><meta property="og:title" content="Data plan">',
      SITE_NAV +
        '<div class="page"><div class="column"><h1>Data plan</h1><div id="story">' +
        paragraphs(4) +
        '</div></div><section id="comments"><h2>Comments</h2>' +
        paragraphs(3) +
        '</section></div>' +
        SITE_FOOTER,
    );
    const result = detectArticle(doc, { url: 'https://blog.example/2021/03/data-plan' });
    expect(result.isArticle).toBe(true);
    expect(result.root).toBe(doc.getElementById('story'));
    expect(result.signals).toContain('og:type=article');
    expect(result.signals).toContain('paragraphs:4');
  });

  it('takes a plain page with one <article> of long paragraphs', () => {
    const doc = parse(
      '<title>Data plan</title>',
      SITE_NAV +
        '<div id="wrap"><article id="story"><h1>Data plan</h1>' +
        paragraphs() +
        '</article><div class="sidebar"><ul><li><a href="/a">Most read one</a></li><li><a href="/b">Most read two</a></li></ul></div></div>' +
        SITE_FOOTER,
    );
    const result = detectArticle(doc, { url: 'https://plain.example/story' });
    expect(result.isArticle).toBe(true);
    expect(result.root).toBe(doc.getElementById('story'));
    expect(result.signals).toContain('article-element');
    expect(result.signals).not.toContain('og:type=article');
  });

  it('prefers the itemprop=articleBody container of a microdata article', () => {
    const doc = parse(
      '<title>Data plan</title>',
      SITE_NAV +
        '<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Data plan</h1>' +
        '<div class="meta">By A Reporter</div><div class="text" itemprop="articleBody">' +
        paragraphs() +
        '</div><div class="tags"><a href="/t/1">Fintech</a> <a href="/t/2">Regulation</a></div></div>' +
        SITE_FOOTER,
    );
    const result = detectArticle(doc, { url: 'https://micro.example/news/1' });
    expect(result.isArticle).toBe(true);
    expect(result.root).toBe(doc.querySelector('[itemprop="articleBody"]'));
    expect(result.signals).toContain('itemtype:NewsArticle');
    expect(result.signals).toContain('root:itemprop');
  });

  it('takes a Chinese article whose paragraphs are short in characters', () => {
    const zh = [
      '中国人民银行近日要求多家大型互联网平台向其提交所收集的个人消费信贷数据，知情人士透露，此举将使监管部门更清楚地掌握网络贷款的全貌。',
      '知情人士说，相关数据将被放入一家由国有资本参股的合资公司，具体方案仍在讨论之中，涉及的公司尚未对此置评。',
      '自去年年底以来，监管部门持续加强对科技行业的监督，一家大型金融科技集团的上市计划在挂牌前几天被叫停。',
      '分析人士认为，这一计划反映出将数据视为公共资源的思路，大规模收集的数据不再只是企业的私有资产。',
      '央行在一份简短声明中表示，将继续完善对金融控股公司的监管，依法保护消费者和小微企业的合法权益。',
      '有经济学家指出，数据共享机制如何设计，将直接影响平台企业未来的商业模式以及与银行合作的方式。',
      '市场人士预计，更多细则将在今年陆续出台，相关企业需要在合规与创新之间寻找新的平衡点。',
    ];
    const doc = parse(
      '<meta charset="utf-8"><title>央行要求平台提交数据</title>',
      '<div class="top"><nav><a href="/">首页</a><a href="/finance">财经</a><a href="/tech">科技</a></nav></div>' +
        '<div class="main-content"><h1>央行要求平台提交数据</h1><div class="info">2021年03月17日 来源：财经日报</div>' +
        '<div id="article-text">' +
        zh.map((t) => `<p>${t}</p>`).join('') +
        '</div></div>',
    );
    const result = detectArticle(doc, { url: 'https://finance.example.cn/2021/0317/a1.html' });
    expect(result.isArticle).toBe(true);
    expect(result.root).toBe(doc.getElementById('article-text'));
    expect(result.signals).toContain('cjk');
    expect(result.signals).toContain('readerable');
  });
});

describe('detectArticle: not articles', () => {
  it('rejects a home page of headline links, even with article cards and teasers', () => {
    const ld = JSON.stringify([
      { '@context': 'https://schema.org', '@type': 'WebSite', name: 'Daily Ledger' },
      {
        '@type': 'ItemList',
        itemListElement: [{ '@type': 'NewsArticle', headline: 'Teaser' }],
      },
    ]);
    const cards = EN.concat(EN[0]!)
      .map(
        (t, i) =>
          `<article class="card"><h2><a href="/story-${i}">Headline number ${i} about platforms and regulators</a></h2><p>${t.slice(0, 110)}</p></article>`,
      )
      .join('');
    const lists = ['Markets', 'Technology', 'World']
      .map(
        (s) =>
          `<section><h3>${s}</h3><ul>${[1, 2, 3, 4]
            .map(
              (i) =>
                `<li><a href="/${s}/${i}">${s} headline ${i} with several words in it</a></li>`,
            )
            .join('')}</ul></section>`,
      )
      .join('');
    const doc = parse(
      `<meta property="og:type" content="website"><script type="application/ld+json">${ld}</script>`,
      SITE_NAV +
        `<main><section class="top-stories">${cards}</section>${lists}</main>` +
        SITE_FOOTER,
    );
    const result = detectArticle(doc, {
      url: 'https://www.ledger.example/',
      outletHosts: ['ledger.example'],
    });
    expect(result.isArticle).toBe(false);
    expect(result.root).toBeNull();
    expect(result.signals).toContain('outlet:ledger.example');
    expect(result.signals).toContain('scattered-prose');
    expect(result.signals).toContain('article-elements:6');
    expect(result.signals.some((s) => s.startsWith('json-ld:'))).toBe(false);
  });

  it('rejects a page whose only <article> holds link lists', () => {
    const doc = parse(
      '<meta property="og:type" content="website">',
      SITE_NAV +
        '<article><h1>Latest</h1><ul>' +
        [1, 2, 3, 4, 5, 6, 7, 8]
          .map((i) => `<li><a href="/s/${i}">A headline about regulation, number ${i}</a></li>`)
          .join('') +
        '</ul></article>' +
        SITE_FOOTER,
    );
    const result = detectArticle(doc, { url: 'https://www.ledger.example/latest' });
    expect(result.isArticle).toBe(false);
    expect(result.root).toBeNull();
    expect(result.signals).toContain('no-article-body');
  });

  it('rejects a search results page', () => {
    const results = EN.map(
      (t, i) =>
        `<li class="result"><h3><a href="/r/${i}">Result ${i}: platform data</a></h3><p>${t.slice(0, 170)}</p></li>`,
    ).join('');
    const doc = parse(
      '<title>Search: ant group</title>',
      SITE_NAV +
        '<main><form role="search"><input type="search" name="q" value="ant group"><button>Search</button></form>' +
        `<ol class="results">${results}</ol></main>` +
        SITE_FOOTER,
    );
    const result = detectArticle(doc, { url: 'https://www.ledger.example/search?q=ant+group' });
    expect(result.isArticle).toBe(false);
    expect(result.root).toBeNull();
    expect(result.signals).toContain('search-url');
    expect(result.signals).toContain('scattered-prose');
  });

  it('rejects a shop product page', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Reading lamp',
      offers: { '@type': 'Offer', price: '39.00' },
    });
    const doc = parse(
      `<meta property="og:type" content="product"><script type="application/ld+json">${ld}</script>`,
      SITE_NAV +
        '<main><h1>Reading lamp</h1><div class="description">' +
        paragraphs(3) +
        '</div><form class="buy"><select name="colour"><option>Black</option><option>White</option></select>' +
        '<input type="number" name="qty" value="1"><button>Add to cart</button></form></main>' +
        SITE_FOOTER,
    );
    const result = detectArticle(doc, { url: 'https://shop.example/p/reading-lamp' });
    expect(result.isArticle).toBe(false);
    expect(result.root).toBeNull();
    expect(result.signals).toContain('json-ld:Product');
    expect(result.signals).toContain('og:type=product');
  });

  it('rejects a web app', () => {
    const doc = parse(
      '<title>Board</title>',
      '<div id="app"><div class="toolbar"><button>New</button><button>Open</button><button>Save</button>' +
        '<button>Share</button><select><option>Zoom</option></select></div>' +
        '<div class="editor"><textarea></textarea><canvas></canvas></div>' +
        '<div class="panel"><label>Name <input type="text"></label><label>Tags <input type="text"></label>' +
        '<p>Drag cards between columns to change their status, or press N to create a new card.</p></div></div>',
    );
    const result = detectArticle(doc, { url: 'https://app.example/board/1' });
    expect(result.isArticle).toBe(false);
    expect(result.root).toBeNull();
    expect(result.signals).toContain('form-heavy:9');
  });
});

describe('findContentRoot', () => {
  it('guesses the text container even when the page is not taken for an article', () => {
    const doc = parse('', '<div id="x"><div id="text">' + paragraphs(2) + '</div></div>');
    expect(findContentRoot(doc)).toBe(doc.getElementById('text'));
    const bare = parse('', '<a href="/">only a link</a>');
    expect(findContentRoot(bare)).toBe(bare.body);
  });
});
