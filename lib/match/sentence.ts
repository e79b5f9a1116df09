/**
 * Sentence limits around a match, found lazily for the few aliases that need them
 * (`sentenceExcludes`), instead of splitting every article into sentences up front.
 *
 * Works on the folded text, where line breaks have become spaces; the offset map leads back
 * to the original whitespace to tell a paragraph break from a space.
 */
import { CJK, WORD, classAtUnits, classBeforeUnits } from './char-class';
import type { FoldedPage } from './normalize';
import { COMPANY_SUFFIXES, TITLES } from './sentences';

/** No sentence runs longer than this either side of a match; bounds the cost on unpunctuated text. */
const MAX_REACH = 4000;

/**
 * Company suffixes end a sentence about as often as they sit inside one ("Ant Group Co. said"
 * vs "... Holding Ltd. The company ..."): a capital letter after them decides.
 */

/** Longer tokens cannot be one of the abbreviations or suffixes above. */
const MAX_ABBREVIATION = 8;

const UPPER_RE = /^\p{Lu}$/u;

function isLineBreakSpace(original: string, toOriginal: Uint32Array, q: number): boolean {
  const to = toOriginal[q + 1]!;
  for (let o = toOriginal[q]!; o < to; o++) {
    const c = original.charCodeAt(o);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) return true;
    if (c === 0x0b || c === 0x0c) return true;
  }
  return false;
}

function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x300d || c === 0x300f;
}

/** Whether the "." "!" or "?" at `q` of the folded text ends a sentence. */
function endsSentence(page: FoldedPage, original: string, q: number): boolean {
  const { units: norm, length, toOriginal } = page;
  let next = q + 1;
  while (next < length && isCloser(norm[next]!)) next++;
  // "JD.com", "3.5", "U.S.-China": a stop glued to what follows is not an ending.
  if (next < length && norm[next] !== 0x20 && classAtUnits(norm, length, next) !== CJK) {
    return false;
  }
  if (norm[q] !== 0x2e) return true;

  let a = q;
  while (a > 0) {
    const c = norm[a - 1]!;
    if ((c >= 0x61 && c <= 0x7a) || c === 0x2e) a--;
    else break;
  }
  if (a === q) return true;
  // Part of a longer word in another alphabet ("café."): not an abbreviation.
  if (classBeforeUnits(norm, a) === WORD) return true;
  // An ellipsis, not an abbreviation.
  if (norm[a] === 0x2e || norm[q - 1] === 0x2e) return true;
  // Initials and dotted abbreviations: "Jack M. Ma", "U.S.", "e.g.".
  if (q - a === 1 || norm.subarray(a, q).includes(0x2e)) return false;
  if (q - a > MAX_ABBREVIATION) return true;
  const token = String.fromCharCode(...norm.subarray(a, q));
  if (TITLES.has(token)) return false;
  if (COMPANY_SUFFIXES.has(token)) {
    let w = next;
    while (w < length && norm[w] === 0x20) w++;
    if (w >= length) return true;
    if (classAtUnits(norm, length, w) === CJK) return true;
    const cp = original.codePointAt(toOriginal[w]!);
    return cp !== undefined && UPPER_RE.test(String.fromCodePoint(cp));
  }
  return true;
}

function isStop(page: FoldedPage, original: string, q: number): boolean {
  const c = page.units[q]!;
  if (c === 0x3002) return true;
  if (c === 0x20) return isLineBreakSpace(original, page.toOriginal, q);
  if (c === 0x2e || c === 0x21 || c === 0x3f) return endsSentence(page, original, q);
  return false;
}

/**
 * The sentence holding folded range [start, end) of `page` (folded from `original`): split on
 * . ! ? 。！？ and line breaks, with common abbreviations, initials and dotted forms ("U.S.")
 * kept inside.
 */
export function sentenceAround(
  page: FoldedPage,
  original: string,
  start: number,
  end: number,
): [number, number] {
  let a = start;
  const aMin = Math.max(0, start - MAX_REACH);
  while (a > aMin && !isStop(page, original, a - 1)) a--;
  let b = end;
  const bMax = Math.min(page.length, end + MAX_REACH);
  while (b < bMax && !isStop(page, original, b)) b++;
  return [a, b];
}
