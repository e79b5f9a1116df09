/**
 * What a citation of a page needs, read from the page: its canonical address, title, site name,
 * authors, dates and language. Each field is taken from the first source that gives a readable
 * value, in the order scholarly and news sites are most reliable about it: `citation_*` meta
 * (Google Scholar's tags), Open Graph, JSON-LD, Dublin Core, then the page itself.
 *
 * Pure: the document comes in as a parameter. It runs in the page when a snippet is saved, so
 * it imports no schema (the content script carries no zod); the limits below are those of
 * `citationSchema` in ./schema.ts, and the tests check its output against that schema.
 */
import { HAN_RANGES, HANGUL_RANGES, KANA_RANGES, inRanges } from '../match/char-class';
import { isArticleType } from '../page/structured-data';
import type { Citation } from './schema';

/** The longest value each field of `citationSchema` accepts. */
const MAX_TITLE = 2000;
const MAX_SITE = 255;
const MAX_SITE_NAME = 500;
const MAX_AUTHOR = 500;
const MAX_AUTHORS = 100;
const MAX_LANGUAGE = 35;

/**
 * Reads the citation of `doc`, which the reader has open at `pageUrl` (an absolute http(s)
 * address; anything else is a caller's mistake and throws). Never throws on what the page
 * holds: broken JSON-LD, odd dates and empty tags are passed over.
 */
/**
 * The article's own address alone (canonical link, og:url, else the page's), for what needs no
 * more of the citation: the page flow reads it to find the snippets saved under it. Undefined
 * for a page that is not http(s).
 */
export function readArticleUrl(doc: Document, pageUrl: string): string | undefined {
  const pageAddress = httpUrl(pageUrl, undefined);
  if (pageAddress === undefined) return undefined;
  return canonicalUrl(doc, metaIndex(doc), pageAddress.href) ?? articleAddress(pageAddress);
}

export function readCitation(doc: Document, pageUrl: string): Citation {
  const pageAddress = httpUrl(pageUrl, undefined);
  if (pageAddress === undefined) throw new TypeError(`Not an http(s) address: ${pageUrl}`);
  const page = pageAddress.href;

  const meta = metaIndex(doc);
  const ld = readJsonLd(doc);
  const url = canonicalUrl(doc, meta, page) ?? articleAddress(pageAddress);
  const site = new URL(url).hostname.toLowerCase().slice(0, MAX_SITE);

  const siteName = firstText(MAX_SITE_NAME, [
    ...meta.all('og:site_name'),
    ld.publisherName,
    ld.websiteName,
    ...meta.all('application-name'),
    ...meta.all('citation_journal_title'),
    ...meta.all('citation_publisher'),
    ...meta.all('dc.publisher'),
    ...meta.all('dcterms.publisher'),
  ]);

  const citation: Citation = {
    url,
    pageUrl: page,
    title: readTitle(doc, meta, ld, siteName, site),
    site,
    authors: readAuthors(doc, meta, ld, siteName),
  };
  if (siteName !== undefined) citation.siteName = siteName;

  const published = firstDate([
    ...meta.all('citation_publication_date'),
    ...meta.all('citation_date'),
    ...meta.all('citation_online_date'),
    ...meta.all('article:published_time'),
    ld.article?.datePublished,
    ld.article?.dateCreated,
    ...meta.all('dc.date'),
    ...meta.all('dc.date.issued'),
    ...meta.all('dcterms.issued'),
    ...meta.all('dcterms.date'),
    ...meta.all('dc.date.created'),
    ...meta.all('datepublished'),
    ...meta.all('pubdate'),
    ...meta.all('publishdate'),
    ...meta.all('publish-date'),
    ...meta.all('parsely-pub-date'),
    microdataDate(doc, 'datePublished'),
    articleTimeElement(doc),
  ]);
  if (published !== undefined) citation.published = published;

  const modified = firstDate([
    ...meta.all('article:modified_time'),
    ...meta.all('og:updated_time'),
    ld.article?.dateModified,
    ...meta.all('dcterms.modified'),
    ...meta.all('dc.date.modified'),
    ...meta.all('datemodified'),
    microdataDate(doc, 'dateModified'),
  ]);
  if (modified !== undefined) citation.modified = modified;

  const language = readLanguage(doc, meta, ld, citation.title);
  if (language !== undefined) citation.language = language;
  return citation;
}

// ---------------------------------------------------------------------------------------------
// Text

/**
 * Whitespace collapsed and trimmed, cut to `max` characters (never inside a surrogate pair);
 * undefined when nothing is left.
 */
export function cleanText(value: string, max: number): string | undefined {
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  if (text.length <= max) return text;
  let end = max - 1;
  const unit = text.charCodeAt(end - 1);
  if (unit >= 0xd800 && unit <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

function firstText(max: number, candidates: readonly unknown[]): string | undefined {
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue;
    const text = cleanText(candidate, max);
    if (text !== undefined) return text;
  }
  return undefined;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * Some publishing systems write HTML entities into JSON-LD strings ("Smith &amp; Co",
 * "China&#8217;s"); a script's text is never decoded by the HTML parser, so it is done here.
 */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

// ---------------------------------------------------------------------------------------------
// Meta tags

interface MetaIndex {
  /** Every non-empty value under a name, property or itemprop, lower-cased, in page order. */
  all(key: string): string[];
}

function metaIndex(doc: Document): MetaIndex {
  const values = new Map<string, string[]>();
  for (const el of doc.querySelectorAll('meta[content]')) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = values.get(key);
      if (list) list.push(content);
      else values.set(key, [content]);
    }
  }
  return { all: (key) => values.get(key) ?? [] };
}

// ---------------------------------------------------------------------------------------------
// Addresses

/** `value` resolved against `base`, when it is an http(s) address. */
function httpUrl(value: string, base: string | undefined): URL | undefined {
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return url.hostname === '' ? undefined : url;
}

/**
 * The article's own address: without a fragment, which only points inside the page, unless
 * the fragment is a route ("#/news/123", "#!/story") that names the article in a one-page app.
 */
function articleAddress(url: URL): string {
  const copy = new URL(url.href);
  if (!/^#!?\//.test(copy.hash)) copy.hash = '';
  return copy.href;
}

function canonicalUrl(doc: Document, meta: MetaIndex, page: string): string | undefined {
  const candidates: string[] = [];
  for (const link of doc.querySelectorAll('link[rel][href]')) {
    const rels = link.getAttribute('rel')!.toLowerCase().split(/\s+/);
    if (rels.includes('canonical')) candidates.push(link.getAttribute('href')!);
  }
  candidates.push(...meta.all('og:url'));
  for (const candidate of candidates) {
    if (candidate.trim() === '') continue;
    const url = httpUrl(candidate, page);
    if (url !== undefined) return articleAddress(url);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// JSON-LD

type LdNode = Record<string, unknown>;

interface JsonLd {
  /** The node that describes the article, when one does. */
  article?: LdNode;
  publisherName?: string;
  websiteName?: string;
  /** A node, or the node a bare reference such as `{"@id": "#author"}` points at. */
  resolve(value: unknown): LdNode | undefined;
}

/** Beyond this, nested JSON-LD is not the page's own description. */
const MAX_LD_DEPTH = 8;
const MAX_LD_NODES = 5000;

function readJsonLd(doc: Document): JsonLd {
  const topLevel: LdNode[] = [];
  const byId = new Map<string, LdNode>();
  let visited = 0;

  // Every object is indexed by @id; only top-level items, @graph members and a page's
  // mainEntity are candidates for the article itself.
  const index = (value: unknown, depth: number): void => {
    if (depth > MAX_LD_DEPTH || visited > MAX_LD_NODES) return;
    if (Array.isArray(value)) {
      for (const item of value) index(item, depth + 1);
      return;
    }
    if (!isNode(value)) return;
    visited += 1;
    const id = value['@id'];
    if (typeof id === 'string' && Object.keys(value).length > 1 && !byId.has(id)) {
      byId.set(id, value);
    }
    for (const key of Object.keys(value)) index(value[key], depth + 1);
  };
  const collect = (value: unknown, depth: number): void => {
    if (depth > 3) return;
    if (Array.isArray(value)) {
      for (const item of value) collect(item, depth);
      return;
    }
    if (!isNode(value)) return;
    topLevel.push(value);
    if (value['@graph'] !== undefined) collect(value['@graph'], depth + 1);
    if (isNode(value.mainEntity)) collect(value.mainEntity, depth + 1);
  };

  for (const script of doc.querySelectorAll('script[type]')) {
    if (script.getAttribute('type')!.trim().toLowerCase() !== 'application/ld+json') continue;
    const data = parseLenient(script.textContent ?? '');
    if (data === undefined) continue;
    index(data, 0);
    collect(data, 0);
  }

  const resolve = (value: unknown): LdNode | undefined => {
    if (!isNode(value)) return undefined;
    const id = value['@id'];
    if (typeof id === 'string' && Object.keys(value).length === 1) return byId.get(id);
    return value;
  };

  const article =
    topLevel.find((node) => typesOf(node).some(isArticleType)) ??
    topLevel.find((node) => typeof ldText(node.headline) === 'string');
  const publisher = article ? firstNode(article.publisher, resolve) : undefined;
  const website = topLevel.find((node) => typesOf(node).includes('WebSite'));

  const result: JsonLd = { resolve };
  if (article) result.article = article;
  const publisherName = publisher ? ldText(publisher.name) : undefined;
  if (publisherName !== undefined) result.publisherName = publisherName;
  const websiteName = website ? ldText(website.name) : undefined;
  if (websiteName !== undefined) result.websiteName = websiteName;
  return result;
}

/**
 * JSON-LD as pages write it: sometimes wrapped in an HTML comment or CDATA, sometimes with raw
 * line breaks inside strings or trailing commas. Returns undefined when it still cannot be read.
 */
function parseLenient(source: string): unknown {
  const body = source
    .replace(/^\s*(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\*\s*\]\]>\s*\*\/|\]\]>)\s*$/, '')
    .trim();
  if (body === '') return undefined;
  try {
    return JSON.parse(body);
  } catch {
    // Outside strings control characters are only whitespace, so turning them all into spaces
    // repairs strings with raw line breaks and changes nothing else.
    // eslint-disable-next-line no-control-regex
    const repaired = body.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([\]}])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

function isNode(value: unknown): value is LdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A node's types by their short names ("https://schema.org/Person" is "Person"). */
function typesOf(node: LdNode): string[] {
  const declared = node['@type'];
  const list = Array.isArray(declared) ? declared : [declared];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.trim().replace(/^.*[/:#]/, ''))
    .filter((t) => t !== '');
}

/** A text value: a string, a `{"@value": ...}` object, or the first of a list of them. */
function ldText(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const text = decodeEntities(value).trim();
    return text === '' ? undefined : text;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = ldText(item);
      if (text !== undefined) return text;
    }
    return undefined;
  }
  if (isNode(value) && '@value' in value) return ldText(value['@value']);
  return undefined;
}

function firstNode(
  value: unknown,
  resolve: (value: unknown) => LdNode | undefined,
): LdNode | undefined {
  for (const item of Array.isArray(value) ? value : [value]) {
    const node = resolve(item);
    if (node) return node;
  }
  return undefined;
}

const ORGANISATION_TYPES = new Set([
  'Organization',
  'NewsMediaOrganization',
  'Corporation',
  'GovernmentOrganization',
  'NGO',
  'EducationalOrganization',
]);

/** The article's authors that are people (or organisations other than its publisher). */
function jsonLdAuthors(ld: JsonLd): string[] {
  const article = ld.article;
  if (!article) return [];
  const resolve = ld.resolve;
  const publisher = firstNode(article.publisher, resolve);
  const publisherId = publisher?.['@id'];
  const publisherName = ld.publisherName?.toLowerCase();

  const names: string[] = [];
  const authors = article.author ?? article.creator;
  for (const item of Array.isArray(authors) ? authors : [authors]) {
    if (typeof item === 'string') {
      names.push(...splitNames(decodeEntities(item), false));
      continue;
    }
    const node = resolve(item);
    if (!node) continue;
    const types = typesOf(node);
    const name = ldText(node.name) ?? personName(node);
    if (name === undefined) continue;
    const isOrganisation = types.some((t) => ORGANISATION_TYPES.has(t));
    const isPublisher =
      (typeof publisherId === 'string' && node['@id'] === publisherId) ||
      (publisherName !== undefined && name.toLowerCase() === publisherName);
    if (isOrganisation && isPublisher) continue;
    names.push(name);
  }
  return names;
}

function personName(node: LdNode): string | undefined {
  const parts = [ldText(node.givenName), ldText(node.familyName)].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

// ---------------------------------------------------------------------------------------------
// Title

function readTitle(
  doc: Document,
  meta: MetaIndex,
  ld: JsonLd,
  siteName: string | undefined,
  site: string,
): string {
  const declared = firstText(MAX_TITLE, [
    ...meta.all('citation_title'),
    ...meta.all('og:title'),
    ld.article ? ldText(ld.article.headline) : undefined,
    ...meta.all('dc.title'),
    ...meta.all('dcterms.title'),
  ]);
  if (declared !== undefined) return withoutSiteName(declared, siteName);

  const h1 = cleanText(doc.querySelector('h1')?.textContent ?? '', MAX_TITLE);
  const titleElement = doc.querySelector('title')?.textContent ?? '';
  const documentTitle = cleanText(titleElement, Number.MAX_SAFE_INTEGER);
  if (documentTitle !== undefined) {
    // When the heading opens the document title, what follows it is the site's suffix.
    if (h1 !== undefined && documentTitle.startsWith(h1) && documentTitle !== h1) return h1;
    return cleanText(trimSiteSuffix(documentTitle, siteName, site), MAX_TITLE) ?? '';
  }
  return h1 ?? '';
}

/**
 * Separators sites put between a headline and their name: " | ", " - ", " – ", " — ", " · ",
 * and in Chinese titles "_", "｜" and "丨" without spaces.
 */
const TITLE_SEPARATOR = /\s+[|\-–—·•»]\s+|\s*[|｜丨_]\s*|\s*——\s*/g;

/**
 * The document title without the site name sites append ("Headline | Reuters", "标题 - 财新网",
 * "标题_财经_新浪网") or put in front ("Reuters | Headline"). A tail is taken off when it names
 * the site, or when it is short beside the headline before it.
 */
export function trimSiteSuffix(title: string, siteName: string | undefined, host: string): string {
  const siteWords = [siteName, host.replace(/^www\./, '').split('.')[0]]
    .filter((w): w is string => w !== undefined && w.length >= 2)
    .map((w) => w.toLowerCase());
  const namesSite = (segment: string) => {
    const lower = segment.toLowerCase().replace(/\s+/g, '');
    return siteWords.some((w) => lower.includes(w.replace(/\s+/g, '')));
  };

  let text = title;
  for (let step = 0; step < 3; step++) {
    const cuts = [...text.matchAll(TITLE_SEPARATOR)];
    const last = cuts.at(-1);
    if (!last) break;
    const head = text.slice(0, last.index).trim();
    const tail = text.slice(last.index + last[0].length).trim();
    if (head === '') break;
    if (tail === '' || namesSite(tail) || looksLikeSiteName(tail, head)) {
      text = head;
      continue;
    }
    // "Reuters | Headline": the site in front.
    const first = cuts[0]!;
    const lead = text.slice(0, first.index).trim();
    if (cuts.length === 1 && lead !== '' && namesSite(lead) && lead.length < tail.length) {
      text = tail;
    }
    break;
  }
  return text;
}

/** A declared title without a tail that is exactly the site's name ("Headline | Reuters"). */
function withoutSiteName(title: string, siteName: string | undefined): string {
  if (siteName === undefined) return title;
  const cuts = [...title.matchAll(TITLE_SEPARATOR)];
  const last = cuts.at(-1);
  if (!last) return title;
  const head = title.slice(0, last.index).trim();
  const tail = title.slice(last.index + last[0].length).trim();
  return head !== '' && tail.toLowerCase() === siteName.toLowerCase() ? head : title;
}

function looksLikeSiteName(tail: string, head: string): boolean {
  const hanOnly =
    /^[\p{Script=Han}\p{Script=Latin}\d]+$/u.test(tail) && /\p{Script=Han}/u.test(tail);
  if (hanOnly) return tail.length <= 10 && head.length > tail.length;
  const words = tail.split(/\s+/).length;
  return words <= 4 && tail.length <= 30 && head.length > tail.length * 1.5;
}

// ---------------------------------------------------------------------------------------------
// Authors

function readAuthors(
  doc: Document,
  meta: MetaIndex,
  ld: JsonLd,
  siteName: string | undefined,
): string[] {
  const sources: (() => string[])[] = [
    () => meta.all('citation_author').flatMap((v) => splitNames(v, false)),
    () => jsonLdAuthors(ld),
    () =>
      meta
        .all('article:author')
        .filter((v) => !looksLikeAddress(v))
        .flatMap((v) => splitNames(v, true)),
    () => meta.all('dc.creator').flatMap((v) => splitNames(v, false)),
    () => meta.all('dcterms.creator').flatMap((v) => splitNames(v, false)),
    () => meta.all('author').flatMap((v) => splitNames(v, true)),
    () => bylineNames(doc),
  ];
  for (const source of sources) {
    const names = uniqueNames(source(), siteName);
    if (names.length > 0) return names;
  }
  return [];
}

/**
 * Names cleaned, without repeats, and without the site's own name, which many pages put in
 * meta name="author" ("财新网", "Reuters") where no person signed the article.
 */
function uniqueNames(names: readonly string[], siteName: string | undefined): string[] {
  const seen = new Set<string>(siteName === undefined ? [] : [siteName.toLowerCase()]);
  const out: string[] = [];
  for (const raw of names) {
    const name = cleanText(raw, MAX_AUTHOR);
    if (name === undefined || looksLikeAddress(name)) continue;
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
    if (out.length === MAX_AUTHORS) break;
  }
  return out;
}

function looksLikeAddress(value: string): boolean {
  return /^(?:https?:\/\/|www\.)|:\/\/|^\S+@\S+\.\S+$/i.test(value.trim());
}

/** Words that introduce a byline rather than name anyone. */
const BYLINE_LEAD =
  /^(?:(?:written\s+|reported\s+)?by\b[:\s]*|作者\s*[:：]?\s*|文\s*[/／|]\s*|(?:本报|新华社)?记者\s*[:：]?\s*|撰文\s*[:：]?\s*)/i;

/**
 * The names in one author string: "By Jane Doe and John Smith", "王小明、李华", "记者 王小明 李华".
 * A comma separates names only when `commaSeparates` and every part is a full name, so
 * "Smith, John" stays one name.
 */
function splitNames(value: string, commaSeparates: boolean): string[] {
  const text = value.replace(/\s+/g, ' ').trim().replace(BYLINE_LEAD, '').trim();
  if (text === '') return [];
  const parts = text
    .split(/\s+(?:and|&)\s+|\s*[、;；，]\s*|\s+和\s+/i)
    .flatMap((part) => {
      const commaParts = part.split(/\s*,\s*/).filter((p) => p !== '');
      const allFull = commaParts.every((p) => /\s/.test(p) || /\p{Script=Han}/u.test(p));
      return commaSeparates && commaParts.length > 1 && allFull ? commaParts : [part];
    })
    .flatMap((part) => {
      // Chinese bylines list names with spaces between them: "王小明 李华".
      const tokens = part.split(' ');
      const allHanNames =
        tokens.length > 1 && tokens.every((t) => /^\p{Script=Han}{2,4}$/u.test(t));
      return allHanNames ? tokens : [part];
    })
    .map((part) => part.replace(BYLINE_LEAD, '').trim())
    .filter((part) => part !== '');
  return parts;
}

/** A byline longer than this is a biography or a teaser, not names. */
const MAX_BYLINE = 160;

function bylineNames(doc: Document): string[] {
  const scope = doc.querySelector('article') ?? doc.body;
  if (!scope) return [];
  const itemprop = [...scope.querySelectorAll('[itemprop~="author"]')].flatMap((el) => {
    const nameEl = el.querySelector('[itemprop~="name"]');
    const value =
      nameEl?.getAttribute('content') ??
      nameEl?.textContent ??
      el.getAttribute('content') ??
      el.textContent ??
      '';
    return value.length <= MAX_BYLINE ? splitNames(value, true) : [];
  });
  if (itemprop.length > 0) return itemprop;
  const relAuthor = [...scope.querySelectorAll('a[rel~="author"]')].flatMap((el) => {
    const value = el.textContent ?? '';
    return value.length <= MAX_BYLINE ? splitNames(value, true) : [];
  });
  if (relAuthor.length > 0) return relAuthor;
  for (const el of scope.querySelectorAll('.byline, [class*="byline"], .author')) {
    const value = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (value === '' || value.length > MAX_BYLINE) continue;
    const names = splitNames(value, true);
    if (names.length > 0) return names;
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Dates

function firstDate(candidates: readonly unknown[]): string | undefined {
  for (const candidate of candidates) {
    const text = ldText(candidate);
    if (text === undefined) continue;
    const date = normalizeDate(text);
    if (date !== undefined) return date;
  }
  return undefined;
}

function microdataDate(doc: Document, prop: string): string | undefined {
  const el = doc.querySelector(`[itemprop~="${prop}"]`);
  if (!el) return undefined;
  return el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent ?? undefined;
}

function articleTimeElement(doc: Document): string | undefined {
  const el =
    doc.querySelector('article time[datetime]') ?? doc.querySelector('time[pubdate][datetime]');
  return el?.getAttribute('datetime') ?? undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const NUMERIC_DATE =
  /^(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?)?)?$/i;
const CHINESE_DATE =
  /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?(?:\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?$/;
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const CLOCK = '(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?)?';
/** "25 March 2021", "Thu, 25 Mar 2021 10:00:00 GMT" */
const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})${CLOCK}$`, 'i');
/** "March 25, 2021", "Mar. 5 2021 10:00 UTC" */
const MONTH_DAY_YEAR = new RegExp(
  `^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${CLOCK}$`,
  'i',
);

/**
 * A page's date as ISO 8601, at the precision the page gives: "2021", "2021-03",
 * "2021-03-25", or a date and time with its offset when the page states one. "2021/03/25",
 * "2021年3月25日" and "March 25, 2021" are read too; a time without a stated time zone is
 * kept as a local time, and a time that cannot be read is dropped with the date kept.
 * Undefined for anything else, or for impossible dates.
 */
export function normalizeDate(raw: string): string | undefined {
  const text = raw.replace(/\s+/g, ' ').trim();
  let m = NUMERIC_DATE.exec(text);
  if (m) {
    return buildDate(m[1]!, m[3], m[4], m[5], m[6], m[7], m[8], m[9]);
  }
  m = CHINESE_DATE.exec(text);
  if (m) return buildDate(m[1]!, m[2], m[3], m[4], m[5], m[6], undefined, undefined);
  m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const month = String(MONTHS.indexOf(m[2]!.toLowerCase()) + 1);
    return buildDate(m[3]!, month, m[1], m[4], m[5], m[6], undefined, m[7]);
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m) {
    const month = String(MONTHS.indexOf(m[1]!.toLowerCase()) + 1);
    return buildDate(m[3]!, month, m[2], m[4], m[5], m[6], undefined, m[7]);
  }
  return undefined;
}

function buildDate(
  year: string,
  month: string | undefined,
  day: string | undefined,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  fraction: string | undefined,
  zone: string | undefined,
): string | undefined {
  const y = Number(year);
  if (y < 1000) return undefined;
  let out = year;
  if (month === undefined) return out;
  const mo = Number(month);
  if (mo < 1 || mo > 12) return undefined;
  out += `-${pad(mo)}`;
  if (day === undefined) return out;
  const d = Number(day);
  if (d < 1 || d > daysInMonth(y, mo)) return undefined;
  out += `-${pad(d)}`;
  if (hour === undefined || minute === undefined) return out;
  const h = Number(hour);
  const mi = Number(minute);
  const s = second === undefined ? undefined : Number(second);
  if (h > 23 || mi > 59 || (s !== undefined && s > 59)) return out;
  out += `T${pad(h)}:${pad(mi)}`;
  if (s !== undefined) out += `:${pad(s)}${fraction ?? ''}`;
  if (zone === undefined) return out;
  const upper = zone.toUpperCase();
  if (upper === 'Z' || upper === 'UTC' || upper === 'GMT') return `${out}Z`;
  const offset = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
  if (Number(offset[2]) > 14 || Number(offset[3]) > 59) return out;
  return `${out}${offset[1]}${offset[2]}:${offset[3]}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// ---------------------------------------------------------------------------------------------
// Language

function readLanguage(
  doc: Document,
  meta: MetaIndex,
  ld: JsonLd,
  title: string,
): string | undefined {
  const inLanguage = ld.article?.inLanguage;
  const candidates: unknown[] = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    ...meta.all('og:locale'),
    ldText(inLanguage) ?? (isNode(inLanguage) ? ldText(inLanguage.alternateName) : undefined),
    ...meta.all('citation_language'),
    ...meta.all('dc.language'),
    ...meta.all('dcterms.language'),
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
  ];
  const text = () => `${title} ${sampleText(doc)}`;
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue;
    const tag = normalizeLanguage(candidate);
    if (tag === undefined) continue;
    // Templates often keep a default lang="en" on Chinese pages: the script of the text wins
    // over a declaration it contradicts.
    if (CJK_LANGUAGES.has(primaryLanguage(tag))) return tag;
    const guess = guessLanguage(text());
    return guess !== undefined && guess !== primaryLanguage(tag) ? guess : tag;
  }
  return guessLanguage(text());
}

/** Languages `guessLanguage` can tell from the script alone. */
const CJK_LANGUAGES: ReadonlySet<string> = new Set(['zh', 'ja', 'ko']);

function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!;
}

/** Language names some pages write instead of a tag. */
const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en',
  chinese: 'zh',
  中文: 'zh',
  汉语: 'zh',
  简体中文: 'zh-Hans',
  繁體中文: 'zh-Hant',
  繁体中文: 'zh-Hant',
};

/**
 * A BCP 47 tag in its usual case ("zh_cn" is "zh-CN", "zh-hans" is "zh-Hans"); the first of
 * a list. Undefined for what is not a tag, and for "und" (undetermined).
 */
export function normalizeLanguage(raw: string): string | undefined {
  const first = raw.split(',')[0]!.trim();
  const named = LANGUAGE_NAMES[first.toLowerCase()];
  if (named !== undefined) return named;
  const tag = first.replace(/_/g, '-');
  if (tag.length > MAX_LANGUAGE || !/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag)) return undefined;
  const [language, ...rest] = tag.split('-');
  const lower = language!.toLowerCase();
  if (lower === 'und' || lower === 'zxx' || lower === 'mul') return undefined;
  const subtags = rest.map((part) => {
    if (/^[a-z]{4}$/i.test(part)) return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
    if (/^[a-z]{2}$/i.test(part) || /^\d{3}$/.test(part)) return part.toUpperCase();
    return part.toLowerCase();
  });
  return [lower, ...subtags].join('-');
}

/** How much of the page's text the guess reads. */
const SAMPLE_CHARS = 4000;

function sampleText(doc: Document): string {
  const root = doc.querySelector('article') ?? doc.body;
  if (!root) return '';
  let text = '';
  // 4 is NodeFilter.SHOW_TEXT, named here without the global so the code stays DOM-agnostic.
  const walker = doc.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node && text.length < SAMPLE_CHARS; node = walker.nextNode()) {
    const parent = node.parentElement?.closest('script, style, noscript, template');
    if (parent) continue;
    text += `${node.nodeValue ?? ''} `;
  }
  return text.slice(0, SAMPLE_CHARS);
}

/**
 * The language a text is mostly written in, for the scripts that say it alone: Han without
 * kana is Chinese, kana is Japanese, Hangul is Korean. Text in the Latin alphabet could be any
 * of dozens of languages, so it gets no guess.
 */
export function guessLanguage(text: string): string | undefined {
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let latin = 0;
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp < 0x80) {
      if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) latin++;
    } else if (inRanges(cp, HAN_RANGES)) han++;
    else if (inRanges(cp, KANA_RANGES)) kana++;
    else if (inRanges(cp, HANGUL_RANGES)) hangul++;
  }
  const cjk = han + kana + hangul;
  // A Chinese word is one or two characters, an English one about five letters.
  if (cjk < 10 || cjk * 4 < latin) return undefined;
  if (hangul > han + kana) return 'ko';
  if (kana >= (han + kana) * 0.1) return 'ja';
  return 'zh';
}
