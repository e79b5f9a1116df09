/**
 * The check that runs on every page a reader opens, so it must cost next to nothing: a few
 * indexed look-ups, no text read, no layout. It only rules pages out (web apps, search boxes,
 * blank shells); a page that passes still goes through the full detection in detect.ts.
 */
export interface Prefilter {
  mayBeArticle: boolean;
  /** Which cheap signal decided, for the findings read-out. */
  signal: string;
}

/** Pages with fewer paragraphs than this and no article markup are not read further. */
const MIN_PARAGRAPHS = 3;

export function prefilterArticle(doc: Document): Prefilter {
  if (doc.querySelector('script[type="application/ld+json"]')) {
    return { mayBeArticle: true, signal: 'prefilter:json-ld' };
  }
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (ogType && /article/i.test(ogType)) return { mayBeArticle: true, signal: 'prefilter:og:type' };
  if (doc.querySelector('article, [itemprop="articleBody"]')) {
    return { mayBeArticle: true, signal: 'prefilter:article-element' };
  }
  const paragraphs = doc.getElementsByTagName('p').length;
  if (paragraphs >= MIN_PARAGRAPHS) {
    return { mayBeArticle: true, signal: `prefilter:paragraphs:${paragraphs}` };
  }
  return { mayBeArticle: false, signal: `prefilter:no-article-markup,paragraphs:${paragraphs}` };
}
