/**
 * The verdict: whether a page is a news article, and where its text is. The signals come
 * from the page's structured data (structured-data.ts), its prose (prose.ts) and its link
 * density (link-density.ts); this file weighs them and picks the root.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { bareHost, parseUrl } from '../url';
import { countChars } from './dom-rules';
import { linkShares } from './link-density';
import { collectProse, weightOf, type Prose } from './prose';
import { runToEnd, type Steps } from './slice';
import {
  isArticleType,
  jsonLdTypes,
  metaContent,
  microdataArticleType,
  publishedTime,
} from './structured-data';

export interface ArticleDetection {
  isArticle: boolean;
  /**
   * Short reasons, e.g. "json-ld:NewsArticle", "link-density:0.82", for debugging and read-outs.
   * A rejected page's last signal starts with "reason: " and says why in plain words, e.g.
   * "reason: too little prose: 180 characters in 2 paragraphs".
   */
  signals: string[];
  /** Where the article's text lives; null when the page is not taken for an article. */
  root: Element | null;
}

export interface DetectOptions {
  /** Hosts of known news outlets ("reuters.com" also covers "www.reuters.com"). */
  outletHosts?: readonly string[];
  /** The page's address, when the document's own URL is not the one to judge. */
  url?: string;
}

/*
 * Points for and against. A page is an article when it has a body of prose and the
 * points reach ARTICLE_SCORE, so no single cheap signal decides on its own: an <article>
 * element on a page of link lists, or an outlet's own host, is not enough.
 */
const ARTICLE_SCORE = 3;
const POINTS = {
  jsonLdArticle: 3,
  ogArticle: 2,
  publishedTime: 1,
  itemtypeArticle: 2,
  articleElement: 1,
  outlet: 1,
  readerable: 2,
  concentrated: 1,
  longProse: 1,
  veryLongProse: 1,
  plainProse: 2,
  scattered: -2,
  manyArticleElements: -2,
  ogWebsiteThin: -1,
  ogProduct: -3,
  pageLinks: -2,
  pageLinksBesideSolidRoot: -1,
  rootLinks: -2,
  searchUrl: -3,
  formHeavy: -3,
};

/** Page types that are never articles, with how strongly they say so. */
const NEGATIVE_TYPES: Readonly<Record<string, number>> = {
  Product: -4,
  ProductGroup: -4,
  IndividualProduct: -4,
  SearchResultsPage: -4,
  WebApplication: -4,
  SoftwareApplication: -4,
  MobileApplication: -4,
  VideoGame: -4,
  CollectionPage: -2,
  ProfilePage: -2,
};

/** The least prose (in weighted characters) worth calling an article body. */
const MIN_BODY_WEIGHT = 300;
/** A page that declares itself an article in its markup needs less: short news items exist. */
const MIN_DECLARED_BODY_WEIGHT = 200;
const LONG_PROSE_WEIGHT = 1500;
/** A story this long in this many paragraphs, with few links, is an article by its text alone. */
const VERY_LONG_PROSE_WEIGHT = 4000;
const VERY_LONG_PARAGRAPHS = 8;
/** Root link density below which a root is plain running text. */
const PLAIN_ROOT_LINKS = 0.2;
/**
 * Readability's check reads only <p>, <pre> and <div>s of <br>s; a body of this much plain
 * text in this many paragraphs elsewhere (<div>s, <span>s, table cells) earns the same points.
 */
const PLAIN_PROSE_WEIGHT = 800;
const PLAIN_PROSE_PARAGRAPHS = 4;
/** Enough prose that a generic og:type ("website") is taken for a site's careless default. */
const SUBSTANTIAL_BODY_WEIGHT = 1000;
/** Share of CJK letters above which Readability's English-tuned lengths are lowered. */
const CJK_SHARE = 0.3;

const SEARCH_PATH = /(?:^|\/)(?:search|find|s|sou|query)(?:\/|$|\.)/i;
const SEARCH_PARAMS = [
  'q',
  'query',
  's',
  'search',
  'keyword',
  'keywords',
  'wd',
  'kw',
  'searchword',
];

function isSearchUrl(url: URL | undefined): boolean {
  if (url === undefined) return false;
  if (SEARCH_PATH.test(url.pathname)) return true;
  return SEARCH_PARAMS.some((p) => (url.searchParams.get(p) ?? '').trim() !== '');
}

/** Walks down while one child holds `share` of the prose: the tightest container of the article. */
function descend(prose: Prose, start: Element, share = 0.8): Element {
  const target = share * weightOf(prose, start);
  let node = start;
  for (;;) {
    let next: Element | null = null;
    for (const child of node.children) {
      // Not into a single paragraph; a <br>-broken block of several is a container.
      const single = prose.paragraphs.has(child) && (prose.count.get(child) ?? 0) <= 1;
      if (weightOf(prose, child) >= target && !single) {
        next = child;
        break;
      }
    }
    if (next === null) return node;
    node = next;
  }
}

/** Visible characters inside links in `el`, anchors without href left out. */
function linkedChars(el: Element): number {
  let n = 0;
  for (const a of el.getElementsByTagName('a')) {
    if (a.hasAttribute('href') && !a.parentElement?.closest('a[href]')) {
      n += countChars(a.textContent ?? '');
    }
  }
  return n;
}

/**
 * Some sites put a sidebar of links inside the story's <article>. When one child holds the
 * prose and what the article holds besides it is mostly links, that child is the root;
 * a headline and a byline beside the text are not links, so they stay in.
 */
function trimLinkLists(prose: Prose, article: Element): Element {
  const body = descend(prose, article);
  if (body === article) return article;
  const rest = countChars(article.textContent ?? '') - countChars(body.textContent ?? '');
  if (rest < 200) return article;
  const restLinks = linkedChars(article) - linkedChars(body);
  return restLinks >= 0.5 * rest ? body : article;
}

interface RootChoice {
  root: Element;
  via: 'itemprop' | 'article' | 'main' | 'scored';
}

function chooseRoot(doc: Document, prose: Prose): RootChoice | null {
  const total = weightOf(prose, prose.body);
  if (total === 0) return null;

  let best: Element | null = null;
  for (const el of doc.querySelectorAll('[itemprop~="articleBody"]')) {
    if (best === null || weightOf(prose, el) > weightOf(prose, best)) best = el;
  }
  if (best !== null && weightOf(prose, best) >= 0.5 * total) return { root: best, via: 'itemprop' };

  // The tightest <article> that holds most of the prose (a story nested in a page-wide one).
  let article: Element | null = null;
  for (const el of doc.querySelectorAll('article')) {
    const w = weightOf(prose, el);
    if (w < 0.6 * total) continue;
    if (article === null || w < weightOf(prose, article) || article.contains(el)) article = el;
  }
  if (article !== null) return { root: trimLinkLists(prose, article), via: 'article' };

  for (const el of doc.querySelectorAll('main, [role="main"]')) {
    if (weightOf(prose, el) >= 0.6 * total) return { root: tightest(prose, el), via: 'main' };
  }
  return { root: tightest(prose, prose.body), via: 'scored' };
}

/** Below this share of links, a container's text is running text rather than teasers. */
const TIGHT_ROOT_LINKS = 0.3;
const TIGHT_SHARE = 0.65;

/**
 * The container holding most of the prose. Comments or teasers with text of their own can hold
 * a fifth of a page's prose, which stops the walk at the page-wide wrapper; a container with
 * two thirds of it is then taken instead, if its text is not mostly links (teaser lists are).
 */
function tightest(prose: Prose, start: Element): Element {
  const wide = descend(prose, start);
  const tight = descend(prose, start, TIGHT_SHARE);
  if (tight === wide) return wide;
  const chars = countChars(tight.textContent ?? '');
  return chars > 0 && linkedChars(tight) < TIGHT_ROOT_LINKS * chars ? tight : wide;
}

const CONTROL_TAGS = ['input', 'select', 'textarea', 'button', 'canvas'];
const CHROME_REGIONS =
  'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"]';

function countControls(body: Element): number {
  let n = 0;
  const count = (el: Element): void => {
    if (el.closest(CHROME_REGIONS) === null) n++;
  };
  for (const tag of CONTROL_TAGS) {
    for (const el of body.getElementsByTagName(tag)) {
      if (tag === 'input' && el.getAttribute('type')?.toLowerCase() === 'hidden') continue;
      count(el);
    }
  }
  for (const el of body.querySelectorAll('[contenteditable]')) {
    if (el.getAttribute('contenteditable')?.toLowerCase() !== 'false') count(el);
  }
  return n;
}

function ratio(n: number): string {
  return n.toFixed(2);
}

/**
 * Decides whether a document is a news article and where its text is. Cheap signals
 * come first (metadata, elements, host), then a readability check and the shape of the
 * prose: articles hold most of their paragraphs in one container, home pages and search
 * results scatter short teasers among links.
 */
export function detectArticle(doc: Document, options: DetectOptions = {}): ArticleDetection {
  return runToEnd(detectArticleSteps(doc, options));
}

/** `detectArticle` in steps that pause now and then, for `runSliced` on long pages. */
export function* detectArticleSteps(
  doc: Document,
  options: DetectOptions = {},
): Steps<ArticleDetection> {
  const signals: string[] = [];
  const body = doc.body;
  if (!body)
    return { isArticle: false, signals: ['no-body', 'reason: the page has no body'], root: null };
  let score = 0;
  /** What counted against the page, in words a reader can use. */
  const against: string[] = [];
  const add = (points: number, signal: string, words?: string): void => {
    score += points;
    signals.push(signal);
    if (points < 0 && words !== undefined) against.push(words);
  };

  const types = jsonLdTypes(doc);
  const articleType = types.find(isArticleType);
  if (articleType !== undefined) add(POINTS.jsonLdArticle, `json-ld:${articleType}`);
  for (const type of new Set(types)) {
    const points = NEGATIVE_TYPES[type];
    if (points !== undefined) add(points, `json-ld:${type}`, `the page says it is a ${type}`);
  }

  const ogType = metaContent(doc, 'og:type')?.toLowerCase() ?? null;
  const ogArticle = ogType !== null && ogType.startsWith('article');
  if (ogArticle) add(POINTS.ogArticle, 'og:type=article');
  else if (ogType !== null && ogType.startsWith('product'))
    add(POINTS.ogProduct, `og:type=${ogType}`, `the page says it is a ${ogType}`);

  if (publishedTime(doc)) add(POINTS.publishedTime, 'meta:published-time');

  const itemtype = microdataArticleType(doc);
  if (itemtype !== null) add(POINTS.itemtypeArticle, `itemtype:${itemtype}`);

  const url = parseUrl(options.url ?? doc.URL);
  const host = url ? bareHost(url.hostname) : '';
  if (host !== '' && options.outletHosts) {
    const outlet = options.outletHosts
      .map(bareHost)
      .find((h) => host === h || host.endsWith(`.${h}`));
    if (outlet !== undefined) add(POINTS.outlet, `outlet:${outlet}`);
  }

  const hasArticleMetadata = articleType !== undefined || ogArticle;
  if (!hasArticleMetadata && isSearchUrl(url)) {
    add(POINTS.searchUrl, 'search-url', 'its address is a search');
  }

  // The costlier part: the prose itself.
  const prose = yield* collectProse(body);
  yield;
  const cjk = prose.chars > 0 && prose.cjk / prose.chars >= CJK_SHARE;
  if (cjk) signals.push('cjk');
  // Readability's lengths assume Latin text; a Chinese sentence is a third as long in characters.
  const readerable = isProbablyReaderable(doc, cjk ? { minContentLength: 40 } : {});
  if (readerable) add(POINTS.readerable, 'readerable');
  else signals.push('not-readerable');

  yield;
  const choice = chooseRoot(doc, prose);
  const root = choice?.root ?? null;
  const rootWeight = root === null ? 0 : weightOf(prose, root);
  const rootCount = root === null ? 0 : (prose.count.get(root) ?? 0);
  signals.push(`prose:${Math.round(rootWeight)}`, `paragraphs:${rootCount}`);
  const declared = articleType !== undefined || ogArticle || itemtype !== null;
  const hasBody =
    (rootWeight >= MIN_BODY_WEIGHT && (rootCount >= 2 || rootWeight >= 2 * MIN_BODY_WEIGHT)) ||
    (declared && rootWeight >= MIN_DECLARED_BODY_WEIGHT);
  if (rootWeight >= LONG_PROSE_WEIGHT) add(POINTS.longProse, 'long-prose');

  const total = weightOf(prose, body);
  let largest = { weight: 0, count: 0 };
  for (const c of prose.clusters.values()) if (c.weight > largest.weight) largest = c;
  const share = total > 0 ? largest.weight / total : 0;
  signals.push(`cluster:${ratio(share)}`);
  if (largest.count >= 3 || (largest.count >= 2 && share >= 0.5)) {
    add(POINTS.concentrated, 'concentrated-prose');
  } else if (prose.paragraphs.size >= 4 && share < 0.3) {
    add(
      POINTS.scattered,
      'scattered-prose',
      'its text is scattered in short pieces, as on a front page',
    );
  }

  const articles = doc.getElementsByTagName('article');
  if (choice?.via === 'article') add(POINTS.articleElement, 'article-element');
  // Cards in <article>s make a front page, unless the page's own JSON-LD says it is one story.
  else if (articles.length >= 4 && articleType === undefined)
    add(
      POINTS.manyArticleElements,
      `article-elements:${articles.length}`,
      `it holds ${articles.length} article cards, as a front page does`,
    );

  if (ogType !== null && !ogArticle && !ogType.startsWith('product')) {
    if (rootWeight < SUBSTANTIAL_BODY_WEIGHT)
      add(POINTS.ogWebsiteThin, `og:type=${ogType}`, `the page says it is a ${ogType}`);
    else signals.push(`og:type=${ogType}`);
  }

  const links = yield* linkShares(body, root);
  const plainRoot = root !== null && links.root < PLAIN_ROOT_LINKS;
  const linkWords = `${Math.round(100 * links.page)}% of its text is links`;
  if (links.page >= 0.6) {
    // Link lists around a long story of plain text are a busy site, not a front page.
    if (plainRoot && rootWeight >= SUBSTANTIAL_BODY_WEIGHT)
      add(POINTS.pageLinksBesideSolidRoot, `link-density:${ratio(links.page)}`, linkWords);
    else add(POINTS.pageLinks, `link-density:${ratio(links.page)}`, linkWords);
  } else signals.push(`link-density:${ratio(links.page)}`);
  if (root !== null && links.root >= 0.4) {
    add(
      POINTS.rootLinks,
      `root-link-density:${ratio(links.root)}`,
      `${Math.round(100 * links.root)}% of its main text is links`,
    );
  }
  if (plainRoot && rootWeight >= VERY_LONG_PROSE_WEIGHT && rootCount >= VERY_LONG_PARAGRAPHS) {
    add(POINTS.veryLongProse, 'very-long-prose');
  }
  if (
    !readerable &&
    plainRoot &&
    rootWeight >= PLAIN_PROSE_WEIGHT &&
    rootCount >= PLAIN_PROSE_PARAGRAPHS
  ) {
    add(POINTS.plainProse, 'plain-prose');
  }

  const controls = countControls(body);
  if (controls >= 5 && rootWeight < 40 * controls)
    add(POINTS.formHeavy, `form-heavy:${controls}`, `it has ${controls} form controls`);

  if (choice !== null) signals.push(`root:${choice.via}`);
  signals.push(`score:${score}`);
  const isArticle = hasBody && score >= ARTICLE_SCORE;
  if (!hasBody) signals.push('no-article-body');
  if (!isArticle) {
    const rootChars = root === null ? 0 : (prose.charsIn.get(root) ?? 0);
    signals.push(`reason: ${rejection(hasBody, rootChars, rootCount, score, against)}`);
  }
  return { isArticle, signals, root: isArticle ? root : null };
}

const plural = (n: number, word: string): string =>
  `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** Why a page was not taken for an article, for the popup and bug reports. */
function rejection(
  hasBody: boolean,
  chars: number,
  paragraphs: number,
  score: number,
  against: readonly string[],
): string {
  if (!hasBody) {
    if (paragraphs === 0) {
      return 'no prose found: no paragraph of 40 characters or more outside menus, sidebars and footers';
    }
    return `too little prose: ${plural(chars, 'character')} in ${plural(paragraphs, 'paragraph')}`;
  }
  const why = against.length > 0 ? against.join('; ') : 'no article markup and no other sign';
  return `not enough signs of an article (${score} of ${ARTICLE_SCORE} points): ${why}`;
}

/**
 * The best guess at a page's main text container even when it is not taken for an
 * article, the body as a last resort: the benchmark measures such pages on it.
 */
export function findContentRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  return chooseRoot(doc, runToEnd(collectProse(body)))?.root ?? body;
}
