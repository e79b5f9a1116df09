/**
 * Finding saved snippets in the library: a full-text index over each snippet's quote, note and
 * title, the library's filters, and its sort orders. The index is built once for a list of
 * snippets and then kept in step with later lists by re-indexing only the snippets that changed,
 * so an edit or a delete in a library of 10,000 does not rebuild it.
 *
 * Words in alphabetic scripts are matched by prefix and, from four letters on, with a typo or
 * two. Chinese and Japanese are written without spaces, so a run of Han or kana is indexed as its
 * single characters and its pairs of neighbouring characters (bigrams); a query's run is looked up
 * by its bigrams, which must all be present, so 征信 finds 征信 and 蚂蚁集团 finds only text where
 * 蚂蚁, 蚁集 and 集团 all occur.
 */
import MiniSearch from 'minisearch';
import type { Snippet } from './schema';

export type SnippetSort = 'relevance' | 'newest' | 'oldest' | 'published' | 'title' | 'site';

export const snippetSorts: readonly SnippetSort[] = [
  'newest',
  'oldest',
  'published',
  'title',
  'site',
  'relevance',
];

/** What narrows the library; an absent field does not narrow it. */
export interface SnippetFilters {
  /** An actor id named inside the quote. */
  actor?: string;
  /** A claim id retold inside the quote. */
  claim?: string;
  /** The outlet actor's id. */
  outlet?: string;
  /** A host name, as in `citation.site`. */
  site?: string;
  tag?: string;
  /** The first day saved, YYYY-MM-DD, a day of the researcher's own time zone. */
  savedFrom?: string;
  /** The last day saved, YYYY-MM-DD, included. */
  savedTo?: string;
}

export interface SnippetQuery extends SnippetFilters {
  /** The words searched for; blank matches every snippet. */
  text: string;
  sort: SnippetSort;
}

/** The values the filters can take in a library, each with how many snippets carry it. */
export interface SnippetFacets {
  actors: Map<string, number>;
  claims: Map<string, number>;
  outlets: Map<string, number>;
  sites: Map<string, number>;
  tags: Map<string, number>;
}

const asciiOnly = /^[ -~\s]*$/;
// Scripts written without spaces between words.
const unspacedRun = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/u;
// A run of one script or the other: letters, digits and combining marks that are not Han or kana.
const tokenPattern =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|[^\p{Z}\p{P}\p{S}\p{C}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

/**
 * Folds what a reader would not tell apart when searching: case, accents and full-width forms
 * ("Ａｎｔ" and "ant", "Rückzug" and "ruckzug").
 */
export function foldText(text: string): string {
  // Most text is ASCII, which has nothing to decompose; normalising it would only cost time.
  if (asciiOnly.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function isUnspaced(term: string): boolean {
  return unspacedRun.test(term);
}

function bigrams(run: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < run.length; i++) pairs.push(run[i]! + run[i + 1]!);
  return pairs;
}

/** The words of `text`, with each Han or kana run turned into terms by `unspaced`. */
function termsOf(text: string, unspaced: (run: string[]) => string[]): string[] {
  const terms: string[] = [];
  for (const [token] of foldText(text).matchAll(tokenPattern)) {
    if (isUnspaced(token)) terms.push(...unspaced(Array.from(token)));
    else terms.push(token);
  }
  return terms;
}

/** The terms a snippet's text is indexed under: its words, and each Han or kana character and bigram. */
export function indexTerms(text: string): string[] {
  return termsOf(text, (run) => [...run, ...bigrams(run)]);
}

/** The terms a query looks for: its words, and each Han or kana run's bigrams (or its one character). */
export function queryTerms(text: string): string[] {
  return termsOf(text, (run) => (run.length === 1 ? [run[0]!] : bigrams(run)));
}

const searchFields = ['quote', 'note', 'title'] as const;
type SearchField = (typeof searchFields)[number];

function fieldText(snippet: Snippet, field: SearchField): string {
  if (field === 'quote') return snippet.quote.exact;
  if (field === 'title') return snippet.citation.title;
  return snippet.note;
}

function sameText(a: Snippet, b: Snippet): boolean {
  return searchFields.every((field) => fieldText(a, field) === fieldText(b, field));
}

function newMiniSearch(): MiniSearch<Snippet> {
  return new MiniSearch<Snippet>({
    fields: [...searchFields],
    storeFields: [],
    extractField: (snippet, field) =>
      field === 'id' ? snippet.id : fieldText(snippet, field as SearchField),
    // Terms arrive folded and split from the tokeniser; nothing is left for processTerm to do.
    tokenize: (text) => indexTerms(text),
    processTerm: (term) => term,
    searchOptions: {
      tokenize: (text) => queryTerms(text),
      processTerm: (term) => term,
      combineWith: 'AND',
      boost: { title: 2 },
      // A Han or kana term is already indexed whole; a prefix or a typo of two characters would
      // match unrelated words.
      prefix: (term) => !isUnspaced(term),
      fuzzy: (term) => (!isUnspaced(term) && term.length >= 4 ? 0.2 : false),
    },
  });
}

/** A day (YYYY-MM-DD) as the milliseconds of its local midnight, or null when it is not a date. */
function localMidnight(day: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const time = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
  return Number.isNaN(time) ? null : time;
}

/** The saved-date filter as a half-open span of milliseconds [from, until). */
export function savedSpan(filters: SnippetFilters): { from: number; until: number } {
  const from = filters.savedFrom ? localMidnight(filters.savedFrom) : null;
  const to = filters.savedTo ? localMidnight(filters.savedTo) : null;
  let until = Infinity;
  if (to !== null) {
    const next = new Date(to);
    next.setDate(next.getDate() + 1);
    until = next.getTime();
  }
  return { from: from ?? -Infinity, until };
}

/** Whether a snippet passes every filter that is set. */
export function matchesFilters(
  snippet: Snippet,
  filters: SnippetFilters,
  span = savedSpan(filters),
): boolean {
  if (filters.actor && !snippet.actors.includes(filters.actor)) return false;
  if (filters.claim && !snippet.claims.includes(filters.claim)) return false;
  if (filters.outlet && snippet.outlet !== filters.outlet) return false;
  if (filters.site && snippet.citation.site !== filters.site) return false;
  if (filters.tag && !snippet.tags.includes(filters.tag)) return false;
  if (span.from !== -Infinity || span.until !== Infinity) {
    const saved = Date.parse(snippet.savedAt);
    if (!(saved >= span.from && saved < span.until)) return false;
  }
  return true;
}

/** Whether any filter is set. */
export function hasFilters(filters: SnippetFilters): boolean {
  return Boolean(
    filters.actor ||
    filters.claim ||
    filters.outlet ||
    filters.site ||
    filters.tag ||
    filters.savedFrom ||
    filters.savedTo,
  );
}

/**
 * A page date's moment for sorting. Dates without a time count from the start of their period
 * in UTC ("2021" as 1 January 2021); a date the parser refuses falls back to its day.
 */
export function publishedTime(published: string | undefined): number | null {
  if (!published) return null;
  const time = Date.parse(published);
  if (!Number.isNaN(time)) return time;
  const day = Date.parse(published.slice(0, 10));
  return Number.isNaN(day) ? null : day;
}

/** The name a snippet's site is shown and sorted by: the publication's own, else its host. */
export function siteLabel(snippet: Snippet): string {
  return snippet.citation.siteName?.trim() || snippet.citation.site.replace(/^www\./, '');
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function byNewest(a: Snippet, b: Snippet): number {
  return Date.parse(b.savedAt) - Date.parse(a.savedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Puts empty text after everything else, then compares by the collator. */
function byText(a: string, b: string): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  return collator.compare(a, b);
}

/**
 * The comparator of a sort: newest or oldest saved; newest published (undated last); title A to
 * Z; site A to Z. Ties fall back to the newest saved, then the id, so every order is total and
 * does not depend on the order the snippets came in.
 */
export function compareSnippets(sort: SnippetSort): (a: Snippet, b: Snippet) => number {
  switch (sort) {
    case 'oldest':
      return (a, b) => -byNewest(a, b);
    case 'published':
      return (a, b) => {
        const pa = publishedTime(a.citation.published);
        const pb = publishedTime(b.citation.published);
        if (pa !== pb) {
          if (pa === null) return 1;
          if (pb === null) return -1;
          return pb - pa;
        }
        return byNewest(a, b);
      };
    case 'title':
      return (a, b) => byText(a.citation.title.trim(), b.citation.title.trim()) || byNewest(a, b);
    case 'site':
      return (a, b) => byText(siteLabel(a), siteLabel(b)) || byNewest(a, b);
    case 'newest':
    case 'relevance':
      return byNewest;
  }
}

function count(map: Map<string, number>, key: string | undefined) {
  if (key) map.set(key, (map.get(key) ?? 0) + 1);
}

/** The actors, claims, outlets, sites and tags the snippets carry, with how many carry each. */
export function facetsOf(snippets: Iterable<Snippet>): SnippetFacets {
  const facets: SnippetFacets = {
    actors: new Map(),
    claims: new Map(),
    outlets: new Map(),
    sites: new Map(),
    tags: new Map(),
  };
  for (const snippet of snippets) {
    for (const id of new Set(snippet.actors)) count(facets.actors, id);
    for (const id of new Set(snippet.claims)) count(facets.claims, id);
    count(facets.outlets, snippet.outlet);
    count(facets.sites, snippet.citation.site);
    for (const tag of new Set(snippet.tags)) count(facets.tags, tag);
  }
  return facets;
}

/** What one `sync` changed in the index. */
export interface SyncChange {
  added: number;
  updated: number;
  removed: number;
}

/**
 * The library's search index. `sync` brings it in step with a new list of snippets, re-indexing
 * only those whose object changed (snippets are values: an edit makes a new object); `find`
 * answers a query with the matching snippets in the order asked for.
 *
 * Sorting and filtering need no text index, so the full-text index is built only when text is
 * first searched for, or earlier through `prepareText` (which a page can call once it has shown
 * the list): opening a large library does not wait for it.
 */
export class SnippetIndex {
  private textIndex: MiniSearch<Snippet> | null = null;
  private readonly byId = new Map<string, Snippet>();
  private readonly orders = new Map<SnippetSort, Snippet[]>();
  private facetCache: SnippetFacets | null = null;
  /** Goes up with every sync that changed something, so a caller can tell stale answers apart. */
  version = 0;

  constructor(snippets: readonly Snippet[] = []) {
    this.sync(snippets);
  }

  get size(): number {
    return this.byId.size;
  }

  /** Whether the full-text index has been built. */
  get textReady(): boolean {
    return this.textIndex !== null;
  }

  /** Builds the full-text index now, if it is not built yet. */
  prepareText(): void {
    if (this.textIndex) return;
    this.textIndex = newMiniSearch();
    this.textIndex.addAll([...this.byId.values()]);
  }

  /**
   * Takes in a new list of the library's snippets. A snippet is re-indexed only when its object
   * is not the one held and its quote, note or title differ; a later duplicate of an id is ignored.
   */
  sync(snippets: readonly Snippet[]): SyncChange {
    const change: SyncChange = { added: 0, updated: 0, removed: 0 };
    const text = this.textIndex;
    const seen = new Set<string>();
    const added: Snippet[] = [];
    for (const snippet of snippets) {
      if (seen.has(snippet.id)) continue;
      seen.add(snippet.id);
      const held = this.byId.get(snippet.id);
      if (held === snippet) continue;
      this.byId.set(snippet.id, snippet);
      if (!held) {
        added.push(snippet);
        change.added++;
        continue;
      }
      change.updated++;
      if (text && !sameText(held, snippet)) {
        // The held object is the one that was indexed, so its terms are the ones to take out.
        text.remove(held);
        text.add(snippet);
      }
    }
    for (const [id, held] of this.byId) {
      if (seen.has(id)) continue;
      text?.remove(held);
      this.byId.delete(id);
      change.removed++;
    }
    text?.addAll(added);
    if (change.added || change.updated || change.removed) {
      this.version++;
      this.orders.clear();
      this.facetCache = null;
    }
    return change;
  }

  get(id: string): Snippet | undefined {
    return this.byId.get(id);
  }

  /** The ids whose quote, note or title match the text, with their scores; null for blank text. */
  match(text: string): Map<string, number> | null {
    if (queryTerms(text).length === 0) return null;
    this.prepareText();
    const scores = new Map<string, number>();
    for (const hit of this.textIndex!.search(text)) scores.set(hit.id as string, hit.score);
    return scores;
  }

  /** Every snippet in a sort's order, sorted once per version of the index. */
  ordered(sort: SnippetSort): readonly Snippet[] {
    let order = this.orders.get(sort);
    if (!order) {
      order = [...this.byId.values()].sort(compareSnippets(sort));
      this.orders.set(sort, order);
    }
    return order;
  }

  facets(): SnippetFacets {
    this.facetCache ??= facetsOf(this.byId.values());
    return this.facetCache;
  }

  /**
   * The snippets that match the query's text and pass its filters, in its order. "relevance"
   * orders by the search's score (ties and blank text by newest saved).
   */
  find(query: SnippetQuery): Snippet[] {
    const scores = this.match(query.text);
    const span = savedSpan(query);
    const found = this.ordered(query.sort === 'relevance' ? 'newest' : query.sort).filter(
      (snippet) => (!scores || scores.has(snippet.id)) && matchesFilters(snippet, query, span),
    );
    if (scores && query.sort === 'relevance') {
      // Stable: equal scores keep the newest-first order they arrived in.
      found.sort((a, b) => scores.get(b.id)! - scores.get(a.id)!);
    }
    return found;
  }
}
