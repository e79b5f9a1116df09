/**
 * Recognises the sentences of an article that retell a known claim: in other words, in
 * another order, in Chinese for an English claim, with figures written differently.
 *
 * Per claim, prepared once: its parts (`claim.match.terms`, or, for a claim without them,
 * the content words of its statement and its cues), the figures it states, and whether its own
 * statement says it in the negative ("told platforms not to pass data").
 *
 * Per article: the text is split into sentences; only sentences that name an actor of some
 * claim (in the sentence or the one before it in the paragraph) or contain a claim's cue are
 * read further, and only against those claims. A sentence carries a claim when it says every
 * required part and enough of the others (weighted), when its figures agree with the claim's
 * figures of the same kind, and when a negation in front of the claim's predicate ("did not
 * agree to share", "未同意") agrees with the claim's own statement. Actor names count through
 * the mentions the name matcher found, never as words, so "Ant Group reported higher
 * profits" is not a claim about Ant's data however many claims name Ant.
 */
import type { Claim } from '../kb/schema';
import { buildAutomaton, matchList, type Automaton } from './automaton';
import { figuresAgree, findFigures, parseFigure, type Figure } from './numbers';
import { isLineBreak, splitSentences } from './sentences';

export interface ClaimHit {
  claimId: string;
  /** Offsets of the sentence in the text. */
  start: number;
  end: number;
  /** Share of the claim's weighted parts the sentence says, figures included, in (0, 1]. */
  score: number;
}

export interface ClaimMatcher {
  /** At most one claim per sentence (the best), in order of position. */
  match(
    text: string,
    mentions: readonly { actorId: string; start: number; end: number }[],
  ): ClaimHit[];
}

/** How far apart the words of one phrase may be: "hand over (its) data". */
const MAX_GAP = 2;
/**
 * How far before a predicate a negation still applies to it, in words; a Chinese character
 * counts half a word. A comma, a semicolon or "but" ends the reach sooner.
 */
const NEGATION_REACH = 8;
/** What a figure that agrees with the claim's adds to the weight a sentence says. */
const FIGURE_WEIGHT = 2;
/** Share of the weight a sentence must say when the claim does not set its own. */
const DEFAULT_MIN_SCORE = 0.5;
/** Actors named only in the sentence before count for this share of their part's weight. */
const CONTEXT_SHARE = 0.5;

// ---------------------------------------------------------------------------------------------
// Folding and words

const SPECIAL_UNITS = /[\uff01-\uff5e\u2018\u2019\u02bc\u2032\u2010-\u2015]/g;

function foldSpecial(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01) return String.fromCharCode(c - 0xfee0).toLowerCase();
  if (c >= 0x2010 && c <= 0x2015) return '-';
  return "'";
}

/** Lower case, full-width forms and curly quotes flattened, one unit for one unit. */
function fold(text: string): string {
  let lower = text.toLowerCase();
  // The few characters whose lower case is longer ("İ") are left as they are.
  if (lower.length !== text.length) {
    const out = new Array<string>(text.length);
    for (let i = 0; i < text.length; i++) {
      const l = text[i]!.toLowerCase();
      out[i] = l.length === 1 ? l : text[i]!;
    }
    lower = out.join('');
  }
  return lower.replace(SPECIAL_UNITS, foldSpecial);
}

/** The same folding as `fold`, into code units for the cue automaton. */
function foldUnits(text: string): Uint16Array {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) out[i] = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
    else if (c >= 0xff01 && c <= 0xff5e) out[i] = fold(text[i]!).charCodeAt(0);
    else if (c === 0x2018 || c === 0x2019 || c === 0x02bc || c === 0x2032) out[i] = 0x27;
    else if (c >= 0x2010 && c <= 0x2015) out[i] = 0x2d;
    // CJK has no case: most of a Chinese text skips the case mapping.
    else if (c >= 0x2e80 && c <= 0x9fff) out[i] = c;
    else if (c < 0xd800 || c > 0xdfff) out[i] = fold(text[i]!).charCodeAt(0);
    else out[i] = c;
  }
  return out;
}

function isLatin(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xe0 && c <= 0x24f);
}

function isHan(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * A light stemmer, the same on both sides: "share", "shares", "shared", "sharing" all become
 * "shar"; "agree", "agreed", "agreeing" "agre"; "companies" "company"; "stopped" "stop";
 * "controlled" "control".
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let s = word;
  if (/ie[sd]$/.test(s) && s.length > 4) return s.slice(0, -3) + 'y';
  let suffixed = false;
  if (s.endsWith('ing') && s.length > 5) {
    s = s.slice(0, -3);
    suffixed = true;
  } else if (s.endsWith('ed') && s.length > 4) {
    s = s.slice(0, -2);
    suffixed = true;
  } else if (/(?:ss|sh|ch|x|z)es$/.test(s)) {
    s = s.slice(0, -2);
  } else if (s.endsWith('s') && !/(?:ss|us|is)$/.test(s)) {
    s = s.slice(0, -1);
  }
  if (suffixed) {
    if (s.endsWith('ee')) s = s.slice(0, -1);
  } else if (s.endsWith('e') && s.length > 3) {
    s = s.slice(0, -1);
  }
  // "stopped" and "stop", "controlled" and "control", "called" and "call" meet at one double
  // consonant less.
  if (/([b-df-hj-np-tv-z])\1$/.test(s)) s = s.slice(0, -1);
  return s;
}

// ---------------------------------------------------------------------------------------------
// Negation

/** Words (as stems) that turn what follows them around. */
const NEGATING_STEMS = new Set(
  [
    'not',
    'no',
    'never',
    'neither',
    'nor',
    'without',
    'none',
    'nobody',
    'nothing',
    'cannot',
    'refuse',
    'refused',
    'decline',
    'declined',
    'deny',
    'denied',
    'reject',
    'rejected',
    'dismiss',
    'dismissed',
    'ban',
    'banned',
    'bar',
    'barred',
    'prohibit',
    'prohibited',
    'forbid',
    'forbade',
    'forbidden',
    'stop',
    'stopped',
    'cease',
    'ceased',
    'fail',
    'failed',
    'unable',
    'silent',
    'silence',
    'unanswered',
  ].map(stem),
);

/** Chinese negations; the first character of each is what gets counted. */
const CJK_NEGATIONS = [
  '不同意',
  '否认',
  '否決',
  '否决',
  '禁止',
  '排除',
  '驳回',
  '駁回',
  '停止',
  '并非',
  '並非',
  '绝非',
  '不',
  '未',
  '没',
  '沒',
  '无',
  '無',
  '拒',
  '勿',
];
/** Words that start like a negation and are none ("不断" constantly, "未来" future, "没收" confiscate). */
const CJK_NOT_NEGATIONS = [
  '不断',
  '不仅',
  '不少',
  '不过',
  '不久',
  '不同',
  '不满',
  '不足',
  '不到',
  '不超',
  '不良',
  '不管',
  '不论',
  '不但',
  '不然',
  '不如',
  '不妨',
  '不安',
  '不利',
  '不确定',
  '不正当',
  '不得不',
  '未来',
  '未來',
  '没收',
  '沒收',
  '无论',
  '無論',
  '无疑',
  '无锡',
  '无数',
];

/** Words that end a clause for the reach of a negation. */
const CLAUSE_WORDS = new Set(['but', 'although', 'though', 'whereas', 'however', 'while']);
const CLAUSE_CHARS = new Set([
  ',',
  ';',
  ':',
  '!',
  '?',
  '(',
  ')',
  '，',
  '；',
  '：',
  '（',
  '）',
  '但',
  '而',
  '却',
  '卻',
]);

// ---------------------------------------------------------------------------------------------
// Sentences as tokens

const WORD = 1;
const HAN = 2;
const CLAUSE = 3;

interface Tokens {
  folded: string;
  count: number;
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  stems: string[];
  negating: Uint8Array;
  /** Inside an actor's name: the name counts through the mention, not as words. */
  masked: Uint8Array;
  /** Token holding each unit of `folded`, or -1. */
  tokenAt: Int32Array;
}

function tokenize(folded: string, maskSpans: readonly [number, number][]): Tokens {
  const n = folded.length;
  const kind: number[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const stems: string[] = [];
  const tokenAt = new Int32Array(n).fill(-1);
  const push = (k: number, a: number, b: number, s: string) => {
    for (let q = a; q < b; q++) tokenAt[q] = kind.length;
    kind.push(k);
    start.push(a);
    end.push(b);
    stems.push(s);
  };
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (isLatin(c)) {
      let j = i + 1;
      while (j < n && isLatin(folded.charCodeAt(j))) j++;
      const word = folded.slice(i, j);
      const afterApostrophe = i > 0 && folded[i - 1] === "'";
      if (afterApostrophe && word === 's') {
        // Possessive: "Ant's" is "Ant".
      } else if (
        afterApostrophe &&
        word === 't' &&
        stems.length > 0 &&
        kind[kind.length - 1] === WORD
      ) {
        // "didn't" is "did not".
        const last = stems.length - 1;
        const previous = folded.slice(start[last]!, end[last]!);
        if (previous.endsWith('n')) stems[last] = stem(previous.slice(0, -1));
        push(WORD, i, j, 'not');
      } else {
        push(CLAUSE_WORDS.has(word) ? CLAUSE : WORD, i, j, stem(word));
      }
      i = j;
    } else if (isHan(c)) {
      push(CLAUSE_CHARS.has(folded[i]!) ? CLAUSE : HAN, i, i + 1, folded[i]!);
      i++;
    } else {
      if (CLAUSE_CHARS.has(folded[i]!)) push(CLAUSE, i, i + 1, folded[i]!);
      i++;
    }
  }
  const count = kind.length;
  const t: Tokens = {
    folded,
    count,
    kind: Uint8Array.from(kind),
    start: Int32Array.from(start),
    end: Int32Array.from(end),
    stems,
    negating: new Uint8Array(count),
    masked: new Uint8Array(count),
    tokenAt,
  };
  for (const [a, b] of maskSpans) {
    for (let q = Math.max(0, a); q < Math.min(n, b); q++) {
      const k = tokenAt[q]!;
      if (k >= 0) t.masked[k] = 1;
    }
  }
  for (let k = 0; k < count; k++) {
    if (t.kind[k] !== WORD) continue;
    const s = stems[k]!;
    if (NEGATING_STEMS.has(s)) {
      const next = stems[k + 1];
      // "not only", "not just"; "No. 4".
      if (s === 'not' && (next === 'only' || next === 'just')) continue;
      if (s === 'no' && next !== undefined && /^\d/.test(next)) continue;
      t.negating[k] = 1;
    } else if (s === 'rul' && stems[k + 1] === 'out') {
      t.negating[k] = 1;
    }
  }
  markCjkNegations(t);
  return t;
}

/** Words by their first unit: a character that starts none of them costs one look-up. */
function byFirstUnit(words: readonly string[]): ReadonlyMap<number, readonly string[]> {
  const map = new Map<number, string[]>();
  for (const word of words) {
    const list = map.get(word.charCodeAt(0));
    if (list) list.push(word);
    else map.set(word.charCodeAt(0), [word]);
  }
  return map;
}

const NEGATIONS_BY_FIRST = byFirstUnit(CJK_NEGATIONS);
const NOT_NEGATIONS_BY_FIRST = byFirstUnit(CJK_NOT_NEGATIONS);

function longestAt(
  text: string,
  i: number,
  byFirst: ReadonlyMap<number, readonly string[]>,
): string {
  let best = '';
  const words = byFirst.get(text.charCodeAt(i));
  if (words) for (const w of words) if (w.length > best.length && text.startsWith(w, i)) best = w;
  return best;
}

function markCjkNegations(t: Tokens): void {
  const text = t.folded;
  for (let i = 0; i < text.length; i++) {
    if (!isHan(text.charCodeAt(i))) continue;
    // The longer word decides: "不同意" (disagree) is a negation, "不同" (different) is not.
    const excluded = longestAt(text, i, NOT_NEGATIONS_BY_FIRST);
    const negation = longestAt(text, i, NEGATIONS_BY_FIRST);
    if (excluded.length >= negation.length) {
      if (excluded.length > 0) i += excluded.length - 1;
      continue;
    }
    const k = t.tokenAt[i]!;
    if (k >= 0) t.negating[k] = 1;
    i += negation.length - 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Claims, prepared

type WordPhrase = { id: number; words: string[] };
type CharPhrase = { id: number; chars: string };
/** A phrase of a part: the same object, under one id, for every part that uses it. */
type Phrase = WordPhrase | CharPhrase;

/**
 * Every distinct phrase of every claim, with the parts it belongs to, so that a sentence is
 * searched once for all phrases and each find is handed to the parts that own it.
 */
class Phrases {
  private readonly byKey = new Map<string, Phrase>();
  /** Per phrase id: the [claim, part] pairs that use it. */
  readonly owners: [number, number][][] = [];
  /** Word phrases by their first stem. */
  readonly byFirstStem = new Map<string, WordPhrase[]>();
  readonly chars: CharPhrase[] = [];

  of(term: string): Phrase | undefined {
    const folded = fold(term.trim());
    if (folded === '') return undefined;
    let key: string;
    let shape: { words: string[] } | { chars: string };
    if ([...folded].some((ch) => isHan(ch.charCodeAt(0)))) {
      shape = { chars: folded };
      key = `c:${folded}`;
    } else {
      const words: string[] = [];
      for (const m of folded.matchAll(/[a-z0-9\u00e0-\u024f]+/g)) {
        // A possessive in a term is dropped as it is in sentences.
        if (m[0] === 's' && folded[m.index - 1] === "'") continue;
        words.push(stem(m[0]));
      }
      if (words.length === 0) return undefined;
      shape = { words };
      key = `w:${words.join(' ')}`;
    }
    let phrase = this.byKey.get(key);
    if (!phrase) {
      phrase = { id: this.owners.length, ...shape };
      this.byKey.set(key, phrase);
      this.owners.push([]);
      if ('chars' in phrase) {
        this.chars.push(phrase);
      } else {
        const first = phrase.words[0]!;
        const list = this.byFirstStem.get(first);
        if (list) list.push(phrase);
        else this.byFirstStem.set(first, [phrase]);
      }
    }
    return phrase;
  }

  own(phrase: Phrase, claim: number, part: number): void {
    this.owners[phrase.id]!.push([claim, part]);
  }
}

interface Part {
  phrases: Phrase[];
  actors: ReadonlySet<string>;
  weight: number;
  required: boolean;
  polar: boolean;
}

interface PreparedClaim {
  id: string;
  parts: Part[];
  totalWeight: number;
  minScore: number;
  figures: Figure[];
  /** Per part: whether the claim's own statement says it in the negative. */
  negative: Uint8Array;
  /** Every actor the claim names or one of its parts names: the claim's candidates. */
  actors: ReadonlySet<string>;
  /**
   * Whether its words may be found inside actors' names: for parts taken from a statement,
   * which names the actors in the same words ("the Anti-Monopoly Commission issued").
   */
  wordsInNames: boolean;
}

const STOP_WORDS = new Set(
  (
    'a an the and or of to in on at by for from with as is are was were be been being it its ' +
    'this that these those which who whom whose what when where while than then there their ' +
    'they them he she his her we our you your i not no nor so such into onto over under about ' +
    'after before since until also only some any all each other more most much many few one ' +
    'said says say would could should will may might must can did do does had has have its ' +
    'up out off per via own same very just still yet'
  )
    .split(' ')
    .map(stem),
);

/** Parts for a claim that brings no terms: its actors, its statement's content words, its cues. */
function partsFromStatement(claim: Claim, phrases: Phrases): Part[] {
  const parts: Part[] = [
    { phrases: [], actors: new Set(claim.actors), weight: 1, required: true, polar: false },
  ];
  const seen = new Set<string>();
  const folded = fold(claim.statement);
  for (const m of folded.matchAll(/[a-z\u00e0-\u024f]+/g)) {
    if (m[0] === 's' && folded[m.index - 1] === "'") continue;
    const s = stem(m[0]);
    if (s.length < 3 || STOP_WORDS.has(s) || seen.has(s)) continue;
    seen.add(s);
    parts.push({
      phrases: [phrases.of(m[0])!],
      actors: new Set(),
      weight: 1,
      required: false,
      polar: true,
    });
  }
  // Chinese has no spaces: its two-character pieces stand in for words.
  for (const m of folded.matchAll(/[\u3400-\u9fff]+/g)) {
    for (let i = 0; i + 2 <= m[0].length; i++) {
      const pair = m[0].slice(i, i + 2);
      if (seen.has(pair)) continue;
      seen.add(pair);
      parts.push({
        phrases: [phrases.of(pair)!],
        actors: new Set(),
        weight: 0.5,
        required: false,
        polar: false,
      });
    }
  }
  const cues = claim.cues.map((cue) => phrases.of(cue)).filter((p) => p !== undefined);
  if (cues.length > 0) {
    parts.push({ phrases: cues, actors: new Set(), weight: 2, required: false, polar: false });
  }
  return parts;
}

function prepare(claim: Claim, index: number, phrases: Phrases): PreparedClaim {
  const parts = claim.match
    ? claim.match.terms.map((term) => ({
        phrases: term.any.map((word) => phrases.of(word)).filter((p) => p !== undefined),
        actors: new Set(term.actors),
        weight: term.weight,
        required: term.required,
        polar: term.polar,
      }))
    : partsFromStatement(claim, phrases);
  const figures = claim.match
    ? claim.match.numbers.map(parseFigure).filter((f): f is Figure => f !== undefined)
    : findFigures(claim.statement);
  const actors = new Set(claim.actors);
  for (const part of parts) for (const id of part.actors) actors.add(id);
  const prepared: PreparedClaim = {
    id: claim.id,
    parts,
    totalWeight: parts.reduce((sum, part) => sum + part.weight, 0),
    minScore: claim.match?.minScore ?? DEFAULT_MIN_SCORE,
    figures,
    negative: new Uint8Array(parts.length),
    actors,
    wordsInNames: !claim.match,
  };
  parts.forEach((part, p) => {
    for (const phrase of part.phrases) phrases.own(phrase, index, p);
  });
  // The claim's own wording sets which way each of its predicates points.
  const statement = tokenize(fold(claim.statement), []);
  const found = findPhrases(statement, phrases, undefined);
  const sayings = sayingsOf(index, prepared, found, phrases);
  const reading = readClaim(prepared, statement, sayings, new Set(), new Set());
  for (const [part, negated] of reading.polarities) prepared.negative[part] = negated ? 1 : 0;
  return prepared;
}

// ---------------------------------------------------------------------------------------------
// Reading one sentence against one claim

interface Occurrence {
  first: number;
  last: number;
}

/** The last token of `words` said from token `first` on, or -1. */
function wordsFrom(t: Tokens, first: number, words: readonly string[]): number {
  let at = first;
  for (let w = 1; w < words.length; w++) {
    let next = -1;
    let skipped = 0;
    for (let k = at + 1; k < t.count; k++) {
      if (t.kind[k] === CLAUSE) break;
      if (!t.masked[k] && t.stems[k] === words[w]) {
        next = k;
        break;
      }
      if (++skipped > MAX_GAP) break;
    }
    if (next < 0) return -1;
    at = next;
  }
  return at;
}

/**
 * Every phrase of every claim that the sentence says, by phrase id. `charStarts` are the
 * Chinese phrases' start offsets from one scan of the sentence; without them each is looked
 * up on its own.
 */
function findPhrases(
  t: Tokens,
  phrases: Phrases,
  charStarts: readonly [number, number][] | undefined,
): Map<number, Occurrence[]> {
  const found = new Map<number, Occurrence[]>();
  const add = (id: number, o: Occurrence) => {
    const list = found.get(id);
    if (list) list.push(o);
    else found.set(id, [o]);
  };
  for (let k = 0; k < t.count; k++) {
    if (t.kind[k] === HAN || t.masked[k]) continue;
    const candidates = phrases.byFirstStem.get(t.stems[k]!);
    if (!candidates) continue;
    for (const phrase of candidates) {
      const last = wordsFrom(t, k, phrase.words);
      if (last >= 0) add(phrase.id, { first: k, last });
    }
  }
  const one: Occurrence[] = [];
  const addChars = (phrase: CharPhrase, at: number) => {
    one.length = 0;
    charOccurrenceAt(t, at, phrase.chars.length, one);
    if (one.length > 0) add(phrase.id, one[0]!);
  };
  if (charStarts) {
    for (const [id, at] of charStarts) addChars(phrases.chars[id]!, at);
  } else {
    for (const phrase of phrases.chars) {
      for (
        let i = t.folded.indexOf(phrase.chars);
        i >= 0;
        i = t.folded.indexOf(phrase.chars, i + 1)
      ) {
        addChars(phrase, i);
      }
    }
  }
  return found;
}

/** Per part of the claim, where the sentence says it. */
function sayingsOf(
  index: number,
  claim: PreparedClaim,
  found: ReadonlyMap<number, Occurrence[]>,
  phrases: Phrases,
): Occurrence[][] {
  const sayings = claim.parts.map(() => [] as Occurrence[]);
  for (const [id, occurrences] of found) {
    for (const [c, p] of phrases.owners[id]!) if (c === index) sayings[p]!.push(...occurrences);
  }
  return sayings;
}

function charOccurrenceAt(t: Tokens, i: number, length: number, out: Occurrence[]): void {
  let first = -1;
  let last = -1;
  for (let q = i; q < i + length; q++) {
    const k = t.tokenAt[q]!;
    if (k < 0) continue;
    // Inside an actor's name: the name counts through its mention.
    if (t.masked[k]) return;
    if (first < 0) first = k;
    last = k;
  }
  // A Latin word cut in the middle is not the phrase ("a+h" in "a+hx").
  const text = t.folded;
  if (isLatin(text.charCodeAt(i)) && isLatin(text.charCodeAt(i - 1))) return;
  if (isLatin(text.charCodeAt(i + length - 1)) && isLatin(text.charCodeAt(i + length))) return;
  if (first >= 0) out.push({ first, last });
}

/** Whether a negation not belonging to a matched phrase stands before `at` in its clause. */
function negatedAt(t: Tokens, at: number, consumed: Uint8Array): boolean {
  let negations = 0;
  let reach = NEGATION_REACH;
  for (let k = at - 1; k >= 0 && reach > 0; k--) {
    if (t.kind[k] === CLAUSE) break;
    if (t.negating[k] && !consumed[k]) negations++;
    reach -= t.kind[k] === HAN ? 0.5 : 1;
  }
  return negations % 2 === 1;
}

interface Reading {
  /** Weight of the parts the sentence says, figures not included. */
  said: number;
  requiredMissing: boolean;
  /** Per polar part said in words: the part, and whether every saying of it is negated. */
  polarities: [number, boolean][];
}

function readClaim(
  claim: PreparedClaim,
  t: Tokens,
  sayings: Occurrence[][],
  actorsHere: ReadonlySet<string>,
  actorsBefore: ReadonlySet<string>,
): Reading {
  let said = 0;
  let requiredMissing = false;
  const found = sayings;
  // A predicate inside a longer phrase of another part is not said ("直连" in "断直连", cut
  // the direct link): the longer phrase says what it means.
  const span = (o: Occurrence) => t.end[o.last]! - t.start[o.first]!;
  for (let p = 0; p < found.length; p++) {
    if (!claim.parts[p]!.polar) continue;
    found[p] = found[p]!.filter(
      (o) =>
        !found.some(
          (others, q) =>
            q !== p &&
            others.some(
              (w) =>
                t.start[w.first]! <= t.start[o.first]! &&
                t.end[w.last]! >= t.end[o.last]! &&
                span(w) > span(o),
            ),
        ),
    );
  }
  const consumed = new Uint8Array(t.count);
  for (const occurrences of found) {
    for (const o of occurrences) consumed.fill(1, o.first, o.last + 1);
  }
  for (let p = 0; p < claim.parts.length; p++) {
    const part = claim.parts[p]!;
    const occurrences = found[p]!;
    let share = occurrences.length > 0 ? 1 : 0;
    if (share === 0) {
      for (const id of part.actors) {
        if (actorsHere.has(id)) {
          share = 1;
          break;
        }
        if (actorsBefore.has(id)) share = CONTEXT_SHARE;
      }
    }
    said += part.weight * share;
    if (part.required && share === 0) requiredMissing = true;
  }
  const polarities: [number, boolean][] = [];
  claim.parts.forEach((part, p) => {
    const occurrences = found[p]!;
    if (!part.polar || occurrences.length === 0) return;
    polarities.push([p, occurrences.every((o) => negatedAt(t, o.first, consumed))]);
  });
  return { said, requiredMissing, polarities };
}

/** The claim's score for the sentence, or 0 when the sentence does not carry it. */
function scoreClaim(
  claim: PreparedClaim,
  t: Tokens,
  sayings: Occurrence[][],
  figures: readonly Figure[],
  actorsHere: ReadonlySet<string>,
  actorsBefore: ReadonlySet<string>,
): number {
  // Most candidates lack a required part: they are turned away before the rest is read.
  for (let p = 0; p < claim.parts.length; p++) {
    const part = claim.parts[p]!;
    if (!part.required || sayings[p]!.length > 0) continue;
    let named = false;
    for (const id of part.actors) if (actorsHere.has(id) || actorsBefore.has(id)) named = true;
    if (!named) return 0;
  }
  const reading = readClaim(claim, t, sayings, actorsHere, actorsBefore);
  if (reading.requiredMissing || reading.said === 0) return 0;
  // Each predicate must point the way the claim's statement points it.
  for (const [part, negated] of reading.polarities) {
    if (negated !== (claim.negative[part] === 1)) return 0;
  }
  // Figures of a kind the claim states must agree with one of its figures.
  let figureBonus = 0;
  if (claim.figures.length > 0 && figures.length > 0) {
    for (const kind of ['amount', 'count', 'percent', 'ordinal'] as const) {
      const ours = claim.figures.filter((f) => f.kind === kind);
      const theirs = figures.filter((f) => f.kind === kind);
      if (ours.length === 0 || theirs.length === 0) continue;
      if (!theirs.some((f) => ours.some((g) => figuresAgree(f, g)))) return 0;
      figureBonus = FIGURE_WEIGHT;
    }
  }
  const score = Math.min(1, (reading.said + figureBonus) / claim.totalWeight);
  return score >= claim.minScore ? score : 0;
}

// ---------------------------------------------------------------------------------------------
// The matcher

export function createClaimMatcher(claims: readonly Claim[]): ClaimMatcher {
  const phrases = new Phrases();
  const prepared = claims.map((claim, index) => prepare(claim, index, phrases));
  // Every Chinese phrase of every claim, found in a sentence by one scan.
  const charPhrases = phrases.chars;
  const charAutomaton =
    charPhrases.length > 0 ? buildAutomaton(charPhrases.map((p) => p.chars)) : undefined;
  const byActor = new Map<string, number[]>();
  prepared.forEach((claim, index) => {
    for (const id of claim.actors) {
      let list = byActor.get(id);
      if (!list) byActor.set(id, (list = []));
      list.push(index);
    }
  });
  // Cues make a sentence a candidate even when it names no actor of the claim.
  const cueOwners: number[] = [];
  const cuePatterns: string[] = [];
  claims.forEach((claim, index) => {
    for (const cue of claim.cues) {
      const folded = fold(cue.trim());
      if (folded === '') continue;
      cuePatterns.push(folded);
      cueOwners.push(index);
    }
  });
  const cues: Automaton | undefined =
    cuePatterns.length > 0 ? buildAutomaton(cuePatterns) : undefined;

  return {
    match(text, mentions) {
      // Where to look: the claims' actors named and the claims' cues written in the text.
      const spots: number[] = [];
      const cueSpots: [number, number][] = [];
      for (const mention of mentions) {
        if (byActor.has(mention.actorId)) spots.push(mention.start);
      }
      if (cues) {
        const units = foldUnits(text);
        const found = matchList();
        cues.collect(units, units.length, found);
        for (let k = 0; k < found.count; k++) {
          const pattern = found.patterns[k]!;
          const end = found.ends[k]!;
          const startAt = end - cuePatterns[pattern]!.length;
          // Latin cues stand as whole words.
          if (isLatin(units[startAt]!) && startAt > 0 && isLatin(units[startAt - 1]!)) continue;
          if (isLatin(units[end - 1]!) && end < units.length && isLatin(units[end]!)) continue;
          spots.push(startAt);
          cueSpots.push([startAt, cueOwners[pattern]!]);
        }
      }
      if (spots.length === 0) return [];

      // Only the paragraphs around those spots are split: a line break always ends a
      // sentence, and the sentence before counts only within its paragraph.
      spots.sort((a, b) => a - b);
      const sentences: { start: number; end: number }[] = [];
      // Text read from a page marks its blocks with U+2029; its newlines are source white space.
      const fromPage = text.includes('\u2029');
      const ends = fromPage ? (c: number) => c === 0x2029 : isLineBreak;
      let covered = -1;
      for (const spot of spots) {
        if (spot < covered) continue;
        let a = spot;
        while (a > 0 && !ends(text.charCodeAt(a - 1))) a--;
        let b = spot;
        while (b < text.length && !ends(text.charCodeAt(b))) b++;
        const paragraph = text.slice(a, b);
        for (const span of splitSentences(paragraph, fromPage)) {
          sentences.push({ start: a + span.start, end: a + span.end });
        }
        covered = b;
      }
      if (sentences.length === 0) return [];

      const candidates: (Set<number> | undefined)[] = new Array(sentences.length);
      const here: (Map<string, [number, number][]> | undefined)[] = new Array(sentences.length);
      const sentenceOf = (offset: number): number => {
        let lo = 0;
        let hi = sentences.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (sentences[mid]!.start <= offset) lo = mid;
          else hi = mid - 1;
        }
        const s = sentences[lo]!;
        return offset >= s.start && offset < s.end ? lo : -1;
      };
      const addCandidates = (s: number, claimIndexes: readonly number[]) => {
        let set = candidates[s];
        if (!set) candidates[s] = set = new Set();
        for (const c of claimIndexes) set.add(c);
      };

      for (const mention of mentions) {
        const s = sentenceOf(mention.start);
        if (s < 0) continue;
        let spans = here[s];
        if (!spans) here[s] = spans = new Map();
        let list = spans.get(mention.actorId);
        if (!list) spans.set(mention.actorId, (list = []));
        list.push([mention.start, mention.end]);
        const claimIndexes = byActor.get(mention.actorId);
        if (!claimIndexes) continue;
        addCandidates(s, claimIndexes);
        // A sentence may go on about the actor the one before named ("It agreed to ...").
        const next = s + 1;
        if (
          next < sentences.length &&
          sameParagraph(text, sentences[s]!.end, sentences[next]!.start)
        ) {
          addCandidates(next, claimIndexes);
        }
      }
      for (const [offset, claimIndex] of cueSpots) {
        const s = sentenceOf(offset);
        if (s >= 0) addCandidates(s, [claimIndex]);
      }

      const hits: ClaimHit[] = [];
      for (let s = 0; s < sentences.length; s++) {
        const set = candidates[s];
        if (!set) continue;
        const { start, end } = sentences[s]!;
        const spans = here[s];
        const actorsHere = new Set(spans?.keys() ?? []);
        const previous =
          s > 0 && sameParagraph(text, sentences[s - 1]!.end, start) ? here[s - 1] : undefined;
        const actorsBefore = new Set(previous?.keys() ?? []);
        const masks: [number, number][] = [];
        for (const list of spans?.values() ?? []) {
          for (const [a, b] of list) masks.push([a - start, b - start]);
        }
        const sentence = text.slice(start, end);
        const folded = fold(sentence);
        // Chinese phrases: one scan of the sentence for all claims' phrases.
        const charStarts: [number, number][] = [];
        charAutomaton?.scan(folded, (pattern, endAt) => {
          charStarts.push([pattern, endAt - charPhrases[pattern]!.chars.length]);
        });
        const tokens = tokenize(folded, masks);
        const found = findPhrases(tokens, phrases, charStarts);
        let unmasked: { tokens: Tokens; found: Map<number, Occurrence[]> } | undefined;
        let figures: Figure[] | undefined;
        let best = -1;
        let bestScore = 0;
        for (const c of [...set].sort((a, b) => a - b)) {
          const claim = prepared[c]!;
          let view = { tokens, found };
          if (claim.wordsInNames) {
            if (!unmasked) {
              const all = tokenize(folded, []);
              unmasked = { tokens: all, found: findPhrases(all, phrases, charStarts) };
            }
            view = unmasked;
          }
          const sayings = sayingsOf(c, claim, view.found, phrases);
          if (claim.figures.length > 0) figures ??= findFigures(sentence);
          const score = scoreClaim(
            claim,
            view.tokens,
            sayings,
            figures ?? [],
            actorsHere,
            actorsBefore,
          );
          if (score > bestScore) {
            best = c;
            bestScore = score;
          }
        }
        if (best >= 0) hits.push({ claimId: prepared[best]!.id, start, end, score: bestScore });
      }
      return hits;
    },
  };
}

/** Whether no line break lies between two sentences. */
function sameParagraph(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLineBreak(text.charCodeAt(i))) return false;
  return true;
}
