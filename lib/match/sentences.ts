/**
 * Splits an article's text into sentences, English and Chinese alike, for the claim matcher.
 *
 * The base is the platform's own sentence segmenter (`Intl.Segmenter`, Unicode's sentence
 * rules), which already keeps a closing quote after the stop with its sentence ("... comply.”")
 * and does not end a sentence at a stop followed by a lower-case word or a digit ("U.S.
 * government", "No. 4", "18.228"). It is corrected where news text trips it:
 *
 * - a full stop after a title, an initial, a company suffix or a dotted abbreviation, followed
 *   by a capitalised word ("Mr. Ma", "Jack Y. Ma", "Ant Group Co. Ltd.", "U.S. Treasury"), does
 *   not end the sentence; company suffixes and dotted forms still do when the next word is one
 *   that typically opens a sentence ("... Holding Ltd. The company said");
 * - the Chinese semicolon ；ends a sentence, as 。！？ do;
 * - an opening quote or bracket glued to the end of a sentence ("……！”“好的。”") belongs to
 *   the next one;
 * - a line break always ends a sentence, and is never merged over; except in text read from a
 *   page (lib/page/text-map.ts marks its blocks with U+2029), where the page's blocks end
 *   sentences and a newline inside a block is only the page source's white space.
 *
 * Speed: the segmenter's cost grows faster than the length of the string it is given, so it is
 * fed one paragraph at a time, and long paragraphs in pieces cut where a sentence surely ends.
 */

export interface SentenceSpan {
  /** Offset of the sentence's first character in the text (UTF-16 units). */
  start: number;
  /** Offset just after its last character; surrounding whitespace is left out. */
  end: number;
}

/** Paragraphs longer than this are fed to the segmenter in pieces. */
const MAX_PIECE = 2000;

/** Abbreviations that never end a sentence: a name or a number always follows them. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'messrs',
  'dr',
  'prof',
  'gov',
  'sen',
  'rep',
  'gen',
  'lt',
  'col',
  'capt',
  'sgt',
  'hon',
  'rev',
  'fr',
  'pres',
  'vice',
  'st',
  'mt',
  'no',
  'nos',
  'art',
  'arts',
  'fig',
  'vol',
  'ch',
  'sec',
  'para',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'vs',
  'v',
  'approx',
  'dept',
  'cf',
]);

/** Company suffixes, the commonest of the ambiguous abbreviations below (lib/match/sentence.ts too). */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  'inc',
  'ltd',
  'co',
  'corp',
  'plc',
  'llc',
  'bhd',
  'ag',
  'sa',
  'nv',
]);
/**
 * Abbreviations that end a sentence about as often as they sit inside one ("Ant Group Co.
 * said" vs "... Holding Ltd. The company said"): the next word decides.
 */
const AMBIGUOUS = new Set([...COMPANY_SUFFIXES, 'jr', 'sr', 'etc', 'al', 'bros']);

/**
 * Capitalised words that usually open a sentence rather than continue a name: after an
 * ambiguous abbreviation they mean the sentence did end.
 */
const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'our',
  'this',
  'that',
  'these',
  'those',
  'there',
  'in',
  'on',
  'at',
  'for',
  'from',
  'by',
  'with',
  'after',
  'before',
  'during',
  'under',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'however',
  'meanwhile',
  'also',
  'as',
  'if',
  'when',
  'while',
  'although',
  'though',
  'since',
  'because',
  'according',
  'last',
  'earlier',
  'later',
  'then',
  'now',
  'still',
  'both',
  'some',
  'many',
  'most',
  'all',
  'no',
  'not',
  'such',
  'what',
  'who',
  'which',
  'why',
  'how',
  'one',
  'two',
  'shares',
  'analysts',
  'regulators',
  'officials',
  'critics',
  'people',
]);

/** Characters that open a quotation or an aside, and so belong to the sentence after them. */
const OPENERS = new Set([
  '\u201c',
  '\u2018',
  '\u300c',
  '\u300e',
  '\uff08',
  '(',
  '\u300a',
  '\u3008',
  '[',
  '\u3010',
]);

/** Closing quotes and brackets that stay with the sentence whose stop they follow. */
const CLOSERS = new Set([
  '"',
  "'",
  '\u201d',
  '\u2019',
  '\u300d',
  '\u300f',
  '\uff09',
  ')',
  '\u300b',
  '\u3009',
  ']',
  '\u3011',
]);

/** Stops that end a Chinese sentence wherever they stand. */
const CJK_STOPS = new Set(['\u3002', '\uff01', '\uff1f', '\uff1b']);

let segmenter: Intl.Segmenter | undefined;

/** A character that ends a line (LF, CR, VT, FF, NEL, U+2028, U+2029). */
export function isLineBreak(c: number): boolean {
  return (
    c === 0x0a ||
    c === 0x0d ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0x85 ||
    c === 0x2028 ||
    c === 0x2029
  );
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0x200b ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x1680 ||
    isLineBreak(c)
  );
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Where, in `text[from, to)`, a piece may be cut so that the cut is surely a sentence end:
 * after a Chinese stop and its closers, or after ". " "? " "! " before a capital. The last such
 * place after the middle of the range, or the last space, or `to` itself.
 */
function pieceCut(text: string, from: number, to: number): number {
  const floor = from + ((to - from) >> 1);
  let lastSpace = -1;
  for (let i = to - 1; i > floor; i--) {
    const ch = text[i]!;
    if (CJK_STOPS.has(ch)) {
      let j = i + 1;
      while (j < to && CLOSERS.has(text[j]!)) j++;
      return j;
    }
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (lastSpace < 0) lastSpace = i + 1;
      const before = text[i - 1];
      const after = text.charCodeAt(i + 1);
      if ((before === '.' || before === '?' || before === '!') && after >= 0x41 && after <= 0x5a) {
        return i + 1;
      }
    }
  }
  if (lastSpace > 0) return lastSpace;
  // One unbroken run: cut anywhere but inside a surrogate pair.
  const c = text.charCodeAt(to - 1);
  return c >= 0xd800 && c <= 0xdbff ? to - 1 : to;
}

/** Ends of the segmenter's sentences in `text[from, to)`, as offsets into `text`. */
function segmenterEnds(text: string, from: number, to: number, out: number[]): void {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  let start = from;
  while (start < to) {
    const end = to - start > MAX_PIECE ? pieceCut(text, start, start + MAX_PIECE) : to;
    const piece = text.slice(start, end);
    for (const { index, segment } of segmenter.segment(piece)) {
      out.push(start + index + segment.length);
    }
    start = end;
  }
}

/** The word that ends just before the full stop at `dot` (letters and inner dots: "U.S"). */
function wordBeforeDot(text: string, dot: number): string {
  let a = dot;
  while (a > 0) {
    const c = text.charCodeAt(a - 1);
    if (isAsciiLetter(c) || (c === 0x2e && a - 1 < dot)) a--;
    else break;
  }
  // A letter of another alphabet glued to it ("café."): not an abbreviation.
  if (a > 0 && /\p{L}/u.test(text[a - 1]!)) return '';
  return text.slice(a, dot);
}

/** The word that starts the text at `from`, past spaces and opening quotes. */
function wordAfter(text: string, from: number): string {
  let a = from;
  while (
    a < text.length &&
    (isSpace(text.charCodeAt(a)) || OPENERS.has(text[a]!) || text[a] === '"')
  )
    a++;
  let b = a;
  while (b < text.length && /[\p{L}\p{N}]/u.test(text[b]!)) b++;
  return text.slice(a, b);
}

/** Whether the segmenter's break at `at` follows a full stop that does not end the sentence. */
function falseStop(text: string, at: number): boolean {
  let p = at;
  while (p > 0 && isSpace(text.charCodeAt(p - 1))) {
    if (isLineBreak(text.charCodeAt(p - 1))) return false;
    p--;
  }
  // Closing brackets after the stop: an abbreviation inside an aside ("（Ant Group Co.）").
  let inAside = false;
  while (p > 0 && CLOSERS.has(text[p - 1]!)) {
    const ch = text[p - 1]!;
    if (ch === ')' || ch === '\uff09') inAside = true;
    p--;
  }
  if (p === 0 || text[p - 1] !== '.') return false;
  const word = wordBeforeDot(text, p - 1);
  if (word === '' || word.endsWith('.') || word.startsWith('.')) return false;
  const lower = word.toLowerCase();
  const initial = word.length === 1 && /[A-Z]/.test(word);
  const abbreviation = TITLES.has(lower) || AMBIGUOUS.has(lower) || initial || word.includes('.');
  if (inAside) return abbreviation;
  const next = wordAfter(text, at);
  if (next === '') return false;
  const first = String.fromCodePoint(next.codePointAt(0)!);
  // Chinese after an English abbreviation: a new sentence in the other language.
  if (/\p{Script=Han}/u.test(first)) return false;
  if (/[\p{Ll}\p{N}]/u.test(first)) return true;
  if (TITLES.has(lower)) return true;
  // Initials ("Jack Y. Ma"), dotted forms ("U.S. Treasury"), company suffixes: the next word decides.
  return abbreviation && !SENTENCE_OPENERS.has(next.toLowerCase());
}

/**
 * The sentences of `text`, in order, as offsets. Every character that is not whitespace
 * belongs to exactly one span; whitespace between sentences belongs to none.
 */
export function splitSentences(
  original: string,
  /** Text read from a page, whose newlines are source white space; by default, text with U+2029. */
  fromPage = original.includes('\u2029'),
): SentenceSpan[] {
  // Same length as the original, so every offset below holds for both.
  const text = fromPage ? original.replace(/[\n\r\v\f\x85\u2028]/g, ' ') : original;
  const ends: number[] = [];
  // Paragraphs: a line break always ends a sentence, so each is segmented on its own.
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || isLineBreak(text.charCodeAt(i))) {
      if (i > start) segmenterEnds(text, start, i, ends);
      ends.push(i === text.length ? i : i + 1);
      start = i + 1;
    }
  }

  const spans: SentenceSpan[] = [];
  let from = 0;
  const emit = (a: number, b: number) => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) spans.push({ start: a, end: b });
  };
  for (let k = 0; k < ends.length; k++) {
    let end = ends[k]!;
    if (end <= from) continue;
    if (k + 1 < ends.length && end < text.length && falseStop(text, end)) continue;
    // An opener glued to this sentence's end opens the next one.
    let trimmed = end;
    while (trimmed > from && isSpace(text.charCodeAt(trimmed - 1))) trimmed--;
    let back = trimmed;
    while (back > from && OPENERS.has(text[back - 1]!)) back--;
    if (back < trimmed && back > from) end = back;
    // A Chinese semicolon inside the segment ends a sentence too.
    let a = from;
    for (let i = from; i < end; i++) {
      if (text[i] === '\uff1b') {
        let j = i + 1;
        while (j < end && CLOSERS.has(text[j]!)) j++;
        emit(a, j);
        a = j;
      }
    }
    emit(a, end);
    from = end;
  }
  if (from < text.length) emit(from, text.length);
  return spans;
}
