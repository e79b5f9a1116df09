import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../lib/page/detect';

const FIXTURES = join(__dirname, '../../fixtures/detect');

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, name), 'utf8'), 'text/html');
}

function parse(head: string, body: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

function signal(signals: readonly string[], prefix: string): string | undefined {
  return signals.find((s) => s.startsWith(prefix));
}

function linkDensity(signals: readonly string[]): number {
  return Number(signal(signals, 'link-density:')!.slice('link-density:'.length));
}

/** Distinct sentences about one story, combined so that no two paragraphs repeat. */
const SUBJECTS = [
  'The regulator',
  'A spokesman for the ministry',
  'The company',
  'Analysts in Shanghai',
  'Several lawyers',
  'The industry association',
  'Investors',
  'A court filing',
  'The draft rules',
];
const VERBS = [
  'said the review of data exports would continue through the summer',
  'described the new reporting duties as a heavy burden for smaller firms',
  'expected further guidance on how cross-border transfers are to be approved',
];
const longPlainParagraphs = (n: number): string[] =>
  Array.from(
    { length: n },
    (_, i) =>
      `${SUBJECTS[i % SUBJECTS.length]} ${VERBS[i % VERBS.length]}, according to notes from meeting ${i + 1}, ` +
      `and added that the timetable for the ${['first', 'second', 'third'][i % 3]} stage had not changed since the spring.`,
  );

describe('detectArticle: text outside <p>', () => {
  it('takes an article written as <div>s (one line in a <span>) and roots it at the story', () => {
    const doc = load('div-article.html');
    const result = detectArticle(doc, { url: 'https://harbour.example/news/app-data-review' });
    expect(result.isArticle).toBe(true);
    expect(result.root).toBe(doc.getElementById('story'));
    expect(result.signals).toContain('paragraphs:5');
  });

  it('takes an article of <br>-separated text in a table cell, counting each run as a paragraph', () => {
    const doc = load('br-article.html');
    const result = detectArticle(doc, { url: 'https://lawwire.example/2021/court-fine.html' });
    expect(result.isArticle).toBe(true);
    expect(result.root).toBe(doc.getElementById('story'));
    // Five paragraphs and the bold headline line; the short credit line is not one.
    expect(result.signals).toContain('paragraphs:6');
    expect(result.signals).toContain('concentrated-prose');
  });
});

describe('detectArticle: scripts without spaces', () => {
  it('takes a Japanese article beside a ranking of links, measuring links per character', () => {
    const doc = load('ja-article.html');
    const result = detectArticle(doc, { url: 'https://news.example.jp/articles/20210705' });
    expect(result.isArticle).toBe(true);
    expect(result.root).toBe(doc.getElementById('story'));
    expect(result.signals).toContain('cjk');
    expect(result.signals).toContain('paragraphs:6');
    expect(linkDensity(result.signals)).toBeLessThan(0.6);
  });

  it('takes a Thai article beside a list of popular links', () => {
    const doc = load('th-article.html');
    const result = detectArticle(doc, { url: 'https://news.example.co.th/world/12345' });
    expect(result.isArticle).toBe(true);
    expect(result.root).toBe(doc.getElementById('story'));
    expect(result.signals).toContain('paragraphs:5');
    expect(linkDensity(result.signals)).toBeLessThan(0.6);
  });
});

describe('detectArticle: long plain articles', () => {
  it('takes 27 plain paragraphs with few links and no markup, which Readability passes over', () => {
    const paragraphs = longPlainParagraphs(27);
    const doc = parse(
      '<title>Data export review</title>',
      '<div class="bar"><a href="/">Home</a> <a href="/policy">Policy</a></div>' +
        '<div class="page"><h1>Data export review to run through summer</h1><div id="story" class="col">' +
        // A typographic class that Readability's readerable check takes for furniture.
        paragraphs
          .map((t, i) =>
            i === 10
              ? `<p class="text-extra-large">${t} <a href="/background">Background</a></p>`
              : `<p class="text-extra-large">${t}</p>`,
          )
          .join('') +
        '</div></div>',
    );
    const result = detectArticle(doc, { url: 'https://policy.example/data-export-review' });
    expect(result.signals).toContain('not-readerable');
    expect(result.signals).toContain('paragraphs:27');
    expect(result.signals).toContain('very-long-prose');
    expect(result.isArticle).toBe(true);
    expect(result.root).toBe(doc.getElementById('story'));
  });

  it('counts a paragraph wrapped in <a name> as prose, not as a link', () => {
    const paragraphs = longPlainParagraphs(6);
    const doc = parse(
      '<title>Data export review</title>',
      '<article id="story"><h1>Data export review</h1>' +
        paragraphs.map((t, i) => `<p><a name="p${i}">${t}</a></p>`).join('') +
        '</article>',
    );
    const result = detectArticle(doc, { url: 'https://policy.example/old/review.html' });
    expect(result.isArticle).toBe(true);
    expect(result.root).toBe(doc.getElementById('story'));
    expect(linkDensity(result.signals)).toBe(0);
  });
});

describe('detectArticle: the story inside its <article>', () => {
  it('leaves a link-heavy sidebar inside <article> out of the root', () => {
    const paragraphs = longPlainParagraphs(6);
    const rail = Array.from(
      { length: 24 },
      (_, i) => `<li><a href="/more/${i}">More coverage of platform rules, part ${i + 1}</a></li>`,
    ).join('');
    const doc = parse(
      '<title>Data export review</title>',
      '<article><h1>Data export review</h1><div id="text" class="text">' +
        paragraphs.map((t) => `<p>${t}</p>`).join('') +
        `</div><div class="rail"><h3>More on this</h3><ul>${rail}</ul></div></article>`,
    );
    const result = detectArticle(doc, { url: 'https://policy.example/review' });
    expect(result.isArticle).toBe(true);
    expect(result.root).toBe(doc.getElementById('text'));
    expect(signal(result.signals, 'root-link-density:')).toBeUndefined();
  });

  it('keeps the headline in the root when the rest of the <article> is not links', () => {
    const paragraphs = longPlainParagraphs(6);
    const doc = parse(
      '<title>Data export review</title>',
      '<article id="story"><h1>Data export review to run through the summer months</h1>' +
        '<div class="standfirst">Officials said smaller firms would get more time to file their first reports, and that the forms would be published next month.</div>' +
        '<div class="text">' +
        paragraphs.map((t) => `<p>${t}</p>`).join('') +
        '</div></article>',
    );
    const result = detectArticle(doc, { url: 'https://policy.example/review' });
    expect(result.isArticle).toBe(true);
    expect(result.root).toBe(doc.getElementById('story'));
  });
});

describe('detectArticle: the root beside comments and teasers', () => {
  const story = longPlainParagraphs(9)
    .map((t) => `<p>${t}</p>`)
    .join('');
  const replies = longPlainParagraphs(4)
    .map((t, i) => `<div class="reply"><b>reader${i}</b><div>${t}</div></div>`)
    .join('');

  it('roots at the story when replies hold a quarter of the prose', () => {
    const doc = parse(
      '<title>Data export review</title>',
      `<div class="page"><h1>Data export review</h1><div id="story">${story}</div>` +
        `<div class="talk"><h2>What readers say</h2>${replies}</div></div>`,
    );
    const result = detectArticle(doc, { url: 'https://policy.example/review' });
    expect(result.isArticle).toBe(true);
    expect(result.root).toBe(doc.getElementById('story'));
  });

  it('does not root at a block of teasers, even when it holds two thirds of the prose', () => {
    const teasers = longPlainParagraphs(20)
      .map(
        (t, i) =>
          `<li><a href="/s/${i}">A long linked headline about platform rules and data exports, number ${i}</a><div>${t.slice(0, 100)}</div></li>`,
      )
      .join('');
    const doc = parse(
      '<title>Data export review</title>',
      `<div id="page"><div id="story">${longPlainParagraphs(5)
        .map((t) => `<p>${t}</p>`)
        .join('')}</div><ul id="teasers">${teasers}</ul></div>`,
    );
    const result = detectArticle(doc, { url: 'https://policy.example/review' });
    expect(result.signals).toContain('root:scored');
    expect(result.root).toBe(doc.getElementById('page'));
  });
});

describe('detectArticle: declared articles', () => {
  const newsArticle = (type: string): string =>
    `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': type,
      headline: 'Regulator fines lender',
    })}</script>`;

  it('takes a short declared NewsArticle whose body sits after its <article> header', () => {
    const doc = parse(
      newsArticle('NewsArticle'),
      '<article class="story-head"><h1>Regulator fines lender</h1><div class="byline">By the markets desk</div></article>' +
        '<div id="body" class="story-text"><p>The banking regulator fined an online lender for charging fees it had not disclosed to borrowers.</p>' +
        '<p>The lender said it had refunded the fees and changed how its app shows the cost of loans.</p>' +
        '<p>It was the third fine the regulator has handed to an online lender this year.</p></div>',
    );
    const result = detectArticle(doc, { url: 'https://wire.example/2021/fine' });
    expect(result.signals).toContain('json-ld:NewsArticle');
    expect(result.isArticle).toBe(true);
    expect(result.root).toBe(doc.getElementById('body'));
  });

  it('takes a BlogPosting and a ReportageNewsArticle alike', () => {
    for (const type of ['BlogPosting', 'ReportageNewsArticle']) {
      const doc = parse(
        newsArticle(type),
        '<div id="post">' +
          longPlainParagraphs(3)
            .map((t) => `<p>${t}</p>`)
            .join('') +
          '</div>',
      );
      const result = detectArticle(doc, { url: 'https://blog.example/post' });
      expect(result.signals).toContain(`json-ld:${type}`);
      expect(result.isArticle).toBe(true);
      expect(result.root).toBe(doc.getElementById('post'));
    }
  });

  it('rejects a declared NewsArticle whose body has not loaded, and says why', () => {
    const doc = parse(
      newsArticle('NewsArticle'),
      '<article><h1>Regulator fines lender</h1><div class="loading">Loading the story…</div></article>',
    );
    const result = detectArticle(doc, { url: 'https://wire.example/2021/fine' });
    expect(result.isArticle).toBe(false);
    expect(result.root).toBeNull();
    expect(result.signals.at(-1)).toBe(
      'reason: no prose found: no paragraph of 40 characters or more outside menus, sidebars and footers',
    );
  });
});

describe('detectArticle: reasons a reader can use', () => {
  it('says how little prose a page has', () => {
    const doc = parse(
      '<title>Note</title>',
      '<div id="x"><p>The office is closed on Friday for the public holiday.</p>' +
        '<p>Orders placed this week will be sent out on Monday morning.</p></div>',
    );
    const result = detectArticle(doc, { url: 'https://shop.example/notice' });
    expect(result.isArticle).toBe(false);
    expect(result.signals.at(-1)).toBe('reason: too little prose: 94 characters in 2 paragraphs');
  });

  it('names what counted against a page with a body', () => {
    const teasers = longPlainParagraphs(8)
      .map(
        (t, i) =>
          `<article class="card"><h2><a href="/s/${i}">Story ${i} headline about the review</a></h2><p>${t.slice(0, 90)}</p></article>`,
      )
      .join('');
    const doc = parse(
      '<meta property="og:type" content="website">',
      `<main><div class="grid">${teasers.slice(0, teasers.length / 2)}</div><div class="grid2">${teasers.slice(teasers.length / 2)}</div></main>`,
    );
    const result = detectArticle(doc, { url: 'https://policy.example/' });
    expect(result.isArticle).toBe(false);
    const reason = result.signals.at(-1)!;
    expect(reason).toMatch(/^reason: /);
    expect(reason).toContain('8 article cards, as a front page does');
  });
});
