/**
 * Which characters glue words together. Latin, Cyrillic and Greek words (and digits) need a
 * boundary around a name; Chinese, Japanese and Korean text runs names into their
 * neighbours, so a CJK character on either side never blocks a match.
 *
 * The CJK ranges below are the one statement of which code points are Han, kana, Hangul or
 * bopomofo: the matcher's classes, the folding tables, article weighing and the editor's
 * language guess all derive from them.
 */

export const OTHER = 0;
/** Letter, digit or combining mark of a script that separates words. */
export const WORD = 1;
/** Han, kana, Hangul, bopomofo: no word boundaries. */
export const CJK = 2;

/** First and last code point, both included. */
export type CodeRange = readonly [first: number, last: number];

/**
 * Han ideographs: radicals, the iteration mark and ideographic numerals, Extension A, the
 * unified block, compatibility ideographs, and planes 2 and 3 (Extension B onwards).
 */
export const HAN_RANGES: readonly CodeRange[] = [
  [0x2e80, 0x2fd5],
  [0x3005, 0x3005],
  [0x3007, 0x3007],
  [0x3021, 0x3029],
  [0x3038, 0x303b],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x3ffff],
];

/**
 * Hiragana and katakana, full- and half-width, with the kana supplements beyond the BMP.
 * The prolonged sound mark (U+30FC, U+FF70) is in: Unicode files it under no script, yet it
 * only ever lengthens a kana vowel, so it belongs to the word it sits in.
 */
export const KANA_RANGES: readonly CodeRange[] = [
  [0x3041, 0x3096],
  [0x309d, 0x309f],
  [0x30a1, 0x30fa],
  [0x30fc, 0x30ff],
  [0x31f0, 0x31ff],
  [0x32d0, 0x32fe],
  [0x3300, 0x3357],
  [0xff66, 0xff9d],
  [0x1aff0, 0x1b16f],
];

/** Hangul syllables and jamo, full- and half-width. */
export const HANGUL_RANGES: readonly CodeRange[] = [
  [0x1100, 0x11ff],
  [0x302e, 0x302f],
  [0x3131, 0x318e],
  [0x3200, 0x321e],
  [0x3260, 0x327e],
  [0xa960, 0xa97c],
  [0xac00, 0xd7a3],
  [0xd7b0, 0xd7fb],
  [0xffa0, 0xffdc],
];

export const BOPOMOFO_RANGES: readonly CodeRange[] = [
  [0x02ea, 0x02eb],
  [0x3105, 0x312f],
  [0x31a0, 0x31bf],
];

export const CJK_RANGES: readonly CodeRange[] = [
  ...HAN_RANGES,
  ...KANA_RANGES,
  ...HANGUL_RANGES,
  ...BOPOMOFO_RANGES,
];

export function inRanges(cp: number, ranges: readonly CodeRange[]): boolean {
  for (const [first, last] of ranges) {
    if (cp >= first && cp <= last) return true;
  }
  return false;
}

/** Whether `text` holds a Han ideograph anywhere (the editor's test for a Chinese name). */
export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (inRanges(cp, HAN_RANGES)) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}

/**
 * One bit per UTF-16 unit: set for a BMP CJK character, and for a high surrogate whose every
 * code point is CJK (planes 2 and 3), so code that walks units counts an astral ideograph
 * once. Built on first use: 8 kB, and nothing at load for scripts that never ask.
 */
let cjkUnitBits: Uint32Array | undefined;

/**
 * The UTF-16 units `isCjkUnit` accepts, as ranges: the BMP part of every CJK range, and each
 * high surrogate whose 1,024 code points all fall in one.
 */
function cjkUnitRanges(): CodeRange[] {
  const units: CodeRange[] = [];
  for (const [first, last] of CJK_RANGES) {
    if (first <= 0xffff) units.push([first, Math.min(last, 0xffff)]);
    if (last <= 0xffff) continue;
    const from = Math.max(first, 0x10000);
    // The first high surrogate that starts at or after `from`, the last whose block ends by `last`.
    const firstHigh = 0xd800 + ((from - 0x10000 + 0x3ff) >>> 10);
    const lastHigh = Math.min(0xdbff, 0xd800 + ((last + 1 - 0x10000) >>> 10) - 1);
    if (firstHigh <= lastHigh) units.push([firstHigh, lastHigh]);
  }
  return units;
}

let cjkUnitsGlobal: RegExp | undefined;

/**
 * A global, non-Unicode expression matching one unit `isCjkUnit` accepts: for counting CJK
 * characters in long text with the regex engine's compiled code instead of a loop.
 */
export function cjkUnitPattern(): RegExp {
  const hex = (unit: number): string => `\\u${unit.toString(16).padStart(4, '0')}`;
  return (cjkUnitsGlobal ??= new RegExp(
    `[${cjkUnitRanges()
      .map(([first, last]) => (first === last ? hex(first) : `${hex(first)}-${hex(last)}`))
      .join('')}]`,
    'g',
  ));
}

function buildCjkUnitBits(): Uint32Array {
  const bits = new Uint32Array(0x10000 >>> 5);
  // Whole words at once where a range covers them: this runs on the way to every article's
  // marks, in code not yet optimised, where a loop over 90,000 code points cost milliseconds.
  const setRange = (from: number, to: number): void => {
    let unit = from;
    for (; unit <= to && (unit & 31) !== 0; unit++) bits[unit >>> 5]! |= 1 << (unit & 31);
    const fullWords = (to + 1 - unit) >>> 5;
    bits.fill(0xffffffff, unit >>> 5, (unit >>> 5) + fullWords);
    for (unit += fullWords << 5; unit <= to; unit++) bits[unit >>> 5]! |= 1 << (unit & 31);
  };
  for (const [first, last] of cjkUnitRanges()) setRange(first, last);
  return bits;
}

/** Whether one UTF-16 unit is a CJK character, or opens a pair that is one (see above). */
export function isCjkUnit(unit: number): boolean {
  const bits = (cjkUnitBits ??= buildCjkUnitBits());
  return ((bits[unit >>> 5]! >>> (unit & 31)) & 1) === 1;
}

const WORD_RE = /^[\p{L}\p{N}\p{M}]$/u;

/** BMP classes, filled on first sight: a page uses a few hundred distinct characters at most. */
const UNSEEN = 255;
let bmp: Uint8Array | undefined;
const astral = new Map<number, number>();

function compute(cp: number): number {
  if (inRanges(cp, CJK_RANGES)) return CJK;
  if (WORD_RE.test(String.fromCodePoint(cp))) return WORD;
  return OTHER;
}

export function classOf(cp: number): number {
  if (cp < 0x10000) {
    bmp ??= new Uint8Array(0x10000).fill(UNSEEN);
    let k = bmp[cp]!;
    if (k === UNSEEN) {
      k = compute(cp);
      bmp[cp] = k;
    }
    return k;
  }
  let k = astral.get(cp);
  if (k === undefined) {
    k = compute(cp);
    astral.set(cp, k);
  }
  return k;
}

/** Class of the code point ending just before `i` (surrogate pairs read whole). */
export function classBefore(text: string, i: number): number {
  if (i <= 0) return OTHER;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return classOf(((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000);
  }
  return classOf(c);
}

/** Class of the code point starting at `i` (surrogate pairs read whole). */
export function classAt(text: string, i: number): number {
  if (i >= text.length) return OTHER;
  const cp = text.codePointAt(i)!;
  return classOf(cp);
}

/** `classBefore` on folded units, as the matcher keeps page text. */
export function classBeforeUnits(units: Uint16Array, i: number): number {
  if (i <= 0) return OTHER;
  const c = units[i - 1]!;
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = units[i - 2]!;
    if (h >= 0xd800 && h <= 0xdbff) return classOf(((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000);
  }
  return classOf(c);
}

/** `classAt` on the first `length` folded units. */
export function classAtUnits(units: Uint16Array, length: number, i: number): number {
  if (i >= length) return OTHER;
  const c = units[i]!;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
    const d = units[i + 1]!;
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
  }
  return classOf(c);
}
