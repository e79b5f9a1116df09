/**
 * The matcher as it was before it learned to scan page text in one pass: folded text as a
 * string, a callback per occurrence, rules read on the string, comparison sorts. Kept as an
 * oracle, so that the fast matcher can be checked against it on random texts; the automaton
 * is replaced by a naive search reporting in the automaton's documented order, so that the
 * oracle shares no scanning code with what it checks. Not for use outside tests.
 */
import type { Actor, ContextRule } from '../../../lib/kb/schema';
import { CJK, WORD, classAt, classBefore, classOf } from '../../../lib/match/char-class';
import type { Matcher } from '../../../lib/match/matcher';
import { foldKeepCase, normalize, normalizeTerm, originalEnd } from '../../../lib/match/normalize';
import type { MatchContext, Mention } from '../../../lib/match/types';

/** Every occurrence of every pattern: by end, and longer patterns first at one end. */
function naiveScan(
  patterns: readonly string[],
  text: string,
  onMatch: (patternIndex: number, end: number) => void,
): void {
  const found: [number, number][] = [];
  patterns.forEach((p, i) => {
    if (!p) return;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
      found.push([i, at + p.length]);
    }
  });
  found.sort((x, y) => x[1] - y[1] || patterns[y[0]]!.length - patterns[x[0]]!.length);
  for (const [p, end] of found) onMatch(p, end);
}

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
function sentenceAround(
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

interface Entry {
  /** Position of the actor in the dataset, the last tie-breaker. */
  actor: number;
  actorId: string;
  /** The alias as the knowledge base writes it. */
  alias: string;
  /** For case-sensitive aliases: the alias folded without lower-casing. */
  caseKey: string | null;
  notFollowedBy: readonly string[] | null;
  notPrecededBy: readonly string[] | null;
  /** Pattern ids of the terms. */
  pageMentionsAny: Int32Array | null;
  sentenceExcludes: Int32Array | null;
}

const IS_ALIAS = 1;
const IS_TERM = 2;
const BOUND_START = 4;
const BOUND_END = 8;

/** Host as browsers may report it ("WWW.Example.com.", "example.com:8080") to a bare name. */
function cleanHost(host: string): string {
  return host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.+$/, '');
}

/** First index in ascending `starts` at or after `from`. */
function lowerBound(starts: readonly number[], from: number): number {
  let a = 0;
  let b = starts.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (starts[mid]! < from) a = mid + 1;
    else b = mid;
  }
  return a;
}

export function referenceMatcher(actors: readonly Actor[]): Pick<Matcher, 'match'> {
  const patterns: string[] = [];
  const patternIds = new Map<string, number>();
  const entriesOf: Entry[][] = [];
  const termFlag: boolean[] = [];

  const intern = (folded: string): number => {
    let id = patternIds.get(folded);
    if (id === undefined) {
      id = patterns.length;
      patterns.push(folded);
      patternIds.set(folded, id);
      entriesOf.push([]);
      termFlag.push(false);
    }
    return id;
  };

  const terms = (list: readonly string[] | undefined): Int32Array | null => {
    if (!list || list.length === 0) return null;
    const ids: number[] = [];
    for (const t of list) {
      const folded = normalizeTerm(t);
      if (!folded) continue;
      const id = intern(folded);
      termFlag[id] = true;
      ids.push(id);
    }
    return ids.length > 0 ? Int32Array.from(ids) : null;
  };

  // Untrimmed on purpose: " 40" must keep its space so that "CAC 40" is told from "CAC40".
  const affixes = (list: readonly string[] | undefined): readonly string[] | null => {
    if (!list || list.length === 0) return null;
    const out = list.map((t) => normalize(t).text).filter((t) => t.length > 0);
    return out.length > 0 ? out : null;
  };

  const add = (
    actor: number,
    actorId: string,
    alias: string,
    folded: string,
    sensitive: boolean,
    rule: ContextRule | undefined,
  ): void => {
    entriesOf[intern(folded)]!.push({
      actor,
      actorId,
      alias,
      caseKey: sensitive ? foldKeepCase(alias).trim() : null,
      notFollowedBy: affixes(rule?.notFollowedBy),
      notPrecededBy: affixes(rule?.notPrecededBy),
      pageMentionsAny: terms(rule?.pageMentionsAny),
      sentenceExcludes: terms(rule?.sentenceExcludes),
    });
  };

  const outlets = new Map<string, number>();
  actors.forEach((actor, i) => {
    // An explicit alias carries rules; the automatic name for the same text would bypass
    // them, so explicit aliases take the text first and the name is skipped.
    const taken = new Set<string>();
    for (const a of actor.aliases ?? []) {
      const folded = normalizeTerm(a.text);
      if (!folded) continue;
      taken.add(folded);
      add(i, actor.id, a.text, folded, a.caseRule === 'sensitive', a.context);
    }
    // Pinyin is not registered by itself: romanised syllables collide with ordinary words.
    for (const name of [actor.names.en, actor.names.zh, actor.names.zhHant]) {
      if (!name) continue;
      const folded = normalizeTerm(name);
      if (!folded || taken.has(folded)) continue;
      taken.add(folded);
      add(i, actor.id, name, folded, false, undefined);
    }
    if (actor.kind === 'outlet') {
      for (const d of actor.domains ?? []) {
        const host = cleanHost(d);
        if (!outlets.has(host)) outlets.set(host, i);
      }
    }
  });

  const lengths = new Int32Array(patterns.length);
  const flags = new Uint8Array(patterns.length);
  patterns.forEach((p, id) => {
    lengths[id] = p.length;
    let f = 0;
    if (entriesOf[id]!.length > 0) f |= IS_ALIAS;
    if (termFlag[id]) f |= IS_TERM;
    if (classOf(p.codePointAt(0)!) === WORD) f |= BOUND_START;
    if (classBefore(p, p.length) === WORD) f |= BOUND_END;
    flags[id] = f;
  });

  const outletIndex = (host: string): number | undefined => {
    let h = cleanHost(host);
    for (;;) {
      const hit = outlets.get(h);
      if (hit !== undefined) return hit;
      const dot = h.indexOf('.');
      if (dot < 0) return undefined;
      h = h.slice(dot + 1);
    }
  };

  const match = (text: string, context?: MatchContext): Mention[] => {
    if (text.length === 0 || patterns.length === 0) return [];
    const { text: norm, toOriginal } = normalize(text);

    const candPattern: number[] = [];
    const candStart: number[] = [];
    /** Starts of each context term's occurrences, ascending (the scan goes left to right). */
    const termHits = new Map<number, number[]>();
    naiveScan(patterns, norm, (p, end) => {
      const f = flags[p]!;
      const start = end - lengths[p]!;
      if (f & BOUND_START && classBefore(norm, start) === WORD) return;
      if (f & BOUND_END && classAt(norm, end) === WORD) return;
      if (f & IS_TERM) {
        const hits = termHits.get(p);
        if (hits) hits.push(start);
        else termHits.set(p, [start]);
      }
      if (f & IS_ALIAS) {
        candPattern.push(p);
        candStart.push(start);
      }
    });
    if (candPattern.length === 0) return [];

    const passing: Entry[][] = [];
    const alive: number[] = [];
    for (let k = 0; k < candPattern.length; k++) {
      const p = candPattern[k]!;
      const start = candStart[k]!;
      const end = start + lengths[p]!;
      let pageForm: string | undefined;
      let sentence: [number, number] | undefined;
      const ok = entriesOf[p]!.filter((e) => {
        if (e.caseKey !== null) {
          pageForm ??= foldKeepCase(
            text.slice(toOriginal[start]!, originalEnd(text, toOriginal, end)),
          );
          if (pageForm !== e.caseKey) return false;
        }
        if (e.notFollowedBy && e.notFollowedBy.some((t) => norm.startsWith(t, end))) return false;
        if (e.notPrecededBy && e.notPrecededBy.some((t) => norm.endsWith(t, start))) return false;
        if (e.pageMentionsAny && !e.pageMentionsAny.some((t) => termHits.has(t))) return false;
        if (e.sentenceExcludes) {
          const [a, b] = (sentence ??= sentenceAround(norm, text, toOriginal, start, end));
          for (const t of e.sentenceExcludes) {
            const hits = termHits.get(t);
            if (!hits) continue;
            const i = lowerBound(hits, a);
            if (i < hits.length && hits[i]! + lengths[t]! <= b) return false;
          }
        }
        return true;
      });
      passing.push(ok);
      if (ok.length > 0) alive.push(k);
    }

    const lengthOf = (k: number): number => lengths[candPattern[k]!]!;
    alive.sort((x, y) => lengthOf(y) - lengthOf(x) || candStart[x]! - candStart[y]!);
    const taken = new Uint8Array(norm.length);
    const chosen: number[] = [];
    for (const k of alive) {
      const start = candStart[k]!;
      const end = start + lengthOf(k);
      let free = true;
      for (let q = start; q < end; q++) {
        if (taken[q]) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      taken.fill(1, start, end);
      chosen.push(k);
    }

    const mentioned = new Uint8Array(actors.length);
    if (context?.host) {
      const own = outletIndex(context.host);
      if (own !== undefined) mentioned[own] = 1;
    }
    for (const k of chosen) {
      const ok = passing[k]!;
      if (ok.every((e) => e.actor === ok[0]!.actor)) mentioned[ok[0]!.actor] = 1;
    }

    const mentions: Mention[] = chosen.map((k) => {
      const ok = passing[k]!;
      // Entries are in dataset order, so the fallback is the first actor in the dataset.
      const entry = ok.find((e) => mentioned[e.actor] === 1) ?? ok[0]!;
      const startN = candStart[k]!;
      const start = toOriginal[startN]!;
      const end = originalEnd(text, toOriginal, startN + lengthOf(k));
      return {
        actorId: entry.actorId,
        start,
        end,
        text: text.slice(start, end),
        alias: entry.alias,
      };
    });
    mentions.sort((x, y) => x.start - y.start);
    return mentions;
  };

  return { match };
}
