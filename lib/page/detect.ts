import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { countChars, isBlockTag, isExcludedElement, weighText } from './dom-rules';
import { STEP_EVERY, runToEnd, type Steps } from './slice';
import { bareHost, parseUrl } from '../url';

export interface ArticleDetection {
  isArticle: boolean;
  /** Short reasons, e.g. "json-ld:NewsArticle", "link-density:0.82", for debugging and read-outs. */
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
  scattered: -2,
  manyArticleElements: -2,
  ogWebsiteThin: -1,
  ogProduct: -3,
  pageLinks: -2,
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

/** Below this, a block of text is a caption, byline or button label, not a paragraph. */
const MIN_PARAGRAPH_WEIGHT = 40;
/** The least prose (in weighted characters) worth calling an article body. */
const MIN_BODY_WEIGHT = 300;
const LONG_PROSE_WEIGHT = 1500;
/** Enough prose that a generic og:type ("website") is taken for a site's careless default. */
const SUBSTANTIAL_BODY_WEIGHT = 1000;
/** Share of CJK letters above which Readability's English-tuned lengths are lowered. */
const CJK_SHARE = 0.3;

function isArticleType(type: string): boolean {
  return (
    type.endsWith('Article') ||
    type === 'BlogPosting' ||
    type === 'LiveBlogPosting' ||
    type === 'Report'
  );
}

function typeName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // "https://schema.org/NewsArticle" and "schema:NewsArticle" name the same type.
  const name = value.trim().replace(/^.*[/:#]/, '');
  return name === '' ? null : name;
}

/**
 * The page-level JSON-LD types: top-level items, @graph members and a WebPage's
 * mainEntity. Nested items (an ItemList's NewsArticle teasers) are not the page.
 */
function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const item = value as Record<string, unknown>;
    const declared = item['@type'];
    for (const t of Array.isArray(declared) ? declared : [declared]) {
      const name = typeName(t);
      if (name !== null) types.push(name);
    }
    if (item['@graph'] !== undefined) visit(item['@graph'], depth);
    if (item.mainEntity !== undefined && depth < 2) visit(item.mainEntity, depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type]')) {
    if (script.getAttribute('type')!.trim().toLowerCase() !== 'application/ld+json') continue;
    const source = (script.textContent ?? '')
      .replace(/^\s*(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/)/, '')
      .replace(/(?:-->|\/\*\s*\]\]>\s*\*\/)\s*$/, '');
    try {
      visit(JSON.parse(source), 0);
    } catch {
      // Broken JSON is common; its first declared type is still a fair hint.
      const first = /"@type"\s*:\s*"([^"]+)"/.exec(source);
      const name = first ? typeName(first[1]) : null;
      if (name !== null) types.push(name);
    }
  }
  return types;
}

function metaContent(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const content = el?.getAttribute('content');
  return content ? content.trim() : null;
}

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

interface Prose {
  body: HTMLElement;
  /** Paragraph weight held by each element (its own and its descendants'). */
  weight: Map<Element, number>;
  /** Paragraph count held by each element. */
  count: Map<Element, number>;
  paragraphs: Set<Element>;
  /** Paragraphs grouped by the container they sit in side by side. */
  clusters: Map<Element, { weight: number; count: number }>;
  chars: number;
  cjk: number;
}

/**
 * Finds the paragraphs of the page (outside furniture) and adds their weight up through
 * their ancestors, like Readability's scoring but on the live document: textContent and
 * tag names only, nothing that needs layout.
 */
function* collectProse(body: HTMLElement): Steps<Prose> {
  const excluded = new Map<Element, boolean>();
  const isInsideFurniture = (el: Element): boolean => {
    const path: Element[] = [];
    let state = false;
    for (let at: Element | null = el; at !== null && at !== body; at = at.parentElement) {
      const known = excluded.get(at);
      if (known !== undefined) {
        state = known;
        break;
      }
      path.push(at);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      state = state || isExcludedElement(path[i]!);
      excluded.set(path[i]!, state);
    }
    return state;
  };

  let turns = 0;
  const candidates = new Set<Element>(body.querySelectorAll('p, pre'));
  // Pages that break text with <br> or write it straight into a div, common on Chinese sites.
  for (const el of body.querySelectorAll('div, td, section, article, font')) {
    if (++turns % STEP_EVERY === 0) yield;
    for (let child = el.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3 && countChars((child as Text).data) >= 20) {
        candidates.add(el);
        break;
      }
    }
  }

  const prose: Prose = {
    body,
    weight: new Map(),
    count: new Map(),
    paragraphs: new Set(),
    clusters: new Map(),
    chars: 0,
    cjk: 0,
  };

  for (const el of candidates) {
    if (++turns % STEP_EVERY === 0) yield;
    if (isInsideFurniture(el)) continue;
    let full;
    let linked = 0;
    if (el.localName === 'p' || el.localName === 'pre') {
      full = weighText(el.textContent ?? '');
      for (const a of el.getElementsByTagName('a')) linked += weighText(a.textContent ?? '').weight;
    } else {
      // Only the div's own inline text: its block children are candidates of their own.
      let own = '';
      for (let child = el.firstChild; child !== null; child = child.nextSibling) {
        if (child.nodeType === 3) own += (child as Text).data;
        else if (child.nodeType === 1) {
          const element = child as Element;
          if (isBlockTag(element.localName) || isExcludedElement(element)) continue;
          const text = element.textContent ?? '';
          own += text;
          if (element.localName === 'a') linked += weighText(text).weight;
        }
      }
      full = weighText(own);
    }
    if (linked > 0.5 * full.weight) continue;
    const weight = full.weight - linked;
    if (weight < MIN_PARAGRAPH_WEIGHT) continue;

    prose.paragraphs.add(el);
    prose.chars += full.chars;
    prose.cjk += full.cjk;
    for (let at: Element | null = el; at !== null; at = at.parentElement) {
      prose.weight.set(at, (prose.weight.get(at) ?? 0) + weight);
      prose.count.set(at, (prose.count.get(at) ?? 0) + 1);
      if (at === body) break;
    }
    // Climb through single-child wrappers (one <div> per <p>) to the shared container.
    let cluster = el.parentElement ?? body;
    while (cluster !== body && cluster.childElementCount === 1 && cluster.parentElement) {
      cluster = cluster.parentElement;
    }
    const c = prose.clusters.get(cluster) ?? { weight: 0, count: 0 };
    c.weight += weight;
    c.count += 1;
    prose.clusters.set(cluster, c);
  }
  return prose;
}

function weightOf(prose: Prose, el: Element): number {
  return prose.weight.get(el) ?? 0;
}

/** Walks down while one child holds most of the prose: the tightest container of the article. */
function descend(prose: Prose, start: Element): Element {
  const target = 0.8 * weightOf(prose, start);
  let node = start;
  for (;;) {
    let next: Element | null = null;
    for (const child of node.children) {
      if (weightOf(prose, child) >= target && !prose.paragraphs.has(child)) {
        next = child;
        break;
      }
    }
    if (next === null) return node;
    node = next;
  }
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
  if (article !== null) return { root: article, via: 'article' };

  for (const el of doc.querySelectorAll('main, [role="main"]')) {
    if (weightOf(prose, el) >= 0.6 * total) return { root: descend(prose, el), via: 'main' };
  }
  return { root: descend(prose, prose.body), via: 'scored' };
}

const FURNITURE =
  'script, style, noscript, template, svg, nav, header, footer, aside, form, [hidden], ' +
  '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';

interface LinkShares {
  /** Share of the page's visible text (outside furniture) that sits inside links. */
  page: number;
  /** The same inside the chosen root. */
  root: number;
}

/** Both link densities in one pass over the page's links. */
function* linkShares(body: Element, root: Element | null): Steps<LinkShares> {
  const furniture = new Set(
    Array.from(body.querySelectorAll(FURNITURE)).filter(
      (el) => !(el.localName === 'header' && el.querySelector('h1') !== null),
    ),
  );
  const memo = new Map<Element, boolean>();
  const insideFurniture = (el: Element): boolean => {
    const path: Element[] = [];
    let state = false;
    for (let at = el.parentElement; at !== null && at !== body; at = at.parentElement) {
      const known = memo.get(at);
      if (known !== undefined) {
        state = known;
        break;
      }
      path.push(at);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      state = state || furniture.has(path[i]!);
      memo.set(path[i]!, state);
    }
    return state;
  };

  // Each count reads the whole text once (tens of ms at a megabyte): a pause after each.
  let pageText = countChars(body.textContent ?? '');
  yield;
  let rootText = root === null ? 0 : countChars(root.textContent ?? '');
  yield;
  let turns = 0;
  for (const el of furniture) {
    if (++turns % STEP_EVERY === 0) yield;
    if (insideFurniture(el)) continue;
    const chars = countChars(el.textContent ?? '');
    pageText -= chars;
    if (root !== null && root !== el && root.contains(el)) rootText -= chars;
  }
  let pageLinks = 0;
  let rootLinks = 0;
  for (const a of body.getElementsByTagName('a')) {
    if (++turns % STEP_EVERY === 0) yield;
    if (furniture.has(a) || insideFurniture(a)) continue;
    const chars = countChars(a.textContent ?? '');
    pageLinks += chars;
    if (root !== null && root.contains(a)) rootLinks += chars;
  }
  const share = (links: number, text: number): number => (text > 0 ? Math.min(1, links / text) : 0);
  return { page: share(pageLinks, pageText), root: share(rootLinks, rootText) };
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
  if (!body) return { isArticle: false, signals: ['no-body'], root: null };
  let score = 0;
  const add = (points: number, signal: string): void => {
    score += points;
    signals.push(signal);
  };

  const types = jsonLdTypes(doc);
  const articleType = types.find(isArticleType);
  if (articleType !== undefined) add(POINTS.jsonLdArticle, `json-ld:${articleType}`);
  for (const type of new Set(types)) {
    const points = NEGATIVE_TYPES[type];
    if (points !== undefined) add(points, `json-ld:${type}`);
  }

  const ogType = metaContent(doc, 'og:type')?.toLowerCase() ?? null;
  const ogArticle = ogType !== null && ogType.startsWith('article');
  if (ogArticle) add(POINTS.ogArticle, 'og:type=article');
  else if (ogType !== null && ogType.startsWith('product'))
    add(POINTS.ogProduct, `og:type=${ogType}`);

  const published =
    metaContent(doc, 'article:published_time') ??
    doc.querySelector('meta[itemprop="datePublished"]')?.getAttribute('content') ??
    null;
  if (published) add(POINTS.publishedTime, 'meta:published-time');

  for (const el of doc.querySelectorAll('[itemtype]')) {
    const name = typeName(el.getAttribute('itemtype')!.split(/\s+/)[0]);
    if (name !== null && isArticleType(name)) {
      add(POINTS.itemtypeArticle, `itemtype:${name}`);
      break;
    }
  }

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
    add(POINTS.searchUrl, 'search-url');
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
  const hasBody =
    rootWeight >= MIN_BODY_WEIGHT && (rootCount >= 2 || rootWeight >= 2 * MIN_BODY_WEIGHT);
  if (rootWeight >= LONG_PROSE_WEIGHT) add(POINTS.longProse, 'long-prose');

  const total = weightOf(prose, body);
  let largest = { weight: 0, count: 0 };
  for (const c of prose.clusters.values()) if (c.weight > largest.weight) largest = c;
  const share = total > 0 ? largest.weight / total : 0;
  signals.push(`cluster:${ratio(share)}`);
  if (largest.count >= 3 || (largest.count >= 2 && share >= 0.5)) {
    add(POINTS.concentrated, 'concentrated-prose');
  } else if (prose.paragraphs.size >= 4 && share < 0.3) {
    add(POINTS.scattered, 'scattered-prose');
  }

  const articles = doc.getElementsByTagName('article');
  if (choice?.via === 'article') add(POINTS.articleElement, 'article-element');
  else if (articles.length >= 4)
    add(POINTS.manyArticleElements, `article-elements:${articles.length}`);

  if (ogType !== null && !ogArticle && !ogType.startsWith('product')) {
    if (rootWeight < SUBSTANTIAL_BODY_WEIGHT) add(POINTS.ogWebsiteThin, `og:type=${ogType}`);
    else signals.push(`og:type=${ogType}`);
  }

  const links = yield* linkShares(body, root);
  if (links.page >= 0.6) add(POINTS.pageLinks, `link-density:${ratio(links.page)}`);
  else signals.push(`link-density:${ratio(links.page)}`);
  if (root !== null && links.root >= 0.4) {
    add(POINTS.rootLinks, `root-link-density:${ratio(links.root)}`);
  }

  const controls = countControls(body);
  if (controls >= 5 && rootWeight < 40 * controls) add(POINTS.formHeavy, `form-heavy:${controls}`);

  if (choice !== null) signals.push(`root:${choice.via}`);
  signals.push(`score:${score}`);
  const isArticle = hasBody && score >= ARTICLE_SCORE;
  if (!hasBody) signals.push('no-article-body');
  return { isArticle, signals, root: isArticle ? root : null };
}

/**
 * The best guess at a page's main text container even when it is not taken for an
 * article (for a user who turns annotation on for a site anyway); the body as a last resort.
 */
export function findContentRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  return chooseRoot(doc, runToEnd(collectProse(body)))?.root ?? body;
}
