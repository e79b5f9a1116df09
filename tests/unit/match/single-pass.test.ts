/**
 * The one-pass matcher against the way it used to work: page text folded by `foldPage` must be
 * exactly what `normalize` gives, the automaton's dense rows must find what a naive search
 * finds, and the whole matcher must return exactly the mentions of the string-based matcher
 * kept in reference-matcher.ts, on random texts made of aliases and every kind of character
 * that folding treats specially.
 */
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Actor } from '../../../lib/kb/schema';
import { buildAutomaton, createMatcher, normalize, normalizeTerm } from '../../../lib/match';
import { matchList } from '../../../lib/match/automaton';
import { foldKeepCase, foldPage, foldedPage, foldsKeepCaseTo } from '../../../lib/match/normalize';
import { readCore } from '../kb/helpers';
import { all } from './actors';
import { referenceMatcher } from './reference-matcher';

/** Deterministic pseudo-random numbers, so a failing case can be replayed. */
const rng = (seed: number) => () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};

/** Characters that folding does not map one to one, or maps to something else. */
const SPECIAL = [
  'ＰＢｏＣ', // full-width letters
  '　', // ideographic space
  'ﬁ', // ligatures, expanding to two or three letters
  'ﬃ',
  'ﬆ',
  '\u00AD', // soft hyphen
  '\u200B', // zero-width space, joiner, non-joiner, word joiner, BOM
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  ' ',
  '  ',
  '\n\n',
  '\t',
  '\u00A0', // no-break spaces
  '\u202F',
  '\r\n',
  '’', // curly apostrophes and quotes
  '‘',
  '“',
  '”',
  '–', // dashes
  '—',
  '𝐁𝐥𝐨𝐨𝐦𝐛𝐞𝐫𝐠', // mathematical letters
  '𝐀𝐧𝐭',
  '😀', // other astral characters
  '𐐀', // an astral letter with a lower case of its own
  '\uD800', // lone surrogates
  '\uDC00',
  '\uFFFF',
  'İ', // capital I with dot
  'ÉCOLE',
  '中国人民银行', // CJK
  '央行',
  '蚂蚁',
  '。',
  '.',
  '. ',
  '! ',
  ', ',
  '"',
  "'s",
  'ﾊﾟ', // half-width katakana
];

const WORDS = [
  'the',
  'said',
  'Mr.',
  'U.S.',
  'Co.',
  'Ltd.',
  'in',
  'colony',
  '40',
  'Music',
  'Michael',
  'European Central Bank',
  'eurozone',
  'China',
  'Beijing',
  'x',
];

/** A text of aliases, names, context terms and special characters, glued at random. */
function randomText(next: () => number, terms: readonly string[], parts: number): string {
  let text = '';
  for (let k = 0; k < parts; k++) {
    const r = next();
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    let piece = r < 0.35 ? pick(terms) : r < 0.7 ? pick(SPECIAL) : pick(WORDS);
    // Vary the case of what is written, so case rules are exercised both ways.
    const c = next();
    if (c < 0.15) piece = piece.toUpperCase();
    else if (c < 0.3) piece = piece.toLowerCase();
    // Sometimes glue pieces together, sometimes split a piece with a special character.
    if (next() < 0.15 && piece.length > 2) {
      const at = 1 + Math.floor(next() * (piece.length - 1));
      piece = piece.slice(0, at) + pick(SPECIAL) + piece.slice(at);
    }
    text += piece + (next() < 0.6 ? ' ' : '');
  }
  return text;
}

/** Every alias, name and context term of the actors, as the knowledge base writes them. */
function termsOf(actors: readonly Actor[]): string[] {
  const out: string[] = [];
  for (const a of actors) {
    for (const n of [a.names.en, a.names.zh, a.names.zhHant]) if (n) out.push(n);
    for (const alias of a.aliases) {
      out.push(alias.text);
      const rule = alias.context;
      if (!rule) continue;
      for (const list of [
        rule.notFollowedBy,
        rule.notPrecededBy,
        rule.pageMentionsAny,
        rule.sentenceExcludes,
      ]) {
        if (list) out.push(...list.map((t) => t.trim()).filter((t) => t.length > 0));
      }
    }
  }
  return out;
}

describe('foldPage', () => {
  it('folds exactly as normalize does, unit by unit and offset by offset', () => {
    const next = rng(11);
    const page = foldedPage();
    const terms = termsOf(all);
    // One buffer through texts long and short, so reuse is checked along the way.
    for (let round = 0; round < 400; round++) {
      const text = randomText(next, terms, Math.floor(next() * (round % 10 === 0 ? 400 : 40)));
      const expected = normalize(text);
      foldPage(text, page);
      expect(String.fromCharCode(...page.units.subarray(0, page.length))).toBe(expected.text);
      expect(Array.from(page.toOriginal.subarray(0, page.length + 1))).toEqual(
        Array.from(expected.toOriginal),
      );
    }
  });

  it('grows its buffers for a text made only of ligatures', () => {
    const page = foldedPage();
    foldPage('a', page);
    const text = 'ﬃ'.repeat(1000);
    foldPage(text, page);
    expect(page.length).toBe(3000);
    expect(page.toOriginal[2999]).toBe(999);
    expect(page.toOriginal[3000]).toBe(1000);
  });

  it('treats every character in turn as normalize does', () => {
    const page = foldedPage();
    for (let c = 0; c < 0x10000; c += 1) {
      const text = `a${String.fromCharCode(c)} ${String.fromCharCode(c)}b`;
      foldPage(text, page);
      const expected = normalize(text);
      expect(page.length).toBe(expected.text.length);
      for (let j = 0; j < page.length; j++) {
        if (page.units[j] !== expected.text.charCodeAt(j)) {
          throw new Error(`U+${c.toString(16)} folds differently at ${j}`);
        }
      }
    }
  });
});

describe('foldsKeepCaseTo', () => {
  it('answers as comparing with foldKeepCase does', () => {
    const next = rng(17);
    const keys = ['PBoC', 'PBOC', 'CAC', 'JD', 'Ant', 'ﬁnance', 'A B', '𝐀𝐧𝐭', 'Ant\u00AD'];
    let equal = 0;
    for (let round = 0; round < 3000; round++) {
      const text = randomText(next, keys, 6);
      const from = Math.floor(next() * text.length);
      const to = Math.min(text.length, from + Math.floor(next() * 8));
      // Keys are either a fold of the slice itself, or an unrelated one.
      const key = next() < 0.5 ? foldKeepCase(text.slice(from, to)) : keys[round % keys.length]!;
      const expected = foldKeepCase(text.slice(from, to)) === key;
      expect(foldsKeepCaseTo(text, from, to, key)).toBe(expected);
      if (expected) equal++;
    }
    expect(equal).toBeGreaterThan(1000);
  });
});

describe('automaton: dense rows and the sparse path', () => {
  const naive = (patterns: readonly string[], text: string): string[] => {
    const out: string[] = [];
    patterns.forEach((p, i) => {
      if (!p) return;
      for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
        out.push(`${at + p.length}:${p.length}:${i}`);
      }
    });
    return out;
  };

  it('agrees with a naive search when units and states overflow the dense rows', () => {
    const next = rng(5);
    // 120 units: more than a dense row holds, so some take the sparse path everywhere.
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789 .-中国人民银行央蚂蚁集团阿里巴腾讯京东'
      .split('')
      .concat(Array.from({ length: 70 }, (_, k) => String.fromCharCode(0x4e00 + k * 37)));
    // Skewed towards the first units, as real names are.
    const unit = () => alphabet[Math.floor(next() ** 2 * alphabet.length)]!;
    const word = (min: number, max: number) => {
      let s = '';
      const len = min + Math.floor(next() * (max - min + 1));
      for (let k = 0; k < len; k++) s += unit();
      return s;
    };
    // Enough patterns that the trie has far more states than get dense rows (a few thousand).
    const patterns = Array.from({ length: 8_000 }, () => word(1, 12));
    const automaton = buildAutomaton(patterns);
    expect(automaton.stats().states).toBeGreaterThan(30_000);
    const out = matchList();
    for (let round = 0; round < 10; round++) {
      let text = '';
      while (text.length < 500)
        text += next() < 0.3 ? patterns[Math.floor(next() * 8_000)] : word(1, 5);
      const units = Uint16Array.from(text, (ch) => ch.charCodeAt(0));
      automaton.collect(units, units.length, out);
      const found: string[] = [];
      for (let m = 0; m < out.count; m++) {
        const p = out.patterns[m]!;
        found.push(`${out.ends[m]}:${patterns[p]!.length}:${p}`);
      }
      const byEnd = (x: string, y: string) => {
        const [ex, lx, px] = x.split(':').map(Number) as [number, number, number];
        const [ey, ly, py] = y.split(':').map(Number) as [number, number, number];
        return ex - ey || ly - lx || px - py;
      };
      // In the documented order already: by end, longer first.
      expect(found).toEqual([...found].sort(byEnd));
      expect(found).toEqual(naive(patterns, text).sort(byEnd));
    }
  });

  it('reports through scan what collect reports', () => {
    const patterns = ['he', 'she', 'his', 'hers', '中国', '国人'];
    const automaton = buildAutomaton(patterns);
    const text = 'ushers 中国人 this';
    const viaScan: number[] = [];
    automaton.scan(text, (p, end) => viaScan.push(p, end));
    const out = matchList();
    automaton.collect(
      Uint16Array.from(text, (ch) => ch.charCodeAt(0)),
      text.length,
      out,
    );
    const viaCollect: number[] = [];
    for (let m = 0; m < out.count; m++) viaCollect.push(out.patterns[m]!, out.ends[m]!);
    expect(viaScan).toEqual(viaCollect);
  });
});

describe('createMatcher against the string-based reference', () => {
  const compare = (actors: readonly Actor[], seed: number, rounds: number, parts: number) => {
    const next = rng(seed);
    const fast = createMatcher(actors);
    const reference = referenceMatcher(actors);
    const terms = termsOf(actors);
    const hosts = [undefined, 'www.bloomberg.com', 'reuters.co.uk', 'example.org'];
    let mentions = 0;
    for (let round = 0; round < rounds; round++) {
      const text = randomText(next, terms, 1 + Math.floor(next() * parts));
      const host = hosts[Math.floor(next() * hosts.length)];
      const context = host ? { host } : undefined;
      const expected = reference.match(text, context);
      expect(fast.match(text, context)).toEqual(expected);
      mentions += expected.length;
    }
    // The texts must actually contain mentions for the comparison to mean anything.
    expect(mentions).toBeGreaterThan(rounds);
  };

  it('finds the same mentions with the test actors', () => {
    compare(all, 1, 1500, 60);
  });

  it('finds the same mentions with the bundled dataset', () => {
    compare(datasetSchema.parse(readCore()).actors, 2, 400, 200);
  });

  it('finds the same mentions on a long page, and on short pages after it', () => {
    const actors = datasetSchema.parse(readCore()).actors;
    const fast = createMatcher(actors);
    const reference = referenceMatcher(actors);
    const next = rng(3);
    const terms = termsOf(actors);
    // Longer than the buffers the matcher keeps, then short ones reusing what is left.
    const long = randomText(next, terms, 60_000);
    expect(normalizeTerm(long).length).toBeGreaterThan(1 << 18);
    expect(fast.match(long)).toEqual(reference.match(long));
    for (let round = 0; round < 50; round++) {
      const text = randomText(next, terms, 50);
      expect(fast.match(text)).toEqual(reference.match(text));
    }
  });
});
