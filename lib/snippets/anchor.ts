/**
 * Describing a passage of an article's text so it can be found again, and finding it again in
 * the text as it is on a later visit. Offsets are UTF-16 indices into the article text as the
 * page's text map reads it (`TextMap.text`), so a passage that crosses a link, a bold word or
 * a paragraph break is just a span of that text.
 *
 * Finding a quote goes from cheap and certain to costly and doubtful: the saved position, then
 * exact occurrences of the quote, then approximate ones. An approximate match must look like
 * the quote (at most a quarter of its characters edited), keep its numbers and negations, and
 * score well enough with its surroundings; otherwise the answer is null, "not found on the page
 * as it is now", rather than a highlight on text that says something else.
 */
import search from 'approx-string-match';
import type { PositionSelector, QuoteSelector } from './schema';

/** Characters of context kept on either side of a quote (W3C TextQuoteSelector prefix, suffix). */
export const CONTEXT_LENGTH = 32;

/**
 * How much each kind of evidence counts when candidates are compared: the quote itself most,
 * its two sides of context next, closeness to where it was only as a tie-breaker (Hypothesis
 * uses the same proportions).
 */
export const ANCHOR_WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

export const ANCHOR_THRESHOLDS = {
  /**
   * Quote similarity is 1 - (edit distance between the quote and the found text) / (quote
   * length). Below 0.75, more than a quarter of the quote would have to have changed: that is
   * rewritten text, not the saved passage. This also sets the approximate search's error budget.
   */
  minQuoteSimilarity: 0.75,
  /**
   * Context similarity (1 - edit distance / length, white space collapsed) that at least one
   * side of a candidate's context must reach: for every approximate match, and for an exact
   * match of a quote shorter than its context (a name, a phrase recurs too easily to be trusted
   * on its own) away from its saved position. Unrelated 32-character stretches of the fixture
   * articles score 0.16 at the median and 0.34 at the 99th percentile (English; Chinese 0.13),
   * so 0.5 asks for context that is really the same, lightly edited at most. A look-alike
   * sentence elsewhere on the page ("the ministry did not comment" for "the company did not
   * comment") fails it; a passage edited where it stands keeps its context and passes.
   */
  minContext: 0.5,
  shortQuoteLength: CONTEXT_LENGTH,
  /** A cap on the error budget, so a very long quote cannot make the search crawl. */
  maxFuzzyErrors: 256,
} as const;

/**
 * Exact occurrences and approximate matches within this many characters of the saved span are
 * looked at first, and the rest of the text only when nothing there will do: a passage that
 * moved or was edited where it stands is found without reading the whole text.
 */
const NEAR_SLACK = 2048;

/**
 * At most this many candidate regions are searched for an approximate match. Only very
 * repetitive text (the same sentence in hundreds of paragraphs) reaches it; the quote is then
 * looked for in the regions nearest its saved position, or sharing the most with it, and is
 * otherwise reported not found.
 */
const MAX_VERIFIED_REGIONS = 64;

/** Context similarity when the snippet kept no context on that side: unknown, not bad. */
const UNKNOWN_CONTEXT = 0.5;

export interface QuoteDescription {
  quote: QuoteSelector;
  position: PositionSelector;
}

export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
  /** The weighted score (ANCHOR_WEIGHTS), from 0 to 1. */
  score: number;
}

/**
 * The quote and position selectors for text[start, end). White space at either end of the
 * selection is left out (a triple-click takes the line break after a paragraph; indentation
 * from the page's source is not part of the passage), and a half of a surrogate pair at either
 * end takes the whole character. The prefix and suffix hold up to CONTEXT_LENGTH characters,
 * fewer at the text's edges or where the 32nd would split a surrogate pair.
 * Throws a RangeError for offsets outside the text or a selection of white space only.
 */
export function describeQuote(text: string, start: number, end: number): QuoteDescription {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError('quote offsets must be integers');
  }
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(`no text at [${start}, ${end}) in a text of ${text.length} characters`);
  }
  if (splitsPair(text, start)) start--;
  if (splitsPair(text, end)) end++;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) throw new RangeError('the selection holds only white space');

  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsPair(text, prefixStart)) prefixStart++;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsPair(text, suffixEnd)) suffixEnd--;
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { start, end },
  };
}

/**
 * Where the quote is in `text` now, or null when it cannot be found with confidence.
 * 1. The saved position, when the text there is the quote and its context agrees.
 * 2. Exact occurrences, the best by weighted score: context agreement first, closeness to the
 *    saved position as the tie-breaker. Occurrences near the saved position are scored first.
 * 3. Approximate matches (approx-string-match, at most a quarter of the quote edited), which
 *    must keep the quote's numbers and negations and have context that agrees on one side:
 *    near the saved position first, then in the rest of the text.
 */
export function anchorQuote(
  text: string,
  quote: QuoteSelector,
  position?: PositionSelector,
): Anchor | null {
  const exact = quote.exact;
  if (exact.length === 0 || text.length === 0) return null;
  const judge = new Judge(text, quote, position);

  if (position !== undefined && isSpanIn(position, text.length)) {
    if (
      text.slice(position.start, position.end) === exact &&
      judge.contextAgrees(position.start, position.end)
    ) {
      const here = judge.score(position.start, position.end, 1);
      return { start: position.start, end: position.end, method: 'position', score: here.total };
    }
  }

  const found = anchorExact(text, judge) ?? anchorFuzzy(text, judge);
  if (found === null) return null;
  const atOldPosition =
    position !== undefined && found.start === position.start && found.end === position.end;
  return {
    start: found.start,
    end: found.end,
    method: found.fuzzy ? 'fuzzy' : atOldPosition ? 'position' : 'exact',
    score: found.total,
  };
}

interface Scored {
  start: number;
  end: number;
  quote: number;
  prefix: number;
  suffix: number;
  total: number;
  /** Distance from the saved start; Infinity without one. */
  distance: number;
  fuzzy: boolean;
}

/** Scores a candidate span against the saved quote, its context and its position. */
class Judge {
  readonly exact: string;
  readonly position: PositionSelector | undefined;
  private readonly text: string;
  private readonly rawPrefix: string;
  private readonly rawSuffix: string;
  private readonly prefix: EditPattern;
  private readonly suffix: EditPattern;
  private readonly weightSum: number;

  constructor(text: string, quote: QuoteSelector, position: PositionSelector | undefined) {
    this.text = text;
    this.exact = quote.exact;
    this.position = position;
    this.rawPrefix = quote.prefix;
    this.rawSuffix = quote.suffix;
    // Context is compared with white space collapsed: indentation in the page's source changes
    // without the page changing.
    this.prefix = editPattern(collapseSpace(quote.prefix));
    this.suffix = editPattern(collapseSpace(quote.suffix));
    const w = ANCHOR_WEIGHTS;
    this.weightSum = w.quote + w.prefix + w.suffix + w.position;
  }

  /** Whether both sides of the saved context are what surrounds [start, end) now. */
  contextAgrees(start: number, end: number): boolean {
    const text = this.text;
    const rawBefore =
      start >= this.rawPrefix.length &&
      text.startsWith(this.rawPrefix, start - this.rawPrefix.length);
    const rawAfter = text.startsWith(this.rawSuffix, end);
    if (rawBefore && rawAfter) return true;
    const prefix = this.prefix.text;
    const suffix = this.suffix.text;
    return (
      (rawBefore || textBefore(text, start, prefix.length) === prefix) &&
      (rawAfter || textAfter(text, end, suffix.length) === suffix)
    );
  }

  score(start: number, end: number, quoteSimilarity: number, fuzzy = false): Scored {
    const text = this.text;
    const prefix = contextSimilarity(this.prefix, textBefore(text, start, this.prefix.text.length));
    const suffix = contextSimilarity(this.suffix, textAfter(text, end, this.suffix.text.length));
    const distance = this.position === undefined ? Infinity : Math.abs(start - this.position.start);
    const closeness = this.position === undefined ? 0 : this.closenessAt(distance);
    const w = ANCHOR_WEIGHTS;
    const total =
      (w.quote * quoteSimilarity + w.prefix * prefix + w.suffix * suffix + w.position * closeness) /
      this.weightSum;
    return { start, end, quote: quoteSimilarity, prefix, suffix, total, distance, fuzzy };
  }

  /**
   * 1 at the saved position, falling to 0 a text's length away (as Hypothesis does): a tie-breaker
   * between equal contexts; one character of context counts for more than any distance.
   */
  private closenessAt(distance: number): number {
    return Math.max(0, 1 - distance / Math.max(1, this.text.length));
  }

  /** The score of an exact match with perfect context `distance` characters away. */
  bestPossible(distance: number): number {
    const w = ANCHOR_WEIGHTS;
    return (
      (w.quote + w.prefix + w.suffix + w.position * this.closenessAt(distance)) / this.weightSum
    );
  }

  /** Whether one side of a candidate's context agrees well enough, where that is asked. */
  contextSuffices(candidate: Scored): boolean {
    const enough = Math.max(candidate.prefix, candidate.suffix) >= ANCHOR_THRESHOLDS.minContext;
    if (candidate.fuzzy) {
      // For text that only resembles the quote, a side saved as white space alone agrees with
      // any word boundary: only a side with words in it can vouch for the place, and a quote
      // saved with no words around it is found only as it was written.
      const worded = [
        this.prefix.text.trim() ? candidate.prefix : -1,
        this.suffix.text.trim() ? candidate.suffix : -1,
      ];
      return Math.max(...worded) >= ANCHOR_THRESHOLDS.minContext;
    }
    if (this.exact.length >= ANCHOR_THRESHOLDS.shortQuoteLength) return true;
    return candidate.distance === 0 || enough;
  }

  /** An approximate match, scored, or null when it is not good enough to be the quote. */
  fuzzy(start: number, end: number, errors: number): Scored | null {
    const similarity = 1 - errors / this.exact.length;
    if (similarity < ANCHOR_THRESHOLDS.minQuoteSimilarity) return null;
    if (!sameMeaningMarkers(this.exact, this.text.slice(start, end))) return null;
    const scored = this.score(start, end, similarity, true);
    return this.contextSuffices(scored) ? scored : null;
  }
}

function anchorExact(text: string, judge: Judge): Scored | null {
  const exact = judge.exact;
  let best = null as Scored | null;
  const consider = (start: number): void => {
    const scored = judge.score(start, start + exact.length, 1);
    if (!judge.contextSuffices(scored)) return;
    if (best === null || better(scored, best)) best = scored;
  };
  const old = judge.position;
  if (old === undefined) {
    for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) consider(at);
    return best;
  }
  // Nearest first, stopping once even a perfect context that far away could not win.
  const visit = (starts: number[]): void => {
    starts.sort((a, b) => Math.abs(a - old.start) - Math.abs(b - old.start) || a - b);
    for (const at of starts) {
      if (best !== null && best.total >= judge.bestPossible(Math.abs(at - old.start))) return;
      consider(at);
    }
  };
  const nearFrom = Math.max(0, old.start - NEAR_SLACK);
  const nearTo = old.start + NEAR_SLACK;
  visit(occurrences(text, exact, nearFrom, nearTo));
  if (best !== null && best.total >= judge.bestPossible(NEAR_SLACK)) return best;
  visit(occurrences(text, exact, 0, text.length).filter((at) => at < nearFrom || at > nearTo));
  return best;
}

/** Where `exact` starts, for starts from `from` to `to`. */
function occurrences(text: string, exact: string, from: number, to: number): number[] {
  // Searching a slice keeps a search for a passage that is not there from reading to the end.
  const window = from === 0 && to >= text.length ? text : text.slice(from, to + exact.length);
  const starts: number[] = [];
  for (let at = window.indexOf(exact); at !== -1; at = window.indexOf(exact, at + 1)) {
    starts.push(from + at);
  }
  return starts;
}

/**
 * Approximate matches, filter then verify. approx-string-match reports only the matches with
 * the fewest errors in what it is given, so searching the whole text at once lets a look-alike
 * with fewer edits (another week's sentence with its own number) hide the real, more edited
 * passage. Instead the regions that could hold a match are found first (where the quote's
 * longest figure occurs, for a quote with figures; else by a q-gram count), and each region is
 * searched on its own, nearest the saved position first.
 */
function anchorFuzzy(text: string, judge: Judge): Scored | null {
  const exact = judge.exact;
  const maxErrors = Math.min(
    ANCHOR_THRESHOLDS.maxFuzzyErrors,
    Math.floor(exact.length * (1 - ANCHOR_THRESHOLDS.minQuoteSimilarity) + 1e-9),
  );
  if (maxErrors < 1) return null;
  const old = judge.position;
  const numbers = numberTokens(exact);

  const verify = (regions: Region[], skip?: { from: number; to: number }): Scored | null => {
    let best: Scored | null = null;
    let verified = 0;
    for (const region of regions) {
      if (skip !== undefined && region.from >= skip.from && region.to <= skip.to) continue;
      const slice = text.slice(region.from, region.to);
      // A match must keep the quote's numbers, so a region without them all holds none.
      if (!holdsAll(slice, numbers)) continue;
      if (verified++ === MAX_VERIFIED_REGIONS) break;
      for (const m of search(slice, exact, maxErrors)) {
        const scored = judge.fuzzy(m.start + region.from, m.end + region.from, m.errors);
        if (scored !== null && (best === null || better(scored, best))) best = scored;
      }
    }
    return best;
  };
  // Numbers in figures are rare and exact: where the quote's longest one is, is where to look.
  const figures = numbers.filter((n) => !/[a-z]/.test(n));
  const byFigures = figures.length > 0 && !NEEDS_NUMBER_TEXT.test(text);
  const regionsIn = (from: number, to: number): Region[] =>
    byFigures
      ? regionsAround(text, figures, exact.length + maxErrors, from, to)
      : candidateRegions(text, exact, maxErrors, from, to);

  let near: { from: number; to: number } | undefined;
  if (old !== undefined) {
    const from = Math.max(0, Math.min(old.start, text.length) - NEAR_SLACK);
    const to = Math.min(text.length, Math.max(old.end, from) + NEAR_SLACK);
    near = { from, to };
    const found = verify(regionsIn(from, to));
    if (found !== null || (from === 0 && to === text.length)) return found;
  }
  const regions = regionsIn(0, text.length);
  const gap = (r: Region): number =>
    old === undefined ? 0 : Math.max(0, r.from - old.end, old.start - r.to);
  if (old !== undefined) regions.sort((a, b) => gap(a) - gap(b) || a.from - b.from);
  else regions.sort((a, b) => b.hits - a.hits || a.from - b.from);
  return verify(regions, near);
}

/**
 * The regions of text[from, to) within `width` of an occurrence of the quote's longest figure:
 * where a match that keeps the quote's numbers can be. Only for text whose figures are written
 * as the quote's normalised ones are (no full-width digits, no thousands separators).
 */
function regionsAround(
  text: string,
  numbers: string[],
  width: number,
  from: number,
  to: number,
): Region[] {
  const anchor = numbers.reduce((a, b) => (b.length > a.length ? b : a));
  const window = text.slice(from, to);
  const regions: Region[] = [];
  let runStart = -1;
  let runEnd = -1;
  for (let at = window.indexOf(anchor); at !== -1; at = window.indexOf(anchor, at + 1)) {
    const start = Math.max(0, at + anchor.length - width);
    const end = Math.min(window.length, at + width);
    if (runStart >= 0 && start > runEnd) {
      pushPieces(regions, from + runStart, from + runEnd, width, 0);
      runStart = -1;
    }
    if (runStart < 0) runStart = start;
    runEnd = end;
  }
  if (runStart >= 0) pushPieces(regions, from + runStart, from + runEnd, width, 0);
  return regions;
}

/** Whether `slice` holds every number (as numberTokens gives them). */
function holdsAll(slice: string, numbers: string[]): boolean {
  let normalised: string | undefined;
  for (const n of numbers) {
    if (slice.includes(n)) continue;
    normalised ??= NEEDS_NUMBER_TEXT.test(slice) ? numberText(slice) : slice.toLowerCase();
    if (!normalised.includes(n)) return false;
  }
  return true;
}

interface Region {
  from: number;
  to: number;
  /** The most q-grams shared with the quote by any window in the region. */
  hits: number;
}

/**
 * The regions of `text` that may hold `pattern` with at most `maxErrors` edits. A match keeps
 * at least (m + 1 - q(k + 1)) of the pattern's q-grams (each edit destroys at most q of them),
 * so every window of the longest match length that holds fewer of the pattern's q-grams can
 * hold no match. Runs of passing windows become regions; a long run (repetitive text) is cut
 * into overlapping pieces that each hold any match whole.
 */
function candidateRegions(
  text: string,
  pattern: string,
  maxErrors: number,
  from: number,
  to: number,
): Region[] {
  const m = pattern.length;
  const width = m + maxErrors;
  const length = to - from;
  // The longest q that still leaves a useful bound; short quotes fall back to pairs or letters.
  let q = 3;
  while (q > 1 && m + 1 - q * (maxErrors + 1) < 2) q--;
  const needed = m + 1 - q * (maxErrors + 1);
  const grams = length - q + 1;
  if (grams <= 0 || length < m - maxErrors) return [];
  if (needed <= 0) {
    const all: Region[] = [];
    pushPieces(all, from, to, width, 0);
    return all;
  }

  // A bitmap of the pattern's q-grams by hash; a collision only lets a window through.
  const inPattern = GRAM_BITMAP;
  for (let i = 0; i + q <= m; i++) inPattern[gramHash(pattern, i, q)] = 1;
  const hit = new Uint8Array(grams);
  for (let i = 0; i < grams; i++) hit[i] = inPattern[gramHash(text, from + i, q)]!;
  for (let i = 0; i + q <= m; i++) inPattern[gramHash(pattern, i, q)] = 0;

  // The window at j covers [j, j + width) and holds the q-grams starting at j .. j + width - q.
  const span = Math.max(1, Math.min(width, length) - q + 1);
  const regions: Region[] = [];
  let count = 0;
  for (let i = 0; i < span; i++) count += hit[i]!;
  let runStart = -1;
  let runEnd = -1;
  let runHits = 0;
  const close = (): void => {
    const end = Math.min(length, runEnd + width);
    pushPieces(regions, from + runStart, from + end, width, runHits);
    runStart = -1;
  };
  const lastWindow = Math.max(0, length - width);
  for (let j = 0; j <= lastWindow; j++) {
    if (j > 0) count += (hit[j + span - 1] ?? 0) - hit[j - 1]!;
    if (count >= needed) {
      if (runStart < 0) {
        runStart = j;
        runHits = 0;
      }
      runEnd = j;
      runHits = Math.max(runHits, count);
    } else if (runStart >= 0) {
      close();
    }
  }
  if (runStart >= 0) close();
  return regions;
}

function pushPieces(
  regions: Region[],
  from: number,
  to: number,
  width: number,
  hits: number,
): void {
  if (to - from <= 3 * width) {
    regions.push({ from, to, hits });
    return;
  }
  for (let at = from; at < to; at += width) {
    regions.push({ from: at, to: Math.min(to, at + 2 * width), hits });
    if (at + 2 * width >= to) break;
  }
}

/** Shared by every call, and left all zeros after each: allocating it costs more than a search. */
const GRAM_BITMAP = new Uint8Array(1 << 16);

function gramHash(s: string, at: number, q: number): number {
  let h = Math.imul(s.charCodeAt(at), 0x9e3779b1);
  if (q > 1) h ^= Math.imul(s.charCodeAt(at + 1), 0x85ebca6b);
  if (q > 2) h ^= Math.imul(s.charCodeAt(at + 2), 0xc2b2ae35);
  return h >>> 16;
}

/** Higher score first, then nearer the saved position, then earlier in the text. */
function better(a: Scored, b: Scored): boolean {
  if (a.total !== b.total) return a.total > b.total;
  if (a.distance !== b.distance) return a.distance < b.distance;
  return a.start < b.start;
}

/*
 * Numbers and negations carry a sentence's meaning in a few characters: "week 17" and
 * "week 71", "did not comment" and "did comment" are close by edit count but say different
 * things, so an approximate match must keep them as the quote has them.
 */
const NUMBER =
  /[0-9０-９]+(?:[.,][0-9０-９]+)*|[零〇一二两兩三四五六七八九十百千万萬亿億]{2,}|[零〇二两兩三四五六七八九十百千万萬亿億]|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion)\b/gi;
const ENGLISH_NEGATION =
  /\b(?:not|no|never|none|nobody|nothing|nowhere|neither|nor|cannot|without)\b|\b\w+n['’]t\b/gi;
const CHINESE_NEGATION = /[不没沒未无無非别別勿莫否]/g;
/** Words with a negation character that negate nothing: "not only", "very", "future", ... */
const CHINESE_NOT_NEGATION =
  /不仅|不僅|不但|不断|不斷|不过|不過|不少|不管|无论|無論|非常|未来|未來|除非|否则|否則/g;

function sameMeaningMarkers(quote: string, found: string): boolean {
  return (
    numbersIn(quote) === numbersIn(found) &&
    negationCount(quote) === negationCount(found) &&
    namesIn(quote) === namesIn(found)
  );
}

/**
 * The capitalised words of `s` after its first word, possessives dropped: the names a sentence
 * is about. "Alibaba met the CAC" and "Tencent met the CSRC" differ in few characters and in
 * everything that matters, so an approximate match must name who the quote names.
 */
function namesIn(s: string): string {
  const words = s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  return words
    .slice(1)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.replace(/['’]s$/u, ''))
    .sort()
    .join(' ');
}

function numbersIn(s: string): string {
  return numberTokens(s).sort().join(' ');
}

/** The numbers in `s`, digits made ASCII and thousands separators dropped ("1,000" is "1000"). */
function numberTokens(s: string): string[] {
  return numberText(s).match(NUMBER) ?? [];
}

/** What numberText changes beyond letter case: full-width digits, thousands separators. */
const NEEDS_NUMBER_TEXT = /[０-９]|\d,\d/;

function numberText(s: string): string {
  return s
    .toLowerCase()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/(\d),(?=\d)/g, '$1');
}

function negationCount(s: string): number {
  const english = s.match(ENGLISH_NEGATION)?.length ?? 0;
  const chinese = s.match(CHINESE_NEGATION)?.length ?? 0;
  const notNegating = s.match(CHINESE_NOT_NEGATION)?.length ?? 0;
  return english + chinese - notNegating;
}

function contextSimilarity(saved: EditPattern, current: string): number {
  if (saved.text.length === 0) return current.length === 0 ? 1 : UNKNOWN_CONTEXT;
  return 1 - saved.distanceTo(current) / Math.max(saved.text.length, current.length);
}

/** The last `length` characters before `at`, white space collapsed as collapseSpace does. */
function textBefore(text: string, at: number, length: number): string {
  const out: string[] = [];
  for (let i = at - 1; i >= 0 && out.length < length; i--) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
      out.push(' ');
    } else {
      out.push(text[i]!);
    }
  }
  return out.reverse().join('');
}

/** The first `length` characters from `at`, white space collapsed as collapseSpace does. */
function textAfter(text: string, at: number, length: number): string {
  let out = '';
  for (let i = at; i < text.length && out.length < length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      while (i + 1 < text.length && isSpace(text.charCodeAt(i + 1))) i++;
      out += ' ';
    } else {
      out += text[i];
    }
  }
  return out;
}

function collapseSpace(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** A string prepared for many edit-distance comparisons. */
interface EditPattern {
  text: string;
  distanceTo(other: string): number;
}

/**
 * Levenshtein distance from `pattern` to other strings. Context is at most 32 characters when
 * RegLens saved it, which fits one machine word: the bit-parallel algorithm (Myers 1999, in
 * Hyyrö's form for whole strings) then costs one step per character of the other string.
 * Longer context (from an import) takes the plain dynamic programme.
 */
function editPattern(pattern: string): EditPattern {
  const m = pattern.length;
  if (m === 0 || m > 32)
    return { text: pattern, distanceTo: (other) => tableDistance(pattern, other) };
  const peq = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(i);
    peq.set(code, (peq.get(code) ?? 0) | (1 << i));
  }
  const last = 1 << (m - 1);
  return {
    text: pattern,
    distanceTo(other: string): number {
      let pv = -1;
      let mv = 0;
      let score = m;
      for (let j = 0; j < other.length; j++) {
        const eq = peq.get(other.charCodeAt(j)) ?? 0;
        const xv = eq | mv;
        const xh = (((eq & pv) + pv) ^ pv) | eq;
        let ph = mv | ~(xh | pv);
        let mh = pv & xh;
        if (ph & last) score++;
        else if (mh & last) score--;
        // The first row of the table counts up (0, 1, 2, ...): a carry of +1 into each column.
        ph = (ph << 1) | 1;
        mh <<= 1;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      return score;
    },
  };
}

/**
 * Levenshtein distance (insertions, deletions, substitutions of UTF-16 units): bit-parallel
 * when `a` has at most 32 units, the plain dynamic programme otherwise.
 */
export function editDistance(a: string, b: string): number {
  if (a.length >= 1 && a.length <= 32) return editPattern(a).distanceTo(b);
  return tableDistance(a, b);
}

function tableDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitute = previous[j - 1]! + (code === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitute, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

function isSpanIn(span: PositionSelector, length: number): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end <= length &&
    span.start < span.end
  );
}

/** Whether a boundary at `at` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** The characters `\s` matches in a JavaScript regular expression. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
