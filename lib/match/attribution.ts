/**
 * How each sentence of an article attributes what it says, found from cue patterns kept as data
 * (assets/datasets/attribution-cues.json, checked by lib/kb/attribution-cues-schema.ts).
 *
 * The cue file holds a small pattern language rather than whole sentences, so one pattern covers
 * a family of phrasings ("people familiar with the matter said", "two people with knowledge of
 * the talks said", "a person briefed on the plans"). A pattern is a sequence of parts separated
 * by spaces, matched against the sentence's tokens (a word, one Chinese character, or one mark):
 *
 * - `word`: a literal, matched token by token and as written. A literal written in lower case
 *   also matches with a capital at the start of the sentence or of a quotation, so "the notice
 *   said" finds "The notice said" while "according to the statement" does not find "the
 *   Statement of Financial Position". A set marked `anyCase` allows either case of the first
 *   letter anywhere (titles: "Vice Premier Liu He"). Chinese literals are runs of characters.
 * - `(a b|c)`: alternatives; `part?`: optional part; `@name`: any item of the named set, each
 *   item itself a pattern (sets may use sets); `\(` a mark the language uses, as a literal.
 * - `~N`: a gap of up to N tokens (words in English, characters in Chinese) that stays inside
 *   the clause (no comma, colon or quotation mark); `~~N` may cross commas, which it does not
 *   count.
 * - `!part`: what follows must not be `part` ("said !to" keeps "said to be a record" out);
 *   `<!part`: the tokens just before must not be `part`, which may only hold literals
 *   (对阿里巴巴 makes the company the object, not the speaker).
 * - `<Cap>`: a capitalised word; `<Name>`: up to six, joined by "of", "and", "for", "de", "&";
 *   `<Num>`: a number; `<Han:a-b>`: a to b Chinese characters; `<Title>`: a 《book title》;
 *   `<QuoteEnd>`: the mark that closes a quotation ('"…," Esper said', '”卢宇说');
 *   `^` and `$`: the start and end of the sentence.
 *
 * The file is compiled once into matchers indexed by the tokens a pattern can start with, so a
 * sentence costs one pass over its tokens plus the few patterns its words can start. A cue that
 * starts inside quotation marks or a 《title》 is someone else's words or a name, not the
 * article's own attribution, and is passed over. When a sentence carries cues of several kinds,
 * the file's `priority` decides (`priorityReasons` there says why).
 */
import type { AttributionCues } from '../kb/attribution-cues-schema';
import { CJK, WORD as WORD_CLASS, classOf } from './char-class';

export const ATTRIBUTION_KINDS = [
  'anonymous',
  'named-official',
  'official-document',
  'company-statement',
  'no-comment',
  'other-outlet',
  'vague',
] as const;

/** How a sentence attributes what it says (see assets/datasets/attribution-cues.json). */
export type AttributionKind = (typeof ATTRIBUTION_KINDS)[number];

export interface AttributionHit {
  kind: AttributionKind;
  /** The sentence, as offsets into the text. */
  start: number;
  end: number;
  /** The words that gave the kind away, as offsets into the text. */
  cueStart: number;
  cueEnd: number;
}

export interface AttributionClassifier {
  /** The kind of one sentence, or null. */
  classify(sentence: string): { kind: AttributionKind; cueStart: number; cueEnd: number } | null;
  /** Every attributing sentence of a text, given its sentence spans (another module splits sentences). */
  find(text: string, sentences: readonly { start: number; end: number }[]): AttributionHit[];
}

/** A problem in the cue file, with where it is (a path into the JSON). */
export interface CueProblem {
  path: (string | number)[];
  message: string;
}

/** Thrown by the pattern compiler; the message names the problem, the caller adds where. */
class CueSyntaxError extends Error {}

// ---------------------------------------------------------------------------------------------
// Tokens: the sentence and the patterns' literals are cut the same way.

const WORD = 1;
const CAP = 2;
const HAN = 4;
const DIGIT = 8;
/** First token of the sentence or of a quotation: a lower-case literal may be capitalised here. */
const OPENING = 16;
const NARROW_STOP = 32;
const WIDE_STOP = 64;
const COMMA = 128;
const CLOSER = 256;
const OPENER = 512;
const QUOTE = 1024;
/** A quotation mark that closes a quotation (”, 」, 』, or the second straight quote of a pair). */
const QUOTE_END = 2048;

/** Marks after which a lower-case literal may be capitalised (a quotation or a clause opens). */
const OPENERS = new Set([...'"“‘\'([:—–「『：（']);
/** Marks a narrow gap (`~N`) does not cross. */
const NARROW_STOPS = new Set([...',;:()"“”「」『』，。；：！？!?（）']);
/** Marks a wide gap (`~~N`) does not cross either. */
const WIDE_STOPS = new Set([...'"“”「」『』。;；！？!?']);
/** Marks a wide gap crosses without counting them. */
const COMMAS = new Set([...',，、']);
/** Marks that may follow the end of a sentence's words (`$`). */
const CLOSERS = new Set([...'"”’\'.!?。！？…)]」』）']);
/** Marks that open or close a quotation or a title. */
const QUOTE_MARKS = new Set([...'"“”「」『』《》']);
/** Marks that join two runs of letters into one word: "didn't", "co-founder", "JD.com", "U.S". */
const isJoiner = (c: number): boolean =>
  c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x26 || c === 0x2d;
const UPPER = /^\p{Lu}/u;
const DIGIT_START = /^\p{Nd}/u;
const SPACE = /^\s$/u;

/** Flags of a mark (a one-character token that is neither a word nor a CJK character). */
function markFlags(mark: string): number {
  let f = 0;
  if (NARROW_STOPS.has(mark)) f |= NARROW_STOP;
  if (WIDE_STOPS.has(mark)) f |= WIDE_STOP;
  if (COMMAS.has(mark)) f |= COMMA;
  if (CLOSERS.has(mark)) f |= CLOSER;
  if (OPENERS.has(mark)) f |= OPENER;
  if (QUOTE_MARKS.has(mark)) f |= QUOTE;
  return f;
}

const SPACE_CLASS = 3;
/**
 * Classes of UTF-16 units (WORD_CLASS, CJK, OTHER or SPACE_CLASS) and flags of one-unit marks,
 * filled on first sight. Made on first use: modules that only take the kinds from here (the
 * message protocol) make neither.
 */
let unitClass = new Uint8Array(0);
let markFlagCache = new Int16Array(0);

function classOfUnit(s: string, i: number): number {
  const c = s.charCodeAt(i);
  let k = unitClass[c]!;
  if (k === 255) {
    if (c >= 0xd800 && c <= 0xdfff) return classOf(s.codePointAt(i)!);
    k = SPACE.test(String.fromCharCode(c)) ? SPACE_CLASS : classOf(c);
    unitClass[c] = k;
  }
  return k;
}

function markFlagsOf(c: number): number {
  if (markFlagCache.length === 0) markFlagCache = new Int16Array(0x10000).fill(-1);
  let f = markFlagCache[c]!;
  if (f < 0) {
    f = markFlags(String.fromCharCode(c));
    markFlagCache[c] = f;
  }
  return f;
}

/**
 * The tokens a cue file names, numbered, with a table to find a token's number straight from
 * the text it sits in: reading a page makes no string per token and hashes no string twice.
 */
class Vocabulary {
  readonly words: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Numbers of one-unit tokens (a Chinese character, a mark, a letter), by unit; -1 for none. */
  private readonly units = new Int32Array(0x10000).fill(-1);
  /** Open addressing on a hash of the units: number + 1 per slot, 0 for an empty one. */
  private table = new Int32Array(0);
  private mask = 0;

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      this.table = new Int32Array(0);
    }
    return id;
  }

  /** The number of the token `s[start, end)`, or -1. */
  find(s: string, start: number, end: number): number {
    if (this.table.length === 0) this.build();
    if (end - start === 1) return this.units[s.charCodeAt(start)]!;
    const table = this.table;
    let slot = hashUnits(s, start, end) & this.mask;
    for (;;) {
      const entry = table[slot]!;
      if (entry === 0) return -1;
      const word = this.words[entry - 1]!;
      if (word.length === end - start && s.startsWith(word, start)) return entry - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  private build(): void {
    let size = 16;
    while (size < this.words.length * 2) size *= 2;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    this.units.fill(-1);
    this.words.forEach((word, id) => {
      if (word.length === 1) {
        this.units[word.charCodeAt(0)] = id;
        return;
      }
      let slot = hashUnits(word, 0, word.length) & this.mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot] = id + 1;
    });
  }
}

/** FNV-1a over UTF-16 units. */
function hashUnits(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** One sentence as tokens; reused from sentence to sentence to spare the garbage collector. */
class Tokens {
  n = 0;
  /** The sentence the tokens were read from. */
  source = '';
  start: number[] = [];
  end: number[] = [];
  flags: number[] = [];
  /** Each token's number in the cue file's vocabulary, or -1. */
  ids: number[] = [];
  hasQuote = false;

  /**
   * Cuts `s` into words (letters and digits of scripts that separate words, with inner
   * apostrophes, dots, ampersands and hyphens), single CJK characters and single marks, and
   * numbers each by the vocabulary if one is given.
   */
  read(s: string, vocabulary: Vocabulary | null): void {
    if (unitClass.length === 0) unitClass = new Uint8Array(0x10000).fill(255);
    const classes = unitClass;
    this.source = s;
    let n = 0;
    let opening = true;
    let quote = false;
    let straightQuotes = 0;
    const length = s.length;
    let i = 0;
    while (i < length) {
      const c = s.charCodeAt(i);
      let k = classes[c]!;
      if (k === 255) k = classOfUnit(s, i);
      if (k === SPACE_CLASS) {
        i += 1;
        continue;
      }
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < length ? 2 : 1;
      let f = 0;
      let j = i + width;
      if (k === CJK) f = HAN;
      else if (k === WORD_CLASS) {
        for (;;) {
          while (j < length) {
            const d = s.charCodeAt(j);
            let kd = classes[d]!;
            if (kd === 255) kd = classOfUnit(s, j);
            if (kd !== WORD_CLASS) break;
            j += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
          }
          if (j + 1 < length && isJoiner(s.charCodeAt(j)) && classOfUnit(s, j + 1) === WORD_CLASS)
            j += 2;
          else break;
        }
        f = WORD;
        if (c >= 65 && c <= 90) f |= CAP;
        else if (c >= 48 && c <= 57) f |= DIGIT;
        else if (c > 127) {
          const head = s.slice(i, i + width);
          if (UPPER.test(head)) f |= CAP;
          else if (DIGIT_START.test(head)) f |= DIGIT;
        }
      }
      if (k !== CJK && k !== WORD_CLASS) f = markFlagsOf(c);
      if (opening) f |= OPENING;
      opening = (f & OPENER) !== 0;
      if (f & QUOTE) {
        quote = true;
        if (c === 0x22) {
          straightQuotes += 1;
          if (straightQuotes % 2 === 0) f |= QUOTE_END;
        } else if (c === 0x201d || c === 0x300d || c === 0x300f) f |= QUOTE_END;
      }
      this.ids[n] = vocabulary === null ? -1 : vocabulary.find(s, i, j);
      this.start[n] = i;
      this.end[n] = j;
      this.flags[n] = f;
      n += 1;
      i = j;
    }
    this.n = n;
    this.hasQuote = quote;
  }
}

let literalTokens: Tokens | null = null;

function tokenizeLiteral(text: string): string[] {
  literalTokens ??= new Tokens();
  literalTokens.read(text, null);
  const tokens: string[] = [];
  for (let i = 0; i < literalTokens.n; i += 1)
    tokens.push(text.slice(literalTokens.start[i], literalTokens.end[i]));
  return tokens;
}

/** Which tokens sit inside quotation marks or a 《title》 (the marks themselves do not). */
function quotedTokens(t: Tokens): Uint8Array {
  const inside = new Uint8Array(t.n);
  const pairs: Record<string, string> = { '“': '”', '「': '」', '『': '』', '《': '》' };
  let open: { at: number; close: string } | null = null;
  const s = t.source;
  let straight = -1;
  let marked = false;
  const mark = (from: number, to: number): void => {
    inside.fill(1, from, to);
    marked = true;
  };
  for (let i = 0; i < t.n; i += 1) {
    if (!(t.flags[i]! & QUOTE)) continue;
    const c = s[t.start[i]!]!;
    if (c === '"') {
      if (straight < 0) straight = i;
      else {
        mark(straight + 1, i);
        straight = -1;
      }
    } else if (open) {
      if (c === open.close) {
        mark(open.at + 1, i);
        open = null;
      }
    } else if (pairs[c]) open = { at: i, close: pairs[c]! };
    // A closing mark with nothing open: the sentence started inside the quotation.
    else if (!marked) mark(0, i);
  }
  if (open) mark(open.at + 1, t.n);
  return inside;
}

// ---------------------------------------------------------------------------------------------
// Parsing

type Atom =
  | { t: 'lit'; text: string }
  | { t: 'set'; name: string }
  | { t: 'elem'; name: string; min: number; max: number }
  | { t: 'alt'; seqs: Item[][] }
  | { t: 'gap'; n: number; wide: boolean }
  | { t: 'start' }
  | { t: 'end' };

interface Item {
  atom: Atom;
  optional: boolean;
  /** A lookaround: `!part` (not followed by) or `<!part` (not preceded by). */
  not?: 'ahead' | 'behind';
}

const ELEMENTS = new Set(['Cap', 'Name', 'Num', 'Han', 'Title', 'QuoteEnd']);

const PATTERN_TOKEN =
  /\s*(\\\S\??|<!|!|~~?\d+|<[A-Za-z]+(?::\d+-\d+)?>\??|@[A-Za-z][\w.-]*\??|\(|\)\??|\||\^|\$|[^\s()|!<~@^$\\][^\s()|]*)/y;

function tokenizePattern(pattern: string): string[] {
  const tokens: string[] = [];
  PATTERN_TOKEN.lastIndex = 0;
  for (;;) {
    const at = PATTERN_TOKEN.lastIndex;
    if (/^\s*$/.test(pattern.slice(at))) break;
    const m = PATTERN_TOKEN.exec(pattern);
    if (!m) throw new CueSyntaxError(`cannot read "${pattern.slice(at).trim()}"`);
    tokens.push(m[1]!);
  }
  return tokens;
}

function parsePattern(pattern: string): Item[] {
  const tokens = tokenizePattern(pattern);
  let i = 0;

  const parseSeq = (inGroup: boolean): Item[] => {
    const items: Item[] = [];
    while (i < tokens.length) {
      const tok = tokens[i]!;
      if (tok === '|' || tok.startsWith(')')) {
        if (!inGroup) throw new CueSyntaxError(`"${tok}" outside a group`);
        break;
      }
      let not: Item['not'];
      if (tok === '!' || tok === '<!') {
        not = tok === '!' ? 'ahead' : 'behind';
        i += 1;
        if (i >= tokens.length) throw new CueSyntaxError(`"${tok}" needs a part after it`);
      }
      const item = parseItem();
      if (not) {
        const t = item.atom.t;
        if (t === 'gap' || t === 'start' || t === 'end')
          throw new CueSyntaxError(`"${tok}" cannot take a gap or an anchor`);
        if (item.optional) throw new CueSyntaxError(`a "${tok}" part cannot also be optional`);
        item.not = not;
      }
      items.push(item);
    }
    return items;
  };

  const parseItem = (): Item => {
    const tok = tokens[i]!;
    i += 1;
    if (tok === '(') {
      const seqs: Item[][] = [parseSeq(true)];
      while (tokens[i] === '|') {
        i += 1;
        seqs.push(parseSeq(true));
      }
      const close = tokens[i];
      if (close === undefined || !close.startsWith(')'))
        throw new CueSyntaxError('"(" is never closed');
      i += 1;
      if (seqs.some((s) => s.length === 0))
        throw new CueSyntaxError('an empty alternative in "( | )"');
      return { atom: { t: 'alt', seqs }, optional: close === ')?' };
    }
    const gap = /^(~~?)(\d+)$/.exec(tok);
    if (gap) {
      const n = Number(gap[2]);
      if (n < 1 || n > 40) throw new CueSyntaxError(`gap "${tok}" must be between 1 and 40`);
      return { atom: { t: 'gap', n, wide: gap[1] === '~~' }, optional: false };
    }
    if (tok === '^') return { atom: { t: 'start' }, optional: false };
    if (tok === '$') return { atom: { t: 'end' }, optional: false };
    const optional = tok.endsWith('?') && tok.length > 1 && tok !== '\\?';
    const body = optional ? tok.slice(0, -1) : tok;
    // `\(` and the like: a mark that is otherwise part of the pattern language, as a literal.
    if (body.startsWith('\\')) return { atom: { t: 'lit', text: body.slice(1) }, optional };
    if (body.startsWith('@')) return { atom: { t: 'set', name: body.slice(1) }, optional };
    const elem = /^<([A-Za-z]+)(?::(\d+)-(\d+))?>$/.exec(body);
    if (elem) {
      const name = elem[1]!;
      if (!ELEMENTS.has(name))
        throw new CueSyntaxError(`unknown part <${name}> (known: ${[...ELEMENTS].join(', ')})`);
      const counted = elem[2] !== undefined;
      const min = counted ? Number(elem[2]) : 1;
      const max = counted ? Number(elem[3]) : 1;
      if (name === 'Han' && (!counted || min < 1 || max < min || max > 20))
        throw new CueSyntaxError('<Han:a-b> needs 1 <= a <= b <= 20');
      if (name !== 'Han' && counted) throw new CueSyntaxError(`<${name}> takes no count`);
      return { atom: { t: 'elem', name, min, max }, optional };
    }
    return { atom: { t: 'lit', text: body }, optional };
  };

  const items = parseSeq(false);
  if (i < tokens.length) throw new CueSyntaxError(`unexpected "${tokens[i]}"`);
  if (items.length === 0) throw new CueSyntaxError('the pattern is empty');
  return items;
}

// ---------------------------------------------------------------------------------------------
// Compiling to a graph of nodes
//
// Each pattern becomes a chain of nodes, each knowing the node after it, with sets copied in at
// every place they are used (their literal items share one trie). Matching walks the chain and
// recurses only where there is a choice (alternatives, gaps, names), so no closure is made per
// step and the search stops at the first way through.

const LIT = 0;
const TRIE = 1;
const ALT = 2;
const GAP = 3;
const WIDE_GAP = 4;
const NOT_AHEAD = 5;
const NOT_BEHIND = 6;
const CAP_WORD = 7;
const NUM = 8;
const NAME = 9;
const HAN_RUN = 10;
const TITLE = 11;
const START = 12;
const END = 13;
const QUOTE_END_MARK = 14;
const ACCEPT = 15;
/** End of a `!part`: a way through was found, and nothing is recorded. */
const PROBE = 16;

/** One literal token: its text, and the capitalised form allowed (everywhere, or at an opening). */
interface LitToken {
  text: string;
  cap: string | null;
  capAnywhere: boolean;
  /** Vocabulary numbers of `text` and `cap` (-1 for none): matching compares numbers. */
  id: number;
  capId: number;
}

interface TrieNode {
  exact: Map<number, TrieNode>;
  /** Capitalised forms of lower-case literals, taken only at an opening. */
  atOpening: Map<number, TrieNode>;
  terminal: boolean;
}

/** The tokens a part can start with: to index patterns, and to skip branches that cannot start. */
interface First {
  /** Vocabulary numbers. */
  keys: Set<number>;
  cap: boolean;
  num: boolean;
  han: boolean;
  any: boolean;
  /** The part can match no token at all. */
  nullable: boolean;
}

/** All node kinds share one shape, so the matcher's property reads stay monomorphic. */
interface Node {
  kind: number;
  next: Node | null;
  lits: LitToken[] | null;
  root: TrieNode | null;
  branches: Node[] | null;
  guards: (First | null)[] | null;
  body: Node | null;
  behind: LitToken[][] | null;
  /**
   * Where a gap, name or run of characters may end: the tokens the rest of its sequence can start
   * with (null when that rest may be empty), so the matcher skips ends that lead nowhere.
   */
  follow: First | null;
  min: number;
  max: number;
}

const node = (kind: number, next: Node | null, fields: Partial<Node> = {}): Node => ({
  kind,
  next,
  lits: null,
  root: null,
  branches: null,
  guards: null,
  body: null,
  behind: null,
  follow: null,
  min: 0,
  max: 0,
  ...fields,
});

const ACCEPT_NODE = node(ACCEPT, null);
const PROBE_NODE = node(PROBE, null);

const emptyFirst = (nullable: boolean): First => ({
  keys: new Set(),
  cap: false,
  num: false,
  han: false,
  any: false,
  nullable,
});

function addFirst(into: First, from: First): void {
  for (const key of from.keys) into.keys.add(key);
  into.cap ||= from.cap;
  into.num ||= from.num;
  into.han ||= from.han;
  into.any ||= from.any;
}

const keysOf = (lit: LitToken): number[] => (lit.capId < 0 ? [lit.id] : [lit.id, lit.capId]);

/**
 * Tokens that every vocabulary numbers first, so that the matcher knows their numbers: the
 * marks of a 《title》 and the small words that join the parts of a name.
 */
const FIXED_VOCABULARY = ['《', '》', 'of', 'and', 'for', 'de', '&'];
const TITLE_OPEN = 0;
const TITLE_CLOSE = 1;
const isNameJoiner = (id: number): boolean => id >= 2 && id <= 6;
/** The marks that can close a quotation; which one does is told by the QUOTE_END flag. */
const QUOTE_ENDS = ['"', '”', '」', '』'];

/**
 * Words too common to tell sentences apart: a trigger list holding one of them is passed over
 * for a rarer one. An optimisation only; the cues do not depend on it.
 */
const COMMON = new Set(
  'the a an of to in and or for on at by with from as its it is was are were be that this has have had not'
    .split(' ')
    .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]),
);

/** The better trigger list of several: no common word if possible, then the shortest. */
function rarest(lists: Set<number>[], words: readonly string[]): Set<number> | null {
  let best: Set<number> | null = null;
  let bestScore = Infinity;
  for (const list of lists) {
    let common = false;
    for (const key of list) if (COMMON.has(words[key]!)) common = true;
    const score = (common ? 1e6 : 0) + list.size;
    if (score < bestScore) {
      best = list;
      bestScore = score;
    }
  }
  return best;
}

function trieInsert(root: TrieNode, tokens: LitToken[]): void {
  let at = root;
  for (const lit of tokens) {
    let child = at.exact.get(lit.id);
    if (!child) {
      child = { exact: new Map(), atOpening: new Map(), terminal: false };
      at.exact.set(lit.id, child);
    }
    if (lit.capId >= 0) {
      const map = lit.capAnywhere ? at.exact : at.atOpening;
      if (!map.has(lit.capId)) map.set(lit.capId, child);
    }
    at = child;
  }
  at.terminal = true;
}

interface CueSet {
  anyCase?: boolean;
  items: string[];
}

interface SetParts {
  /** The items made of plain literals, in one trie, with the tokens they start with. */
  root: TrieNode;
  rootFirst: First;
  /** The other items, parsed. */
  others: Item[][];
  first: First;
  /** One trigger list per item, joined; null when an item has none. */
  required: Set<number> | null;
}

class Compiler {
  private readonly parsedSets = new Map<string, Item[][]>();
  private readonly setParts = new Map<string, SetParts>();
  private readonly open: string[] = [];
  /** Every token the cue file names, numbered. */
  readonly vocabulary = new Vocabulary();

  constructor(private readonly sets: Readonly<Record<string, CueSet>>) {
    for (const word of FIXED_VOCABULARY) this.idOf(word);
  }

  idOf(word: string): number {
    return this.vocabulary.idOf(word);
  }

  private litTokens(text: string, anyCase: boolean): LitToken[] {
    const tokens = tokenizeLiteral(text);
    if (tokens.length === 0) throw new CueSyntaxError(`"${text}" holds no token`);
    return tokens.map((token) => {
      const head = token[0]!;
      const upper = head.toUpperCase();
      const capitalisable = head !== upper && head === head.toLowerCase();
      const cap = capitalisable ? upper + token.slice(1) : null;
      return {
        text: token,
        cap,
        capAnywhere: anyCase,
        id: this.idOf(token),
        capId: cap === null ? -1 : this.idOf(cap),
      };
    });
  }

  private rarest(lists: Set<number>[]): Set<number> | null {
    return rarest(lists, this.vocabulary.words);
  }

  compilePattern(pattern: string): { head: Node; first: First; required: Set<number>[] } {
    const items = parsePattern(pattern);
    const full = this.firstOfSeq(items, false);
    if (full.nullable) throw new CueSyntaxError('the pattern can match nothing at all');
    // A match that opens with optional parts is also found from the part after them, so the
    // pattern is indexed there only: "(the|a|an)? … notice said" is not tried at every "the".
    const anchor = this.anchorOfSeq(items, false);
    const first = anchor.any || anchor.nullable ? full : anchor;
    return {
      head: this.seq(items, false, ACCEPT_NODE),
      first,
      required: this.requiredOfSeq(items, false),
    };
  }

  /** Parses every item of a set once; a bad item is reported against the set, not its users. */
  private setItems(name: string): Item[][] {
    const cached = this.parsedSets.get(name);
    if (cached) return cached;
    const set = this.sets[name];
    if (!set) throw new CueSyntaxError(`unknown set @${name}`);
    const parsed = set.items.map((item, index) => {
      try {
        return parsePattern(item);
      } catch (error) {
        throw new CueSyntaxError(
          `in set @${name}, item ${index} ("${item}"): ${(error as Error).message}`,
        );
      }
    });
    this.parsedSets.set(name, parsed);
    return parsed;
  }

  private ownCase(name: string, anyCase: boolean): boolean {
    return this.sets[name]?.anyCase === true || anyCase;
  }

  /** Runs `work` inside set `name`, refusing a set that uses itself. */
  private inside<T>(name: string, work: () => T): T {
    if (this.open.includes(name))
      throw new CueSyntaxError(`set @${name} uses itself (${[...this.open, name].join(' > ')})`);
    this.open.push(name);
    try {
      return work();
    } finally {
      this.open.pop();
    }
  }

  private parts(name: string, anyCase: boolean): SetParts {
    const own = this.ownCase(name, anyCase);
    const key = `${name}\u0000${own}`;
    const cached = this.setParts.get(key);
    if (cached) return cached;
    const items = this.setItems(name);
    const parts = this.inside(name, () => {
      const root: TrieNode = { exact: new Map(), atOpening: new Map(), terminal: false };
      const rootFirst = emptyFirst(false);
      const others: Item[][] = [];
      const first = emptyFirst(false);
      let required: Set<number> | null = new Set();
      for (const item of items) {
        const plain = item.every((p) => p.atom.t === 'lit' && !p.optional && !p.not);
        if (plain) {
          const tokens = item.flatMap((p) =>
            this.litTokens((p.atom as { text: string }).text, own),
          );
          trieInsert(root, tokens);
          for (const k of keysOf(tokens[0]!)) rootFirst.keys.add(k);
        } else {
          others.push(item);
          const f = this.firstOfSeq(item, own);
          addFirst(first, f);
          first.nullable ||= f.nullable;
        }
        const pick = this.rarest(this.requiredOfSeq(item, own));
        if (pick === null) required = null;
        else if (required !== null) for (const k of pick) required.add(k);
      }
      addFirst(first, rootFirst);
      return { root, rootFirst, others, first, required };
    });
    this.setParts.set(key, parts);
    return parts;
  }

  // First tokens and triggers.

  private firstOfSeq(items: Item[], anyCase: boolean): First {
    const first = emptyFirst(true);
    for (const item of items) {
      if (item.not) continue;
      const f = this.firstOfAtom(item.atom, anyCase);
      addFirst(first, f);
      if (!item.optional && !f.nullable) {
        first.nullable = false;
        break;
      }
    }
    return first;
  }

  private firstOfAtom(atom: Atom, anyCase: boolean): First {
    switch (atom.t) {
      case 'lit': {
        const f = emptyFirst(false);
        for (const k of keysOf(this.litTokens(atom.text, anyCase)[0]!)) f.keys.add(k);
        return f;
      }
      case 'alt': {
        const f = emptyFirst(false);
        for (const seq of atom.seqs) {
          const s = this.firstOfSeq(seq, anyCase);
          addFirst(f, s);
          f.nullable ||= s.nullable;
        }
        return f;
      }
      case 'set':
        return this.parts(atom.name, anyCase).first;
      case 'elem':
        if (atom.name === 'Title') return { ...emptyFirst(false), keys: new Set([TITLE_OPEN]) };
        if (atom.name === 'QuoteEnd')
          return { ...emptyFirst(false), keys: new Set(QUOTE_ENDS.map((q) => this.idOf(q))) };
        if (atom.name === 'Num') return { ...emptyFirst(false), num: true };
        if (atom.name === 'Han') return { ...emptyFirst(false), han: true };
        return { ...emptyFirst(false), cap: true };
      case 'gap':
        return { ...emptyFirst(true), any: true };
      default:
        return emptyFirst(true);
    }
  }

  /**
   * The tokens a match can be found from when optional leading parts are left out: the first
   * tokens of the first part that cannot be skipped, looking into sets and groups.
   */
  private anchorOfSeq(items: Item[], anyCase: boolean): First {
    const anchor = emptyFirst(true);
    for (const item of items) {
      if (item.not || item.optional) continue;
      const a = this.anchorOfAtom(item.atom, anyCase);
      addFirst(anchor, a);
      if (!a.nullable) {
        anchor.nullable = false;
        break;
      }
    }
    return anchor;
  }

  private anchorOfAtom(atom: Atom, anyCase: boolean): First {
    const union = (seqs: Item[][], own: boolean): First => {
      const f = emptyFirst(false);
      for (const seq of seqs) {
        const a = this.anchorOfSeq(seq, own);
        addFirst(f, a);
        f.nullable ||= a.nullable;
      }
      return f;
    };
    if (atom.t === 'alt') return union(atom.seqs, anyCase);
    if (atom.t === 'set') {
      const own = this.ownCase(atom.name, anyCase);
      return this.inside(atom.name, () => union(this.setItems(atom.name), own));
    }
    return this.firstOfAtom(atom, anyCase);
  }

  /** Token lists a sentence must hold one token of each, for the sequence to match in it. */
  private requiredOfSeq(items: Item[], anyCase: boolean): Set<number>[] {
    const lists: Set<number>[] = [];
    for (const item of items) {
      if (item.optional || item.not) continue;
      const atom = item.atom;
      if (atom.t === 'lit') {
        const lits = this.litTokens(atom.text, anyCase);
        const pick = this.rarest(lits.map((lit) => new Set(keysOf(lit))));
        if (pick) lists.push(pick);
      } else if (atom.t === 'set') {
        const required = this.parts(atom.name, anyCase).required;
        if (required && required.size > 0) lists.push(required);
      } else if (atom.t === 'alt') {
        const joined = new Set<number>();
        let all = true;
        for (const seq of atom.seqs) {
          const pick = this.rarest(this.requiredOfSeq(seq, anyCase));
          if (pick === null) all = false;
          else for (const k of pick) joined.add(k);
        }
        if (all && joined.size > 0) lists.push(joined);
      }
    }
    return lists;
  }

  // Nodes.

  private seq(items: Item[], anyCase: boolean, next: Node): Node {
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (first.atom.t === 'gap' || last.atom.t === 'gap')
      throw new CueSyntaxError('a gap must sit between two parts');
    let at = next;
    for (let k = items.length - 1; k >= 0; k -= 1) {
      at = this.part(items[k]!, anyCase, at);
      const kind = at.kind;
      if (kind === GAP || kind === WIDE_GAP || kind === NAME || kind === HAN_RUN)
        at.follow = guard(this.firstOfSeq(items.slice(k + 1), anyCase));
    }
    return at;
  }

  private part(item: Item, anyCase: boolean, next: Node): Node {
    if (item.not === 'ahead')
      return node(NOT_AHEAD, next, { body: this.atom(item.atom, anyCase, PROBE_NODE) });
    if (item.not === 'behind')
      return node(NOT_BEHIND, next, { behind: this.literalSequences(item.atom, anyCase) });
    const body = this.atom(item.atom, anyCase, next);
    if (!item.optional) return body;
    return node(ALT, next, {
      branches: [body, next],
      guards: [guard(this.firstOfAtom(item.atom, anyCase)), null],
    });
  }

  private atom(atom: Atom, anyCase: boolean, next: Node): Node {
    switch (atom.t) {
      case 'lit':
        return node(LIT, next, { lits: this.litTokens(atom.text, anyCase) });
      case 'alt':
        return node(ALT, next, {
          branches: atom.seqs.map((seq) => this.seq(seq, anyCase, next)),
          guards: atom.seqs.map((seq) => guard(this.firstOfSeq(seq, anyCase))),
        });
      case 'set': {
        const own = this.ownCase(atom.name, anyCase);
        const parts = this.parts(atom.name, anyCase);
        const trie = node(TRIE, next, { root: parts.root });
        if (parts.others.length === 0) return trie;
        const others = this.inside(atom.name, () =>
          parts.others.map((item) => this.seq(item, own, next)),
        );
        return node(ALT, next, {
          branches: [trie, ...others],
          guards: [
            guard(parts.rootFirst),
            ...parts.others.map((item) => guard(this.firstOfSeq(item, own))),
          ],
        });
      }
      case 'elem': {
        const kind = {
          Cap: CAP_WORD,
          Name: NAME,
          Num: NUM,
          Han: HAN_RUN,
          Title: TITLE,
          QuoteEnd: QUOTE_END_MARK,
        }[atom.name];
        if (kind === undefined) throw new CueSyntaxError(`unknown part <${atom.name}>`);
        return node(kind, next, { min: atom.min, max: atom.max });
      }
      case 'gap':
        return node(atom.wide ? WIDE_GAP : GAP, next, { max: atom.n });
      case 'start':
        return node(START, next);
      case 'end':
        return node(END, next);
    }
  }

  /** The literal token sequences a `<!part` stands for. */
  private literalSequences(atom: Atom, anyCase: boolean): LitToken[][] {
    switch (atom.t) {
      case 'lit':
        return [this.litTokens(atom.text, anyCase)];
      case 'alt':
        return atom.seqs.flatMap((seq) => this.literalSeq(seq, anyCase));
      case 'set': {
        const own = this.ownCase(atom.name, anyCase);
        return this.inside(atom.name, () =>
          this.setItems(atom.name).flatMap((seq) => this.literalSeq(seq, own)),
        );
      }
      default:
        throw new CueSyntaxError('"<!" takes only literals, or groups and sets of literals');
    }
  }

  private literalSeq(seq: Item[], anyCase: boolean): LitToken[][] {
    let out: LitToken[][] = [[]];
    for (const item of seq) {
      if (item.optional || item.not)
        throw new CueSyntaxError('"<!" takes only literals, or groups and sets of literals');
      const options = this.literalSequences(item.atom, anyCase);
      out = out.flatMap((head) => options.map((tail) => [...head, ...tail]));
    }
    return out;
  }
}

/** A branch is tried only at a token it can start with; one that can start anywhere is not guarded. */
const guard = (first: First): First | null => (first.nullable || first.any ? null : first);

// ---------------------------------------------------------------------------------------------
// Matching

const tokenMatches = (t: Tokens, i: number, lit: LitToken): boolean => {
  const id = t.ids[i]!;
  return (
    id === lit.id ||
    (id === lit.capId && id >= 0 && (lit.capAnywhere || (t.flags[i]! & OPENING) !== 0))
  );
};

function canStart(first: First, t: Tokens, p: number): boolean {
  if (p >= t.n) return false;
  const f = t.flags[p]!;
  return (
    first.keys.has(t.ids[p]!) ||
    (first.cap && (f & CAP) !== 0) ||
    (first.num && (f & DIGIT) !== 0) ||
    (first.han && (f & HAN) !== 0)
  );
}

/** Where the last match ended (the token after it); set by the accepting node. */
let matchedEnd = 0;

/** Longest item first: the cue then spans "Bloomberg News" rather than "Bloomberg". */
function trieRun(at: TrieNode, t: Tokens, i: number, next: Node): boolean {
  if (i < t.n) {
    const id = t.ids[i]!;
    const a = at.exact.get(id);
    if (a !== undefined && trieRun(a, t, i + 1, next)) return true;
    if (t.flags[i]! & OPENING) {
      const b = at.atOpening.get(id);
      if (b !== undefined && b !== a && trieRun(b, t, i + 1, next)) return true;
    }
  }
  return at.terminal && run(next, t, i);
}

function run(start: Node, t: Tokens, pos: number): boolean {
  let at = start;
  let p = pos;
  for (;;) {
    switch (at.kind) {
      case ACCEPT:
        matchedEnd = p;
        return true;
      case PROBE:
        return true;
      case LIT: {
        const lits = at.lits!;
        if (p + lits.length > t.n) return false;
        for (let j = 0; j < lits.length; j += 1)
          if (!tokenMatches(t, p + j, lits[j]!)) return false;
        p += lits.length;
        break;
      }
      case TRIE:
        return trieRun(at.root!, t, p, at.next!);
      case ALT: {
        const branches = at.branches!;
        const guards = at.guards!;
        for (let b = 0; b < branches.length; b += 1) {
          const g = guards[b];
          if (g && !canStart(g, t, p)) continue;
          if (run(branches[b]!, t, p)) return true;
        }
        return false;
      }
      case GAP: {
        const next = at.next!;
        const follow = at.follow;
        for (let j = 0; j <= at.max; j += 1) {
          if (j > 0) {
            const i = p + j - 1;
            if (i >= t.n || t.flags[i]! & NARROW_STOP) return false;
          }
          if ((follow === null || canStart(follow, t, p + j)) && run(next, t, p + j)) return true;
        }
        return false;
      }
      case WIDE_GAP: {
        const next = at.next!;
        const follow = at.follow;
        let counted = 0;
        for (let i = p; ; i += 1) {
          if ((follow === null || canStart(follow, t, i)) && run(next, t, i)) return true;
          if (i >= t.n) return false;
          const f = t.flags[i]!;
          if (f & WIDE_STOP) return false;
          if (!(f & COMMA)) counted += 1;
          if (counted > at.max) return false;
        }
      }
      case NOT_AHEAD:
        if (run(at.body!, t, p)) return false;
        break;
      case NOT_BEHIND: {
        for (const seq of at.behind!) {
          const from = p - seq.length;
          if (from < 0) continue;
          let all = true;
          for (let j = 0; j < seq.length && all; j += 1) all = tokenMatches(t, from + j, seq[j]!);
          if (all) return false;
        }
        break;
      }
      case CAP_WORD:
        if (p >= t.n || !(t.flags[p]! & CAP)) return false;
        p += 1;
        break;
      case QUOTE_END_MARK:
        if (p >= t.n || !(t.flags[p]! & QUOTE_END)) return false;
        p += 1;
        break;
      case NUM:
        if (p >= t.n || !(t.flags[p]! & DIGIT)) return false;
        p += 1;
        break;
      case NAME: {
        if (p >= t.n || !(t.flags[p]! & CAP)) return false;
        // The ends of the name's possible lengths, longest tried first.
        const ends: number[] = [p + 1];
        let i = p + 1;
        for (let words = 1; words < 6; words += 1) {
          let j = i;
          if (j < t.n && isNameJoiner(t.ids[j]!)) j += 1;
          if (j < t.n && t.flags[j]! & CAP) {
            i = j + 1;
            ends.push(i);
          } else break;
        }
        const next = at.next!;
        const follow = at.follow;
        for (let e = ends.length - 1; e >= 0; e -= 1) {
          const end = ends[e]!;
          if ((follow === null || canStart(follow, t, end)) && run(next, t, end)) return true;
        }
        return false;
      }
      case HAN_RUN: {
        let length = 0;
        while (length < at.max && p + length < t.n && t.flags[p + length]! & HAN) length += 1;
        const next = at.next!;
        const follow = at.follow;
        for (let l = length; l >= at.min; l -= 1) {
          if ((follow === null || canStart(follow, t, p + l)) && run(next, t, p + l)) return true;
        }
        return false;
      }
      case TITLE: {
        if (t.ids[p] !== TITLE_OPEN) return false;
        const last = Math.min(t.n, p + 42);
        let close = -1;
        for (let i = p + 1; i < last && close < 0; i += 1) {
          const id = t.ids[i];
          if (id === TITLE_OPEN) return false;
          if (id === TITLE_CLOSE) close = i;
        }
        if (close <= p + 1) return false;
        p = close + 1;
        break;
      }
      case START:
        for (let i = 0; i < p; i += 1) if (!(t.flags[i]! & OPENER)) return false;
        break;
      case END:
        for (let i = p; i < t.n; i += 1) if (!(t.flags[i]! & CLOSER)) return false;
        break;
      default:
        return false;
    }
    at = at.next!;
  }
}

// ---------------------------------------------------------------------------------------------
// Checking and compiling a cue file

interface Entry {
  /** Place in the priority: lower wins. */
  rank: number;
  head: Node;
  /** Trigger lists the sentence must hold a token of each, by number. */
  required: number[];
}

/** What one token text can do: start these patterns, meet these trigger lists. */
interface TokenRole {
  id: number;
  starts: Entry[];
  triggers: number[];
}

interface CompiledCues {
  priority: AttributionKind[];
  /** By vocabulary number. */
  roles: TokenRole[];
  vocabulary: Vocabulary;
  triggerCount: number;
  atCap: Entry[];
  atNum: Entry[];
  atHan: Entry[];
}

function compileAll(data: AttributionCues, problems: CueProblem[] | null): CompiledCues {
  const compiler = new Compiler(data.sets);
  const priority = [...data.priority];
  const cues: CompiledCues = {
    priority,
    roles: [],
    vocabulary: compiler.vocabulary,
    triggerCount: 0,
    atCap: [],
    atNum: [],
    atHan: [],
  };
  const roles = cues.roles;
  const role = (id: number): TokenRole => (roles[id] ??= { id, starts: [], triggers: [] });
  const triggerIds = new Map<string, number>();
  const triggerId = (keys: Set<number>): number => {
    const name = [...keys].sort().join('\u0000');
    let id = triggerIds.get(name);
    if (id === undefined) {
      id = triggerIds.size;
      triggerIds.set(name, id);
      for (const key of keys) role(key).triggers.push(id);
    }
    return id;
  };
  const fail = (path: (string | number)[], message: string): void => {
    if (!problems) throw new Error(`attribution cues: ${path.join('.')}: ${message}`);
    problems.push({ path, message });
  };
  for (const kind of ATTRIBUTION_KINDS) {
    const rank = priority.indexOf(kind);
    for (const lang of ['en', 'zh'] as const) {
      data.kinds[kind][lang].forEach((pattern, index) => {
        let compiled: ReturnType<Compiler['compilePattern']>;
        try {
          compiled = compiler.compilePattern(pattern);
        } catch (error) {
          if (!(error instanceof CueSyntaxError)) throw error;
          fail(['kinds', kind, lang, index], `"${pattern}": ${error.message}`);
          return;
        }
        const { head, first, required } = compiled;
        const entry: Entry = { rank, head, required: [...new Set(required.map(triggerId))] };
        // A pattern cannot start with a gap, so `first.any` never holds here.
        for (const key of first.keys) role(key).starts.push(entry);
        if (first.cap) cues.atCap.push(entry);
        if (first.num) cues.atNum.push(entry);
        if (first.han) cues.atHan.push(entry);
      });
    }
  }
  cues.triggerCount = triggerIds.size;
  compiler.vocabulary.words.forEach((_word, id) => role(id));
  // Within each list the kinds that win come first, so a search can stop at the first loser.
  const byRank = (a: Entry, b: Entry): number => a.rank - b.rank;
  for (const { starts } of roles) starts.sort(byRank);
  for (const list of [cues.atCap, cues.atNum, cues.atHan]) list.sort(byRank);
  return cues;
}

/**
 * Every problem the compiler finds in a cue file that already has the right shape: unknown sets
 * or parts, unbalanced groups, misplaced gaps, sets that use themselves. The schema reports them
 * as its own issues.
 */
export function attributionCueProblems(data: AttributionCues): CueProblem[] {
  const problems: CueProblem[] = [];
  compileAll(data, problems);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Classifying

export function compileAttributionCues(data: AttributionCues): AttributionClassifier {
  const {
    priority,
    roles: rolesById,
    vocabulary,
    triggerCount,
    atCap,
    atNum,
    atHan,
  } = compileAll(data, null);
  const t = new Tokens();
  /** The token roles of the sentence being read, by token. */
  const roles: (TokenRole | undefined)[] = [];
  /** Trigger lists met by the sentence being read: those stamped with its number. */
  const met = new Uint32Array(triggerCount);
  let stamp = 0;
  // The best cue found so far in the sentence being read.
  let best = 0;
  let cueStart = 0;
  let cueEnd = 0;
  // Patterns that start at any capitalised word, number or character, narrowed once per
  // sentence to those whose triggers it meets.
  const capReady: Entry[] = [];
  const numReady: Entry[] = [];
  const hanReady: Entry[] = [];

  const isReady = (entry: Entry): boolean => {
    for (const id of entry.required) if (met[id] !== stamp) return false;
    return true;
  };
  const narrow = (from: readonly Entry[], into: Entry[]): void => {
    into.length = 0;
    for (const entry of from) if (isReady(entry)) into.push(entry);
  };
  const attempt = (list: readonly Entry[], i: number): void => {
    for (const entry of list) {
      if (entry.rank >= best) return;
      if (isReady(entry) && run(entry.head, t, i)) {
        best = entry.rank;
        cueStart = t.start[i]!;
        cueEnd = t.end[matchedEnd - 1]!;
        return;
      }
    }
  };

  const classify: AttributionClassifier['classify'] = (sentence) => {
    t.read(sentence, vocabulary);
    stamp = stamp === 0xffffffff ? 1 : stamp + 1;
    if (stamp === 1) met.fill(0);
    let anyTrigger = false;
    for (let i = 0; i < t.n; i += 1) {
      const id = t.ids[i]!;
      const role = id < 0 ? undefined : rolesById[id];
      roles[i] = role;
      if (role === undefined) continue;
      const triggers = role.triggers;
      if (triggers.length === 0) continue;
      anyTrigger = true;
      for (const id of triggers) met[id] = stamp;
    }
    if (!anyTrigger) return null;
    const quoted = t.hasQuote ? quotedTokens(t) : null;
    let narrowed = false;
    best = priority.length;
    for (let i = 0; i < t.n && best > 0; i += 1) {
      if (quoted !== null && quoted[i] === 1) continue;
      const f = t.flags[i]!;
      const role = roles[i];
      if (role !== undefined && role.starts.length > 0) attempt(role.starts, i);
      if (f & (CAP | DIGIT | HAN) && !narrowed) {
        narrow(atCap, capReady);
        narrow(atNum, numReady);
        narrow(atHan, hanReady);
        narrowed = true;
      }
      // Patterns that open on any capitalised word start where a run of them starts: a name is
      // read from its first word, not again from each of the others.
      if (f & CAP && capReady.length > 0 && (i === 0 || !(t.flags[i - 1]! & CAP)))
        attempt(capReady, i);
      if (f & DIGIT && numReady.length > 0) attempt(numReady, i);
      if (f & HAN && hanReady.length > 0) attempt(hanReady, i);
    }
    if (best === priority.length) return null;
    return { kind: priority[best]!, cueStart, cueEnd };
  };

  return {
    classify,
    find(text, sentences) {
      const hits: AttributionHit[] = [];
      for (const { start, end } of sentences) {
        const found = classify(text.slice(start, end));
        if (found)
          hits.push({
            kind: found.kind,
            start,
            end,
            cueStart: start + found.cueStart,
            cueEnd: start + found.cueEnd,
          });
      }
      return hits;
    },
  };
}
