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
    expect(prefilterArticle(doc)).toEqual({ mayBeArticle: true, signal: 'prefilter:json-ld' });
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
