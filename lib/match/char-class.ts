/**
 * Which characters glue words together. Latin, Cyrillic and Greek words (and digits) need a
 * boundary around a name; Chinese, Japanese and Korean text runs names into their
 * neighbours, so a CJK character on either side never blocks a match.
 */

export const OTHER = 0;
/** Letter, digit or combining mark of a script that separates words. */
export const WORD = 1;
/** Han, kana, Hangul, bopomofo: no word boundaries. */
export const CJK = 2;

const CJK_RE =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]$/u;
const WORD_RE = /^[\p{L}\p{N}\p{M}]$/u;

/** BMP classes, filled on first sight: a page uses a few hundred distinct characters at most. */
const UNSEEN = 255;
const bmp = new Uint8Array(0x10000).fill(UNSEEN);
const astral = new Map<number, number>();

function compute(cp: number): number {
  const s = String.fromCodePoint(cp);
  if (CJK_RE.test(s)) return CJK;
  if (WORD_RE.test(s)) return WORD;
  return OTHER;
}

export function classOf(cp: number): number {
  if (cp < 0x10000) {
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
