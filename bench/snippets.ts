/**
 * Saved snippets at scale, in the page: re-anchoring 1,000 snippets on one long article after it
 * changed (lib/snippets/anchor.ts, as the snippets analyser does on every visit), and the
 * library's index over 10,000 snippets (lib/snippets/search.ts: what the library page does when
 * it opens, filters, sorts and is first searched).
 *
 * Everything is made here from the pages' own text with a seeded generator, so every run
 * measures the same snippets: quotes are spans of the article as describeQuote saves them; the
 * article is then edited as the anchoring tests edit their copies (words inserted before a quote,
 * a word of a quote changed, a quote removed), and each snippet knows where it should be found.
 */
import core from '../assets/datasets/core.json';
import { anchorQuote, describeQuote, type AnchorMethod } from '../lib/snippets/anchor';
import { snippetSchema, type Snippet, type SnippetInput } from '../lib/snippets/schema';
import { SnippetIndex, type SnippetQuery } from '../lib/snippets/search';
import { random } from './random.mjs';

let texts: string[] = [];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Every page's text, in the order the phase numbers them. */
export function setSnippetTexts(list: string[]): number {
  texts = list;
  return list.length;
}

function textAt(index: number): string {
  const text = texts[index];
  if (text === undefined) throw new Error(`No text ${index}`);
  return text;
}

const HAN = /\p{Script=Han}/u;
const isSpace = (code: number) =>
  code === 0x20 || code === 0x2029 || code === 0x0a || code === 0x09 || code === 0xa0;

/**
 * A span of `text` near [start, end) that starts and ends at word edges where the text has words
 * (Chinese has none: any character will do), looking at most 24 characters either way.
 */
function snapToWords(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && a > start - 24 && !isSpace(text.charCodeAt(a - 1))) a--;
  if (a > 0 && !isSpace(text.charCodeAt(a - 1))) a = start;
  let b = end;
  while (b < text.length && b < end + 24 && !isSpace(text.charCodeAt(b))) b++;
  if (b < text.length && !isSpace(text.charCodeAt(b))) b = end;
  return [a, b];
}

// ---------------------------------------------------------------------------------------------
// Re-anchoring

type Fate = 'kept' | 'words-before' | 'edited' | 'removed';

interface Saved {
  quote: ReturnType<typeof describeQuote>;
  fate: Fate;
  /** Where the passage is in the edited article; null when it was removed. */
  expected: { start: number; end: number } | null;
}

let anchoring: { original: string; edited: string; saved: Saved[] } | null = null;

/** Words of four to nine letters, none a negation, that a light edit may replace. */
const EDITABLE_WORD = /\p{L}{4,9}/gu;
const NEGATION_WORD = /^(?:never|none|nobody|nothing|neither|nor|cannot|without)$/i;

/**
 * A light edit of `quote`: one word in its middle replaced, or two Han characters; numbers and
 * negations are left alone, so the passage still says the same thing. Null when it has no such
 * word.
 */
function lightEdit(quote: string): { text: string; at: number } | null {
  if (HAN.test(quote)) {
    const middle = quote.length >> 1;
    for (let i = middle; i + 2 < quote.length; i++) {
      const pair = quote.slice(i, i + 2);
      if (/^\p{Script=Han}{2}$/u.test(pair) && !/[不没沒未无無非别別勿莫否]/u.test(pair)) {
        const replacement = pair === '有关' ? '相关' : '有关';
        return { text: quote.slice(0, i) + replacement + quote.slice(i + 2), at: i };
      }
    }
    return null;
  }
  const words = [...quote.matchAll(EDITABLE_WORD)].filter(
    (m) => !NEGATION_WORD.test(m[0]) && m.index! > 0,
  );
  if (words.length === 0) return null;
  const word = words[words.length >> 1]!;
  const replacement = word[0].toLowerCase() === 'revised' ? 'changed' : 'revised';
  const at = word.index!;
  return { text: quote.slice(0, at) + replacement + quote.slice(at + word[0].length), at };
}

export interface AnchoringSetup {
  chars: number;
  editedChars: number;
  snippets: number;
  fates: Record<Fate, number>;
  quoteChars: { median: number; max: number };
}

/**
 * `count` snippets saved on text `index`, one in each of `count` equal stretches of the text, so
 * no two overlap; then the article as a later visit finds it: of every ten snippets about one has
 * words inserted right before it, one has a word changed, one is removed, the rest are where they
 * were (but further along, behind the edits before them).
 */
export function prepareAnchoring(index: number, count = 1000, seed = 0x5a17ed): AnchoringSetup {
  const original = textAt(index);
  const next = random(seed);
  const slot = original.length / count;
  if (slot < 8) throw new Error(`A text of ${original.length} characters is too short`);
  const longest = Math.min(400, Math.floor(slot * 0.6));
  const shortest = Math.min(40, Math.max(4, Math.floor(slot * 0.2)));
  const saved: Saved[] = [];
  for (let i = 0; i < count; i++) {
    const from = Math.floor(i * slot);
    const to = Math.floor((i + 1) * slot);
    // A few draws, since a stretch of page text can be mostly white space (indentation kept from
    // the page's source); a stretch with nothing to quote is left without a snippet.
    let quote: ReturnType<typeof describeQuote> | null = null;
    for (let attempt = 0; attempt < 8 && !quote; attempt++) {
      const length = shortest + Math.floor(next() * (longest - shortest));
      const start = from + Math.floor(next() * Math.max(1, to - from - length - 24));
      let [a, b] = snapToWords(original, start, Math.min(to - 1, start + length));
      // Snapping must not leave the stretch: the snippets stay apart.
      a = Math.max(a, from);
      b = Math.min(b, to - 1);
      try {
        quote = describeQuote(original, a, b);
      } catch {
        // white space only, or nothing left after snapping
      }
    }
    if (!quote) continue;
    const roll = next();
    let fate: Fate =
      roll < 0.1 ? 'removed' : roll < 0.2 ? 'edited' : roll < 0.3 ? 'words-before' : 'kept';
    // A passage the text holds twice is still on the page when one copy is edited or removed.
    const exact = quote.quote.exact;
    if (
      (fate === 'removed' || fate === 'edited') &&
      original.indexOf(exact) !== original.lastIndexOf(exact)
    ) {
      fate = 'kept';
    }
    saved.push({ quote, fate, expected: null });
  }

  // The edited article, built in one pass: each snippet's span is copied, changed or left out.
  const pieces: string[] = [];
  let length = 0;
  let copied = 0;
  const put = (piece: string) => {
    pieces.push(piece);
    length += piece.length;
  };
  for (const snippet of saved) {
    const { start, end } = snippet.quote.position;
    const exact = snippet.quote.quote.exact;
    put(original.slice(copied, start));
    copied = end;
    if (snippet.fate === 'edited') {
      const edit = exact.length >= 60 ? lightEdit(exact) : null;
      if (!edit) snippet.fate = 'kept';
      else {
        snippet.expected = { start: length, end: length + edit.text.length };
        put(edit.text);
        continue;
      }
    }
    if (snippet.fate === 'removed') continue;
    if (snippet.fate === 'words-before') put(HAN.test(exact) ? '另据报道，' : 'Separately, ');
    snippet.expected = { start: length, end: length + exact.length };
    put(exact);
  }
  put(original.slice(copied));
  const edited = pieces.join('');
  anchoring = { original, edited, saved };

  const fates: Record<Fate, number> = { kept: 0, 'words-before': 0, edited: 0, removed: 0 };
  for (const s of saved) fates[s.fate]++;
  const lengths = saved.map((s) => s.quote.quote.exact.length);
  return {
    chars: original.length,
    editedChars: edited.length,
    snippets: saved.length,
    fates,
    quoteChars: { median: median(lengths), max: Math.max(...lengths) },
  };
}

export interface AnchoringRun {
  /** All snippets anchored one after the other, ms. */
  totalMs: number;
  /** The slowest single anchorQuote call, ms, and its snippet's fate. */
  slowestMs: number;
  slowestFate: Fate;
  /** Time per fate, ms, summed over its snippets. */
  byFate: Record<Fate, number>;
  methods: Record<AnchorMethod | 'not-found', number>;
  /** Snippets that should be found (all but the removed ones). */
  shouldBeFound: number;
  /** ... found over the span they should be (at least half of it). */
  rightPlace: number;
  /** ... of those, to the character. */
  exactText: number;
  /** ... found on the same words elsewhere: the article repeats them, context and all. */
  sameWordsElsewhere: number;
  /** ... found on other text. */
  otherText: number;
  /** ... reported not found. */
  missed: number;
  removed: number;
  /** Removed snippets reported not found, as they must be. */
  removedNotFound: number;
}

/** Every prepared snippet anchored on the edited article, once each, in saving order. */
export function anchorAll(): AnchoringRun {
  if (!anchoring) throw new Error('Call prepareAnchoring first');
  const { edited, saved } = anchoring;
  const run: AnchoringRun = {
    totalMs: 0,
    slowestMs: 0,
    slowestFate: 'kept',
    byFate: { kept: 0, 'words-before': 0, edited: 0, removed: 0 },
    methods: { position: 0, exact: 0, fuzzy: 0, 'not-found': 0 },
    shouldBeFound: 0,
    rightPlace: 0,
    exactText: 0,
    sameWordsElsewhere: 0,
    otherText: 0,
    missed: 0,
    removed: 0,
    removedNotFound: 0,
  };
  const found: (ReturnType<typeof anchorQuote> | null)[] = [];
  const start = performance.now();
  for (const snippet of saved) {
    const t0 = performance.now();
    const anchor = anchorQuote(edited, snippet.quote.quote, snippet.quote.position);
    const took = performance.now() - t0;
    found.push(anchor);
    run.byFate[snippet.fate] += took;
    if (took > run.slowestMs) {
      run.slowestMs = took;
      run.slowestFate = snippet.fate;
    }
  }
  run.totalMs = performance.now() - start;

  saved.forEach((snippet, i) => {
    const anchor = found[i];
    run.methods[anchor ? anchor.method : 'not-found']++;
    const expected = snippet.expected;
    if (!expected) {
      run.removed++;
      if (!anchor) run.removedNotFound++;
      return;
    }
    run.shouldBeFound++;
    if (!anchor) {
      run.missed++;
      return;
    }
    const overlap = Math.min(anchor.end, expected.end) - Math.max(anchor.start, expected.start);
    if (overlap * 2 >= expected.end - expected.start) {
      run.rightPlace++;
      if (anchor.start === expected.start && anchor.end === expected.end) run.exactText++;
    } else if (
      edited.slice(anchor.start, anchor.end) === edited.slice(expected.start, expected.end)
    ) {
      run.sameWordsElsewhere++;
    } else run.otherText++;
  });
  return run;
}

// ---------------------------------------------------------------------------------------------
// The library

const SITES: [string, string | undefined, 'en' | 'zh'][] = [
  ['www.reuters.com', 'Reuters', 'en'],
  ['www.bloomberg.com', 'Bloomberg', 'en'],
  ['www.ft.com', 'Financial Times', 'en'],
  ['www.wsj.com', 'The Wall Street Journal', 'en'],
  ['www.nytimes.com', 'The New York Times', 'en'],
  ['www.scmp.com', 'South China Morning Post', 'en'],
  ['www.caixinglobal.com', 'Caixin Global', 'en'],
  ['www.bbc.com', 'BBC News', 'en'],
  ['techcrunch.com', undefined, 'en'],
  ['www.theinformation.com', undefined, 'en'],
  ['www.caixin.com', '财新网', 'zh'],
  ['www.yicai.com', '第一财经', 'zh'],
  ['news.qq.com', '腾讯新闻', 'zh'],
  ['www.thepaper.cn', '澎湃新闻', 'zh'],
  ['www.36kr.com', undefined, 'zh'],
];
const OUTLETS = ['reuters', 'bloomberg', 'ft', 'wsj', 'nyt', 'scmp', 'caixin'];
const TAGS = [
  'antitrust',
  'fintech',
  'credit',
  'data',
  'ipo',
  'platforms',
  'fines',
  'rectification',
  'cross-border',
  'gaming',
  'education',
  'ride-hailing',
  'delisting',
  'vie',
  'pboc',
  'to-check',
  'timeline',
  'chapter-3',
  'chapter-4',
  '数据安全',
  '征信',
  '反垄断',
  '出境',
  '整改',
];
const NOTES = [
  'Compare with the regulator’s own notice.',
  'Check the date against the filing.',
  'Anonymous sourcing; look for a second outlet.',
  'Quoted in the draft, section on enforcement.',
  'Same figure as the earlier report, different source.',
  '需要核实：与征求意见稿比较',
  '与官方通报的说法不一致',
  'The company later denied this.',
];
const AUTHORS = ['Jane Doe', 'Li Wei', 'Zhang Min', 'Sam Brown', 'Chen Jing', '王小明', '李华'];

let library: Snippet[] = [];
/** Labels for the ids the snippets carry, for the library view's filters. */
export const libraryNames = (() => {
  const actors = new Map<string, string>();
  for (const actor of core.actors as unknown as { id: string; names: { en: string } }[])
    actors.set(actor.id, actor.names.en);
  const claims = new Map<string, string>();
  for (const claim of (core as unknown as { claims?: { id: string; statement: string }[] })
    .claims ?? [])
    claims.set(claim.id, claim.statement);
  return {
    actor: (id: string) => actors.get(id),
    claim: (id: string) => claims.get(id),
    actorIds: [...actors.keys()],
    claimIds: [...claims.keys()],
  };
})();

const day = 86_400_000;
const iso = (time: number) => new Date(time).toISOString();

/**
 * `count` snippets, as a researcher's library might hold them after years of reading: about
 * seven passages per article, from the given texts (Chinese sites quote the Chinese texts), on
 * fifteen sites, saved over three years, most with tags, some with notes, actors and claims.
 * Every one is parsed by the snippet schema, as the store reads them.
 */
export function makeLibrary(sourceIndexes: number[], count = 10_000, seed = 0x11b5a7): number {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sources = sourceIndexes.map(textAt).filter((text) => text.length >= 400);
  const chinese = sources.filter((text) => HAN.test(text.slice(0, 2000)));
  const english = sources.filter((text) => !HAN.test(text.slice(0, 2000)));
  if (english.length === 0) throw new Error('No text to quote from');
  const span = (text: string, min: number, max: number) => {
    const length = min + Math.floor(next() * (max - min));
    const start = Math.floor(next() * Math.max(1, text.length - length));
    const [a, b] = snapToWords(text, start, Math.min(text.length, start + length));
    return describeQuote(text, a, b);
  };
  const firstSaved = Date.UTC(2023, 0, 1);
  const out: Snippet[] = [];
  let article = -1;
  let page = { site: SITES[0]!, title: '', url: '', text: english[0]!, published: '', author: '' };
  for (let i = 0; i < count; i++) {
    if (i === 0 || next() < 1 / 7) {
      article++;
      const site = pick(SITES);
      const pool = site[2] === 'zh' && chinese.length > 0 ? chinese : english;
      const text = pick(pool);
      const title = span(text, 30, 90).quote.exact.replace(/\s+/g, ' ');
      page = {
        site,
        title,
        url: `https://${site[0]}/news/2021/${article.toString(36)}-${i}`,
        text,
        published: iso(Date.UTC(2020, 0, 1) + Math.floor(next() * 4 * 365) * day).slice(0, 10),
        author: pick(AUTHORS),
      };
    }
    let quote: ReturnType<typeof describeQuote>;
    try {
      quote = span(page.text, 40, 420);
    } catch {
      quote = describeQuote(page.text, 0, 40);
    }
    const saved = firstSaved + Math.floor(next() * 3 * 365 * day) + Math.floor(next() * day);
    const actors = Array.from({ length: Math.floor(next() * 4) }, () =>
      pick(libraryNames.actorIds),
    );
    const claims =
      libraryNames.claimIds.length > 0 && next() < 0.2 ? [pick(libraryNames.claimIds)] : [];
    const input: SnippetInput = {
      id: `bench-${i.toString(36).padStart(5, '0')}`,
      quote: quote.quote,
      position: quote.position,
      citation: {
        url: page.url,
        pageUrl: `${page.url}?from=bench`,
        title: page.title,
        site: page.site[0],
        ...(page.site[1] ? { siteName: page.site[1] } : {}),
        authors: [page.author],
        published: page.published,
        language: page.site[2] === 'zh' ? 'zh-CN' : 'en',
      },
      ...(next() < 0.4 ? { outlet: pick(OUTLETS) } : {}),
      savedAt: iso(saved),
      updatedAt: iso(saved + Math.floor(next() * 30) * day),
      actors: [...new Set(actors)],
      claims,
      grades: Object.fromEntries(
        claims.map((id) => [id, { level: 'moderate', reliability: 'B', credibility: 3 }]),
      ),
      note: next() < 0.35 ? pick(NOTES) : '',
      tags: [...new Set(Array.from({ length: Math.floor(next() * 4) }, () => pick(TAGS)))],
    };
    out.push(snippetSchema.parse(input));
  }
  library = out;
  return out.length;
}

/** The library made last, for the library view. */
export function currentLibrary(): readonly Snippet[] {
  return library;
}

export interface LibraryIndexRun {
  /** new SnippetIndex(snippets): taking the list in (no text index yet). */
  syncMs: number;
  /** The first list shown: every snippet, newest first, and the filters' values and counts. */
  firstListMs: number;
  facetsMs: number;
  /** The first filter (a tag) and the first other sort (title). */
  filterMs: number;
  sortMs: number;
  /** Building the full-text index over quotes, notes and titles (MiniSearch). */
  textIndexMs: number;
  /** The first searches once it is built: English words, then Chinese. */
  searchMs: number;
  searchChineseMs: number;
  shown: number;
  filtered: number;
  searched: number;
  searchedChinese: number;
}

/** The library's index over the snippets made last, from nothing, step by step. */
export function libraryIndexOnce(): LibraryIndexRun {
  const snippets = library;
  const find = (index: SnippetIndex, query: Partial<SnippetQuery>) =>
    index.find({ text: '', sort: 'newest', ...query });
  const t0 = performance.now();
  const index = new SnippetIndex(snippets);
  const t1 = performance.now();
  const shown = find(index, {}).length;
  const t2 = performance.now();
  index.facets();
  const t3 = performance.now();
  const filtered = find(index, { tag: 'fintech' }).length;
  const t4 = performance.now();
  find(index, { sort: 'title' });
  const t5 = performance.now();
  index.prepareText();
  const t6 = performance.now();
  const searched = find(index, { text: 'credit data', sort: 'relevance' }).length;
  const t7 = performance.now();
  const searchedChinese = find(index, { text: '征信', sort: 'relevance' }).length;
  const t8 = performance.now();
  return {
    syncMs: t1 - t0,
    firstListMs: t2 - t1,
    facetsMs: t3 - t2,
    filterMs: t4 - t3,
    sortMs: t5 - t4,
    textIndexMs: t6 - t5,
    searchMs: t7 - t6,
    searchChineseMs: t8 - t7,
    shown,
    filtered,
    searched,
    searchedChinese,
  };
}
