/**
 * Finds the knowledge base's actors in an article's text.
 *
 * Everything that does not depend on the page is prepared once, in `createMatcher`: folded
 * aliases, folded context terms, and a single automaton holding both, so one scan of the
 * page yields alias candidates and every context term occurrence at the same time.
 *
 * Per candidate, in order: word boundaries (Latin-like scripts only), the alias's case rule
 * (checked on the page's own characters), then its context rules. Surviving candidates are
 * then made non-overlapping, and a span claimed by several actors is given to one of them.
 *
 * Overlaps: the longest candidate wins; among equally long ones, the leftmost. So "People's
 * Bank of China" beats the "Bank of China" inside it, and "Ant Group" beats "Ant". A
 * candidate rejected by its rules never blocks a shorter one.
 *
 * Shared aliases: when two actors have the same alias, only those whose rules pass at that
 * spot compete. If several pass, the one the page mentions elsewhere by an unambiguous name
 * wins (the page's own outlet, from `MatchContext.host`, counts as mentioned); otherwise the
 * one that comes first in the dataset.
 */
import type { Actor, ContextRule } from '../kb/schema';
import { buildAutomaton, matchList } from './automaton';
import { WORD, classAtUnits, classBefore, classBeforeUnits, classOf } from './char-class';
import {
  foldKeepCase,
  foldPage,
  foldsKeepCaseTo,
  foldedPage,
  normalize,
  normalizeTerm,
  originalEnd,
} from './normalize';
import { sentenceAround } from './sentence';
import type { MatchContext, Mention } from './types';

export interface MatcherStats {
  actors: number;
  aliases: number;
  /** Distinct folded strings in the automaton: aliases and context terms. */
  patterns: number;
  states: number;
  bytes: number;
}

export interface Matcher {
  /** Mentions in `text`, offsets into `text` itself, sorted by start, never overlapping. */
  match(text: string, context?: MatchContext): Mention[];
  /** Id of the outlet publishing on `host` or on one of its parent domains. */
  outletForHost(host: string): string | undefined;
  stats(): MatcherStats;
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
/** Some entry for the pattern has a case rule or context rules. */
const RULED = 16;

/**
 * Folded-page buffers up to this many units are kept for the next page (a few MB at most);
 * longer pages are rare and would keep theirs alive for nothing.
 */
const KEEP_BUFFER_UNITS = 1 << 18;

/** Whether `units` (of which `length` count) hold `s` at `at`, which may be out of range. */
function unitsAt(units: Uint16Array, length: number, s: string, at: number): boolean {
  if (at < 0 || at + s.length > length) return false;
  for (let q = 0; q < s.length; q++) if (units[at + q] !== s.charCodeAt(q)) return false;
  return true;
}

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

export function createMatcher(actors: readonly Actor[]): Matcher {
  const patterns: string[] = [];
  const patternIds = new Map<string, number>();
  const entriesOf: Entry[][] = [];
  const termFlag: boolean[] = [];
  let aliasCount = 0;

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
    aliasCount++;
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
    for (const e of entriesOf[id]!) {
      const ruled = e.notFollowedBy || e.notPrecededBy || e.pageMentionsAny || e.sentenceExcludes;
      if (e.caseKey !== null || ruled) f |= RULED;
    }
    flags[id] = f;
  });
  const automaton = buildAutomaton(patterns);

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

  // Kept from one page to the next, so that a page allocates nothing the size of its text.
  const page = foldedPage();
  const found = matchList();
  let taken = new Uint8Array(0);
  const mentioned = new Uint8Array(actors.length);

  const match = (text: string, context?: MatchContext): Mention[] => {
    if (text.length === 0 || patterns.length === 0) return [];
    foldPage(text, page);
    const { units: norm, length: normLength, toOriginal } = page;
    automaton.collect(norm, normLength, found);

    const candPattern: number[] = [];
    const candStart: number[] = [];
    /** Starts of each context term's occurrences, ascending (the scan goes left to right). */
    const termHits = new Map<number, number[]>();
    const foundPatterns = found.patterns;
    const foundEnds = found.ends;
    for (let m = 0; m < found.count; m++) {
      const p = foundPatterns[m]!;
      const end = foundEnds[m]!;
      const f = flags[p]!;
      const start = end - lengths[p]!;
      if (f & BOUND_START && classBeforeUnits(norm, start) === WORD) continue;
      if (f & BOUND_END && classAtUnits(norm, normLength, end) === WORD) continue;
      if (f & IS_TERM) {
        const hits = termHits.get(p);
        if (hits) hits.push(start);
        else termHits.set(p, [start]);
      }
      if (f & IS_ALIAS) {
        candPattern.push(p);
        candStart.push(start);
      }
    }
    if (candPattern.length === 0) return releaseLarge();

    const passing: Entry[][] = [];
    const alive: number[] = [];
    for (let k = 0; k < candPattern.length; k++) {
      const p = candPattern[k]!;
      const start = candStart[k]!;
      const end = start + lengths[p]!;
      let ok = entriesOf[p]!;
      // Most aliases have neither a case rule nor context rules: nothing to check.
      if (flags[p]! & RULED) {
        const from = toOriginal[start]!;
        const to = originalEnd(text, toOriginal, end);
        let sentence: [number, number] | undefined;
        ok = ok.filter((e) => {
          if (e.caseKey !== null && !foldsKeepCaseTo(text, from, to, e.caseKey)) return false;
          if (e.notFollowedBy && e.notFollowedBy.some((t) => unitsAt(norm, normLength, t, end))) {
            return false;
          }
          if (
            e.notPrecededBy &&
            e.notPrecededBy.some((t) => unitsAt(norm, normLength, t, start - t.length))
          ) {
            return false;
          }
          if (e.pageMentionsAny && !e.pageMentionsAny.some((t) => termHits.has(t))) return false;
          if (e.sentenceExcludes) {
            const [a, b] = (sentence ??= sentenceAround(page, text, start, end));
            for (const t of e.sentenceExcludes) {
              const hits = termHits.get(t);
              if (!hits) continue;
              const i = lowerBound(hits, a);
              if (i < hits.length && hits[i]! + lengths[t]! <= b) return false;
            }
          }
          return true;
        });
      }
      passing.push(ok);
      if (ok.length > 0) alive.push(k);
    }

    // Longest first, then leftmost. Candidates come in scan order, by end, so equally long
    // ones are already leftmost first: a stable pass by length gives the order without a
    // comparison sort (pages naming thousands of actors would spend a while in one).
    let longest = 0;
    for (const k of alive) longest = Math.max(longest, lengths[candPattern[k]!]!);
    const slot = new Int32Array(longest + 2);
    for (const k of alive) slot[longest - lengths[candPattern[k]!]! + 1]!++;
    for (let q = 1; q <= longest; q++) slot[q + 1]! += slot[q]!;
    const byLength = new Int32Array(alive.length);
    for (const k of alive) byLength[slot[longest - lengths[candPattern[k]!]!]!++] = k;

    if (taken.length < normLength) taken = new Uint8Array(normLength);
    const isChosen = new Uint8Array(candPattern.length);
    let chosenCount = 0;
    for (const k of byLength) {
      const start = candStart[k]!;
      const end = start + lengths[candPattern[k]!]!;
      let free = true;
      for (let q = start; q < end; q++) {
        if (taken[q]) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      taken.fill(1, start, end);
      isChosen[k] = 1;
      chosenCount++;
    }
    // Chosen spans do not overlap, so in scan order (by end) they are also in start order.
    const chosen = new Int32Array(chosenCount);
    for (let k = 0, c = 0; k < isChosen.length; k++) if (isChosen[k]) chosen[c++] = k;
    // Cleared where it was set, ready for the next page.
    for (const k of chosen) taken.fill(0, candStart[k]!, candStart[k]! + lengths[candPattern[k]!]!);

    const own = context?.host ? outletIndex(context.host) : undefined;
    if (own !== undefined) mentioned[own] = 1;
    for (const k of chosen) {
      const ok = passing[k]!;
      const first = ok[0]!.actor;
      let single = true;
      for (let q = 1; q < ok.length && single; q++) single = ok[q]!.actor === first;
      if (single) mentioned[first] = 1;
    }

    // In start order on the page too: only a ligature maps two folded units to one page
    // character, and a span never starts or ends between two of its letters (word
    // boundaries), so chosen spans start on distinct page characters, in folded order.
    const mentions: Mention[] = [];
    for (const k of chosen) {
      const ok = passing[k]!;
      // Entries are in dataset order, so the fallback is the first actor in the dataset.
      let entry = ok[0]!;
      for (const e of ok) {
        if (mentioned[e.actor] === 1) {
          entry = e;
          break;
        }
      }
      const startN = candStart[k]!;
      const start = toOriginal[startN]!;
      const end = originalEnd(text, toOriginal, startN + lengths[candPattern[k]!]!);
      mentions.push({
        actorId: entry.actorId,
        start,
        end,
        text: text.slice(start, end),
        alias: entry.alias,
      });
    }
    if (own !== undefined) mentioned[own] = 0;
    for (const k of chosen) mentioned[passing[k]![0]!.actor] = 0;
    releaseLarge();
    return mentions;
  };

  /** Buffers from an unusually long page are not worth keeping; returns no mentions. */
  const releaseLarge = (): Mention[] => {
    if (page.units.length > KEEP_BUFFER_UNITS) Object.assign(page, foldedPage());
    if (taken.length > KEEP_BUFFER_UNITS) taken = new Uint8Array(0);
    return [];
  };

  return {
    match,
    outletForHost(host) {
      const i = outletIndex(host);
      return i === undefined ? undefined : actors[i]!.id;
    },
    stats() {
      const s = automaton.stats();
      return {
        actors: actors.length,
        aliases: aliasCount,
        patterns: patterns.length,
        states: s.states,
        bytes: s.bytes,
      };
    },
  };
}
