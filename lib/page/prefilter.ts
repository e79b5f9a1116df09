/**
 * The check that runs on every page a reader opens, so it must cost next to nothing: a few
 * indexed look-ups and the page's small structured-data blocks, no article text read, no layout.
 * It only rules pages out (web apps, search boxes, section fronts, blank shells); a page that
 * passes still goes through the full detection in detect.ts. Ruling out an article here would
 * lose it for good, so every rule that rules out is one the full detection would agree with.
 */
export interface Prefilter {
  mayBeArticle: boolean;
  /** Which cheap signal decided, for the findings read-out. */
  signal: string;
}

/** Pages with fewer paragraphs than this and no article markup are not read further. */
const MIN_PARAGRAPHS = 3;
/** Text laid out with line breaks instead of paragraphs, common on Chinese and older sites. */
const MIN_LINE_BREAKS = 10;
/** Structured data past this length is not read here: the types come first in practice. */
const JSON_LD_READ = 20_000;

/** Pages that say they list or search other pages: a section front, a search, a profile. */
const LISTING_TYPES = new Set(['CollectionPage', 'SearchResultsPage', 'ProfilePage']);

/**
 * Schema.org types of an article: *Article, *BlogPosting, Report. Tested with string methods,
 * not patterns: a regular expression's first use compiles it, which on a page that is not an
 * article cost more than everything else the prefilter does (see README, Benchmark).
 */
function isArticleType(type: string): boolean {
  return type.endsWith('Article') || type.endsWith('BlogPosting') || type === 'Report';
}

/**
 * What every deciding type contains: a block naming none of these is not scanned for types
 * (most blocks name a website, an organisation or a breadcrumb trail).
 */
const DECIDING_WORDS = ['Article', 'BlogPosting', 'Report', ...LISTING_TYPES];

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/**
 * The first type of each `"@type": "T"` or `"@type": ["T", ...]` in a JSON-LD text, read by
 * scanning, not parsed; a full address (https://schema.org/T) or prefix (schema:T) is cut to T.
 */
function typesIn(text: string, into: string[]): void {
  const key = '"@type"';
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length)) {
    let i = at + key.length;
    while (isSpace(text.charCodeAt(i))) i++;
    if (text[i] !== ':') continue;
    i++;
    while (isSpace(text.charCodeAt(i))) i++;
    if (text[i] === '[') {
      i++;
      while (isSpace(text.charCodeAt(i))) i++;
    }
    if (text[i] !== '"') continue;
    const end = text.indexOf('"', i + 1);
    if (end <= i + 1) continue;
    const type = text.slice(i + 1, end);
    const cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'), type.lastIndexOf('#'));
    into.push(type.slice(cut + 1));
  }
}

/**
 * What the prefilter asks of the page goes through counts and strings, never through element
 * objects: the first element an extension's isolated world touches makes the browser build that
 * world's element interfaces (HTMLElement, Element and the element's own), which cost a page more
 * than everything else the prefilter does (see README, Benchmark). A selector's match count and
 * an XPath string build none.
 */
const JSON_LD_SCRIPTS = 'script[type="application/ld+json" i]';
/**
 * The same scripts in XPath, where `script` names HTML's script element only (not SVG's, and in
 * an XML document, neither); the type in any ASCII case, as the selector's `i` compares it.
 */
const JSON_LD_PATH =
  "//script[translate(@type,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz')" +
  "='application/ld+json']";
/** XPathResult.NUMBER_TYPE and STRING_TYPE, named here so the XPathResult interface is not touched. */
const XPATH_NUMBER = 1;
const XPATH_STRING = 2;

const OG_TYPE = 'meta[property="og:type"]';

/** The types in a JSON-LD text's first JSON_LD_READ characters, if any of them may decide. */
function decidingTypesIn(text: string, into: string[]): void {
  const read = text.slice(0, JSON_LD_READ);
  if (DECIDING_WORDS.some((word) => read.includes(word))) typesIn(read, into);
}

/**
 * The schema.org types the page's JSON-LD declares, from the blocks where one may decide. Most
 * pages have no JSON-LD: a count answers them, and the reading is a function of its own, which
 * V8 compiles only when it is first called.
 */
function structuredTypes(doc: Document): string[] {
  const count = doc.querySelectorAll(JSON_LD_SCRIPTS).length;
  return count === 0 ? [] : blockTypes(doc, count);
}

/** The types of the page's `count` JSON-LD blocks. */
function blockTypes(doc: Document, count: number): string[] {
  const types: string[] = [];
  const path = (expression: string, type: number) =>
    doc.evaluate(expression, doc, null, type, null);
  if (path(`count(${JSON_LD_PATH})`, XPATH_NUMBER).numberValue === count) {
    for (let n = 1; n <= count; n++) {
      // An element's string value is its text, as textContent gives it.
      decidingTypesIn(path(`string((${JSON_LD_PATH})[${n}])`, XPATH_STRING).stringValue, types);
    }
    return types;
  }
  // Structured data in an SVG script or in an XML document: read from the elements.
  for (const script of doc.querySelectorAll(JSON_LD_SCRIPTS)) {
    decidingTypesIn(script.textContent ?? '', types);
  }
  return types;
}

/** Whether the page's first og:type names an article (article, or a type such as "news.article"). */
function declaresArticle(doc: Document): boolean {
  const count = doc.querySelectorAll(OG_TYPE).length;
  if (count === 0) return false;
  // A single og:type, the usual case, is tested by a selector (ASCII case folded, as
  // toLowerCase folds every letter of "article").
  if (count === 1) return doc.querySelectorAll(`${OG_TYPE}[content*="article" i]`).length > 0;
  return firstOgTypeIsArticle(doc);
}

/** Several og:type: the first one decides. */
function firstOgTypeIsArticle(doc: Document): boolean {
  const content = doc.querySelector(OG_TYPE)?.getAttribute('content');
  return content?.toLowerCase().includes('article') ?? false;
}

/**
 * @param step told after each step with the step's name (the benchmark times the steps on
 *   pages the prefilter rules out); the content script passes none
 */
export function prefilterArticle(doc: Document, step?: (name: string) => void): Prefilter {
  const types = structuredTypes(doc);
  step?.('structured data (JSON-LD types)');
  const articleType = types.find(isArticleType);
  if (articleType !== undefined) {
    return { mayBeArticle: true, signal: `prefilter:json-ld:${articleType}` };
  }
  const listing = types.find((t) => LISTING_TYPES.has(t));
  if (listing !== undefined) {
    return { mayBeArticle: false, signal: `prefilter:json-ld:${listing}` };
  }
  const ogArticle = declaresArticle(doc);
  step?.('og:type');
  if (ogArticle) return { mayBeArticle: true, signal: 'prefilter:og:type' };
  const articleElement = doc.querySelectorAll('article, [itemprop="articleBody"]').length > 0;
  step?.('article element');
  if (articleElement) {
    return { mayBeArticle: true, signal: 'prefilter:article-element' };
  }
  // Counted by selectors as the rest: the tag-name lists would build one more interface.
  const paragraphs = doc.querySelectorAll('p, pre').length;
  step?.('paragraphs');
  if (paragraphs >= MIN_PARAGRAPHS) {
    return { mayBeArticle: true, signal: `prefilter:paragraphs:${paragraphs}` };
  }
  const breaks = doc.querySelectorAll('br').length;
  step?.('line breaks');
  if (breaks >= MIN_LINE_BREAKS) {
    return { mayBeArticle: true, signal: `prefilter:line-breaks:${breaks}` };
  }
  return { mayBeArticle: false, signal: `prefilter:no-article-markup,paragraphs:${paragraphs}` };
}
