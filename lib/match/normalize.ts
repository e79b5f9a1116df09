/**
 * Text folding shared by page text, aliases and context terms, so that typography never
 * decides whether a name is found: curly or straight apostrophes, full-width or ASCII
 * letters, a line break or a space inside a name all compare equal.
 *
 * Page text is folded together with an offset map, because highlights must land on the
 * page's own characters, not on the folded copy.
 */

import { isCjkUnit } from './char-class';

// What one BMP code unit does when folded.
/** Emit the table's replacement (often the unit itself). */
const KEEP = 0;
/** Part of a whitespace run that becomes one space. */
const SPACE = 1;
/** Invisible: dropped without a trace (soft hyphen, zero-width characters). */
const DROP = 2;
/** Becomes several units (compatibility ligatures such as "ﬁ"). */
const EXPAND = 3;
/** First half of a surrogate pair: the code point decides. */
const HIGH = 4;
/**
 * A combining accent (U+0300-U+036F): joined to the letter before it when Unicode has the
 * letter with that accent as one character, so "e\u0301" (as macOS and some editors write it)
 * reads as "é"; kept as it is otherwise.
 */
const COMBINE = 5;

export interface Normalized {
  /** The folded text: lower-case, one space per whitespace run, typography flattened. */
  text: string;
  /**
   * For each folded unit, the index of the input unit it came from; one extra last entry
   * equal to the input length so that end offsets map back too.
   */
  toOriginal: Uint32Array;
}

interface Tables {
  kind: Uint8Array;
  /**
   * For page text, one lookup per unit: the folded unit of a one-to-one character, 0x20 for
   * every space (the run rule then decides), or PAGE_SPECIAL for what needs `kind`.
   */
  page: Uint16Array;
  /** Replacement unit per BMP unit, case kept. */
  keep: Uint16Array;
  /** Replacement unit per BMP unit, lower-cased. */
  lower: Uint16Array;
  expandKeep: Map<number, string>;
  expandLower: Map<number, string>;
}

let tables: Tables | undefined;

/** Marks, in `Tables.page`, a unit that does not fold one unit to one unit (or is U+FFFF). */
const PAGE_SPECIAL = 0xffff;

const SPACES = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
  0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];
const INVISIBLE = [0xad, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
const APOSTROPHES = [0x2018, 0x2019, 0x201b, 0x02bc, 0x2032, 0xff07];
const DOUBLE_QUOTES = [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xff02];
const DASHES = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d];

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Lower-cases one unit, keeping lengths equal so the offset map stays one-to-one. */
function lowerUnit(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c < 0x80) return c;
  // Capital I with dot lower-cases to two units ("i" + combining dot); plain "i" is what
  // a reader means and keeps the map one-to-one.
  if (c === 0x130) return 0x69;
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
}

function buildTables(): Tables {
  const kind = new Uint8Array(0x10000);
  const keep = new Uint16Array(0x10000);
  const lower = new Uint16Array(0x10000);
  const expandKeep = new Map<number, string>();
  const expandLower = new Map<number, string>();
  for (let c = 0; c < 0x10000; c++) {
    keep[c] = c;
    // CJK scripts have no case: skip the costly lower-casing for their tens of thousands.
    lower[c] = isCjkUnit(c) || isHigh(c) || isLow(c) ? c : lowerUnit(c);
  }
  const set = (c: number, to: number): void => {
    keep[c] = to;
    lower[c] = lowerUnit(to);
  };
  // Full-width ASCII, as Chinese and Japanese pages often type Latin names.
  for (let c = 0xff01; c <= 0xff5e; c++) set(c, c - 0xfee0);
  // Half-width katakana, Hangul and CJK punctuation fold to their usual forms (NFKC per unit).
  for (let c = 0xff61; c <= 0xffee; c++) {
    const n = String.fromCharCode(c).normalize('NFKC');
    if (n.length === 1) set(c, n.charCodeAt(0));
  }
  // Latin ligatures from PDF-born text ("ﬁnance"); NFKC gives their letters.
  for (let c = 0xfb00; c <= 0xfb06; c++) {
    const n = String.fromCharCode(c).normalize('NFKC');
    kind[c] = EXPAND;
    expandKeep.set(c, n);
    expandLower.set(c, n.toLowerCase());
  }
  for (const c of APOSTROPHES) set(c, 0x27);
  for (const c of DOUBLE_QUOTES) set(c, 0x22);
  for (const c of DASHES) set(c, 0x2d);
  for (const c of SPACES) kind[c] = SPACE;
  for (const c of INVISIBLE) kind[c] = DROP;
  for (let c = 0xd800; c <= 0xdbff; c++) kind[c] = HIGH;
  for (let c = 0x300; c <= 0x36f; c++) kind[c] = COMBINE;
  const page = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const k = kind[c]!;
    const l = lower[c]!;
    // U+FFFF folds to PAGE_SPECIAL's own value, and a space must only come from SPACE (the run
    // rule keys on it): either takes the slow path, which reads `kind` and stays exact.
    page[c] =
      k === SPACE ? 0x20 : k === KEEP && l !== PAGE_SPECIAL && l !== 0x20 ? l : PAGE_SPECIAL;
  }
  return { kind, page, keep, lower, expandKeep, expandLower };
}

/** Mathematical alphanumerics (styled "𝐁𝐥𝐨𝐨𝐦𝐛𝐞𝐫𝐠" on social media) fold to plain letters. */
const astralCache = new Map<number, string>();

function foldAstral(cp: number, lowerCase: boolean): string {
  const key = lowerCase ? -cp : cp;
  let r = astralCache.get(key);
  if (r !== undefined) return r;
  const s = String.fromCodePoint(cp);
  if (cp >= 0x1d400 && cp <= 0x1d7ff) {
    const n = s.normalize('NFKC');
    r =
      n.length === 1
        ? String.fromCharCode(lowerCase ? lowerUnit(n.charCodeAt(0)) : n.charCodeAt(0))
        : s;
  } else if (lowerCase) {
    const l = s.toLowerCase();
    r = l.length === 2 ? l : s;
  } else {
    r = s;
  }
  astralCache.set(key, r);
  return r;
}

/** Folded unit of `base` with the accent `mark` joined to it, or -1 when Unicode has none. */
const composedCache = new Map<number, number>();

function composeUnit(base: number, mark: number, table: Uint16Array): number {
  const key = base * 0x400 + (mark - 0x300) * 2 + (table === tables!.lower ? 1 : 0);
  let r = composedCache.get(key);
  if (r !== undefined) return r;
  const s = (String.fromCharCode(base) + String.fromCharCode(mark)).normalize('NFC');
  r = s.length === 1 && tables!.kind[s.charCodeAt(0)] === KEEP ? table[s.charCodeAt(0)]! : -1;
  composedCache.set(key, r);
  return r;
}

/** Whether a UTF-16 unit is a combining accent that folding may join to the letter before. */
function isCombining(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

const CHUNK = 8192;

/** Below this, one call per unit beats `apply`, which is slow to spread a typed array. */
const SHORT = 24;

function unitsToString(units: Uint16Array, length: number): string {
  if (length <= SHORT) {
    let s = '';
    for (let q = 0; q < length; q++) s += String.fromCharCode(units[q]!);
    return s;
  }
  if (length <= CHUNK) {
    return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  }
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK) {
    const part = units.subarray(i, Math.min(length, i + CHUNK));
    parts.push(String.fromCharCode.apply(null, part as unknown as number[]));
  }
  return parts.join('');
}

function fold(input: string, lowerCase: boolean, withMap: boolean): Normalized {
  const t = (tables ??= buildTables());
  const { kind } = t;
  const table = lowerCase ? t.lower : t.keep;
  const expand = lowerCase ? t.expandLower : t.expandKeep;
  const n = input.length;
  // Output never outgrows the input except through expansions, which grow the buffers first,
  // so the one-to-one path needs no bounds check.
  let cap = n;
  let out = new Uint16Array(cap);
  let map = new Uint32Array(withMap ? cap + 1 : 0);
  let j = 0;
  let lastSpace = false;

  const grow = (extra: number, i: number): void => {
    const need = j + extra + (n - i);
    if (need <= cap) return;
    cap = Math.max(need, cap + (cap >> 1) + 16);
    const o = new Uint16Array(cap);
    o.set(out.subarray(0, j));
    out = o;
    if (withMap) {
      const m = new Uint32Array(cap + 1);
      m.set(map.subarray(0, j));
      map = m;
    }
  };

  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    const k = kind[c];
    if (k === KEEP) {
      out[j] = table[c]!;
      if (withMap) map[j] = i;
      j++;
      lastSpace = false;
    } else if (k === SPACE) {
      if (!lastSpace) {
        out[j] = 0x20;
        if (withMap) map[j] = i;
        j++;
        lastSpace = true;
      }
    } else if (k === DROP) {
      continue;
    } else if (k === COMBINE) {
      const composed = j > 0 && !lastSpace ? composeUnit(out[j - 1]!, c, table) : -1;
      if (composed >= 0) {
        out[j - 1] = composed;
      } else {
        out[j] = table[c]!;
        if (withMap) map[j] = i;
        j++;
      }
      lastSpace = false;
    } else if (k === EXPAND) {
      const s = expand.get(c)!;
      grow(s.length - 1, i);
      for (let q = 0; q < s.length; q++) {
        out[j] = s.charCodeAt(q);
        if (withMap) map[j] = i;
        j++;
      }
      lastSpace = false;
    } else {
      const d = i + 1 < n ? input.charCodeAt(i + 1) : 0;
      if (!isLow(d)) {
        // A lone surrogate: keep it so offsets stay honest.
        out[j] = c;
        if (withMap) map[j] = i;
        j++;
      } else {
        const s = foldAstral(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000, lowerCase);
        for (let q = 0; q < s.length; q++) {
          out[j] = s.charCodeAt(q);
          if (withMap) map[j] = i + q;
          j++;
        }
        i++;
      }
      lastSpace = false;
    }
  }
  if (withMap) map[j] = n;
  return {
    text: unitsToString(out, j),
    toOriginal: withMap ? map.subarray(0, j + 1) : map,
  };
}

/**
 * Page text folded into buffers the caller keeps from one page to the next: what the matcher
 * scans. `units` and `toOriginal` may be longer than the folded text; only the first `length`
 * units (and `length + 1` map entries) are this page's.
 */
export interface FoldedPage {
  units: Uint16Array;
  /** As `Normalized.toOriginal`: one entry per folded unit, then the input length. */
  toOriginal: Uint32Array;
  length: number;
}

/** Empty buffers, to be grown by the first `foldPage`. */
export function foldedPage(): FoldedPage {
  return { units: new Uint16Array(0), toOriginal: new Uint32Array(1), length: 0 };
}

/**
 * Folds page text exactly as `normalize` does, into `into`'s buffers (replaced when too small),
 * without building a string. Most units fold one to one, so the loop does one table lookup per
 * unit; spaces, invisible characters, ligatures and surrogates branch off to `kind`.
 */
export function foldPage(text: string, into: FoldedPage): void {
  const t = (tables ??= buildTables());
  const { page, kind, lower, expandLower } = t;
  const n = text.length;
  // Only ligatures make the output longer than the input; they grow the buffers first.
  let cap = n;
  let units = into.units;
  let map = into.toOriginal;
  if (units.length < cap) units = new Uint16Array(cap);
  if (map.length < cap + 1) map = new Uint32Array(cap + 1);
  cap = Math.min(units.length, map.length - 1);
  let j = 0;
  /** 1 when the last unit kept is a space. */
  let lastSpace = 0;
  let i = 0;
  while (i < n) {
    // The common case in a loop of its own, over buffers that cannot change inside it.
    const fastUnits = units;
    const fastMap = map;
    for (; i < n; i++) {
      const f = page[text.charCodeAt(i)]!;
      if (f === PAGE_SPECIAL) break;
      // Without branches: a space right after a space is written but not kept, because `j`
      // does not move. Branching on spaces mispredicts at about every word boundary, which
      // costs more than the rest of the loop.
      const space = 1 - (((f ^ 0x20) + 0xffff) >>> 16);
      fastUnits[j] = f;
      fastMap[j] = i;
      j += 1 - (space & lastSpace);
      lastSpace = space;
    }
    if (i >= n) break;
    const c = text.charCodeAt(i);
    const k = kind[c]!;
    if (k === DROP) {
      i++;
      continue;
    }
    if (k === COMBINE) {
      const composed = j > 0 && lastSpace === 0 ? composeUnit(units[j - 1]!, c, lower) : -1;
      if (composed >= 0) {
        units[j - 1] = composed;
      } else {
        units[j] = lower[c]!;
        map[j++] = i;
      }
      lastSpace = 0;
      i++;
      continue;
    }
    lastSpace = 0;
    if (k === KEEP) {
      units[j] = lower[c]!;
      map[j++] = i;
    } else if (k === EXPAND) {
      const s = expandLower.get(c)!;
      const need = j + s.length + (n - i - 1);
      if (need > cap) {
        cap = Math.max(need, cap + (cap >> 1) + 16);
        const u = new Uint16Array(cap);
        u.set(units.subarray(0, j));
        units = u;
        const m = new Uint32Array(cap + 1);
        m.set(map.subarray(0, j));
        map = m;
      }
      for (let q = 0; q < s.length; q++) {
        units[j] = s.charCodeAt(q);
        map[j++] = i;
      }
    } else {
      const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (!isLow(d)) {
        // A lone surrogate: kept so offsets stay honest.
        units[j] = c;
        map[j++] = i;
      } else {
        // Astral folds keep the pair's length (two units, or one plain letter for two).
        const s = foldAstral(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000, true);
        for (let q = 0; q < s.length; q++) {
          units[j] = s.charCodeAt(q);
          map[j++] = i + q;
        }
        i++;
      }
    }
    i++;
  }
  map[j] = n;
  into.units = units;
  into.toOriginal = map;
  into.length = j;
}

/**
 * Folds page text for matching and keeps, for every folded unit, where it came from.
 * One pass, no regular expressions, buffers sized from the input.
 */
export function normalize(text: string): Normalized {
  return fold(text, true, true);
}

/** Folds an alias or context term the same way as page text, trimmed. */
export function normalizeTerm(s: string): string {
  return fold(s, true, false).text.trim();
}

/**
 * The same folding without lower-casing: the form in which case-sensitive aliases are
 * compared with the page, so that "PBoC" written with full-width letters or a no-break
 * space still counts as the page showing that capitalisation.
 */
export function foldKeepCase(s: string): string {
  return fold(s, false, false).text;
}

/**
 * Whether `foldKeepCase(text.slice(from, to)) === expected`, without building either string
 * when every unit of the slice folds one to one (the usual case).
 */
export function foldsKeepCaseTo(text: string, from: number, to: number, expected: string): boolean {
  const { kind, keep } = (tables ??= buildTables());
  if (to - from === expected.length) {
    let q = 0;
    for (; q < expected.length; q++) {
      const c = text.charCodeAt(from + q);
      if (kind[c] !== KEEP || keep[c] !== expected.charCodeAt(q)) break;
    }
    if (q === expected.length) return true;
    // A unit that folds one to one and differs decides; anything else takes the long way.
    if (kind[text.charCodeAt(from + q)] === KEEP) return false;
  }
  return foldKeepCase(text.slice(from, to)) === expected;
}

/**
 * Original end offset of a folded range ending (exclusive) at `end`, `end > 0`: past the last
 * character's surrogate pair, and past the accents folding joined to it.
 */
export function originalEnd(original: string, toOriginal: Uint32Array, end: number): number {
  const last = toOriginal[end - 1]!;
  let e =
    isHigh(original.charCodeAt(last)) && isLow(original.charCodeAt(last + 1)) ? last + 2 : last + 1;
  // An accent that was not joined has a folded unit of its own, which starts at `next`.
  const next = toOriginal[end] ?? original.length;
  while (e < next && isCombining(original.charCodeAt(e))) e++;
  return e;
}
