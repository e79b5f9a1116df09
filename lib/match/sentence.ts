/**
 * Sentence limits around a match, found lazily for the few aliases that need them
 * (`sentenceExcludes`), instead of splitting every article into sentences up front.
 *
 * Works on the folded text, where line breaks have become spaces; the offset map leads back
 * to the original whitespace to tell a paragraph break from a space.
 */
import { CJK, WORD, classAt, classBefore } from './char-class';

/** No sentence runs longer than this either side of a match; bounds the cost on unpunctuated text. */
const MAX_REACH = 4000;

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'gen',
  'gov',
  'sen',
  'rep',
  'lt',
  'col',
  'capt',
  'sgt',
  'vs',
  'approx',
  'dept',
  'fig',
  'jan',
  'feb',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/**
 * Company suffixes end a sentence about as often as they sit inside one ("Ant Group Co. said"
 * vs "... Holding Ltd. The company ..."): a capital letter after them decides.
 */
const COMPANY_SUFFIXES = new Set([
  'inc',
  'ltd',
  'co',
  'corp',
  'plc',
  'llc',
  'ag',
  'sa',
  'nv',
  'bhd',
]);

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
function endsSentence(norm: string, original: string, toOriginal: Uint32Array, q: number): boolean {
  let next = q + 1;
  while (next < norm.length && isCloser(norm.charCodeAt(next))) next++;
  // "JD.com", "3.5", "U.S.-China": a stop glued to what follows is not an ending.
  if (next < norm.length && norm.charCodeAt(next) !== 0x20 && classAt(norm, next) !== CJK) {
    return false;
  }
  if (norm.charCodeAt(q) !== 0x2e) return true;

  let a = q;
  while (a > 0) {
    const c = norm.charCodeAt(a - 1);
    if ((c >= 0x61 && c <= 0x7a) || c === 0x2e) a--;
    else break;
  }
  if (a === q) return true;
  // Part of a longer word in another alphabet ("café."): not an abbreviation.
  if (classBefore(norm, a) === WORD) return true;
  const token = norm.slice(a, q);
  // An ellipsis, not an abbreviation.
  if (token.startsWith('.') || token.endsWith('.')) return true;
  // Initials and dotted abbreviations: "Jack M. Ma", "U.S.", "e.g.".
  if (token.length === 1 || token.includes('.')) return false;
  if (ABBREVIATIONS.has(token)) return false;
  if (COMPANY_SUFFIXES.has(token)) {
    let w = next;
    while (w < norm.length && norm.charCodeAt(w) === 0x20) w++;
    if (w >= norm.length) return true;
    if (classAt(norm, w) === CJK) return true;
    const cp = original.codePointAt(toOriginal[w]!);
    return cp !== undefined && UPPER_RE.test(String.fromCodePoint(cp));
  }
  return true;
}

function isStop(norm: string, original: string, toOriginal: Uint32Array, q: number): boolean {
  const c = norm.charCodeAt(q);
  if (c === 0x3002) return true;
  if (c === 0x20) return isLineBreakSpace(original, toOriginal, q);
  if (c === 0x2e || c === 0x21 || c === 0x3f) return endsSentence(norm, original, toOriginal, q);
  return false;
}

/**
 * The sentence holding folded range [start, end): split on . ! ? 。！？ and line breaks,
 * with common abbreviations, initials and dotted forms ("U.S.") kept inside.
 */
export function sentenceAround(
  norm: string,
  original: string,
  toOriginal: Uint32Array,
  start: number,
  end: number,
): [number, number] {
  let a = start;
  const aMin = Math.max(0, start - MAX_REACH);
  while (a > aMin && !isStop(norm, original, toOriginal, a - 1)) a--;
  let b = end;
  const bMax = Math.min(norm.length, end + MAX_REACH);
  while (b < bMax && !isStop(norm, original, toOriginal, b)) b++;
  return [a, b];
}
