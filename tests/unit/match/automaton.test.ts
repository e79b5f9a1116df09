import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../../lib/match';

/** Every [patternIndex, end] the automaton reports, in report order. */
const scanAll = (patterns: readonly string[], text: string): [number, number][] => {
  const out: [number, number][] = [];
  buildAutomaton(patterns).scan(text, (p, end) => out.push([p, end]));
  return out;
};

/** The same answer the slow way, sorted, to compare with. */
const naive = (patterns: readonly string[], text: string): [number, number][] => {
  const out: [number, number][] = [];
  patterns.forEach((p, i) => {
    if (!p) return;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1))
      out.push([i, at + p.length]);
  });
  return out;
};

const sorted = (pairs: [number, number][]): [number, number][] =>
  [...pairs].sort((a, b) => a[1] - b[1] || a[0] - b[0]);

/** Deterministic pseudo-random numbers, so a failing case can be replayed. */
const rng = (seed: number) => () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};

describe('buildAutomaton', () => {
  it('finds overlapping patterns: he, she, his, hers in "ushers"', () => {
    expect(scanAll(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([
      [1, 4],
      [0, 4],
      [3, 6],
    ]);
  });

  it('reports patterns that are suffixes of others through output links', () => {
    expect(scanAll(['a', 'aa', 'aaa'], 'aaaa')).toEqual([
      [0, 1],
      [1, 2],
      [0, 2],
      [2, 3],
      [1, 3],
      [0, 3],
      [2, 4],
      [1, 4],
      [0, 4],
    ]);
    expect(
      scanAll(['bank of china', "people's bank of china", 'china'], "the people's bank of china"),
    ).toEqual([
      [1, 26],
      [0, 26],
      [2, 26],
    ]);
  });

  it('follows failure links across a partial match', () => {
    expect(scanAll(['abcd', 'bce', 'c'], 'abce')).toEqual([
      [2, 3],
      [1, 4],
    ]);
  });

  it('handles empty input, no patterns and empty patterns', () => {
    expect(scanAll(['a', 'b'], '')).toEqual([]);
    expect(scanAll([], 'anything')).toEqual([]);
    expect(scanAll(['', 'x', ''], 'xx')).toEqual([
      [1, 1],
      [1, 2],
    ]);
    expect(buildAutomaton(['']).stats()).toMatchObject({ states: 1, patterns: 1 });
  });

  it('reports each of several identical patterns', () => {
    expect(scanAll(['cac', 'x', 'cac'], 'the cac')).toEqual([
      [0, 7],
      [2, 7],
    ]);
  });

  it('works on Chinese and astral code units', () => {
    expect(scanAll(['央行', '中国人民银行', '人民', '😀a'], '中国人民银行即央行😀a')).toEqual([
      [2, 4],
      [1, 6],
      [0, 9],
      [3, 12],
    ]);
  });

  it('shares prefixes in the trie', () => {
    expect(buildAutomaton(['ant', 'ant group', 'antarctica']).stats().states).toBe(1 + 3 + 6 + 7);
  });

  it('agrees with a naive search on random small-alphabet cases', () => {
    const next = rng(42);
    const word = (min: number, max: number) => {
      const len = min + Math.floor(next() * (max - min + 1));
      let s = '';
      for (let i = 0; i < len; i++) s += 'abc'[Math.floor(next() * 3)];
      return s;
    };
    for (let round = 0; round < 200; round++) {
      const patterns = Array.from({ length: 1 + Math.floor(next() * 12) }, () => word(1, 5));
      const text = word(0, 60);
      expect(sorted(scanAll(patterns, text))).toEqual(sorted(naive(patterns, text)));
    }
  });

  it('builds from 100,000 patterns and finds the planted ones, nothing else', () => {
    const next = rng(7);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const patterns: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      const len = 6 + Math.floor(next() * 12);
      let s = '';
      for (let k = 0; k < len; k++) s += letters[Math.floor(next() * 26)];
      patterns.push(i % 10 === 0 ? `${s} group` : s);
    }
    const planted = [3, 4_242, 50_000, 77_777, 99_999];
    const text = planted.map((i, k) => `${k}${k}${k} ${patterns[i]} ,${k}.`).join('\n');
    const automaton = buildAutomaton(patterns);
    const found = sorted(scanAll(patterns, text));
    expect(found).toEqual(sorted(naive(patterns, text)));
    expect(planted.every((i) => found.some(([p]) => p === i))).toBe(true);

    const { states, bytes } = automaton.stats();
    const units = patterns.reduce((n, p) => n + p.length, 0);
    expect(states).toBeLessThanOrEqual(units + 1);
    // Compact layout: a few tens of bytes per state, not objects per node.
    expect(bytes / states).toBeLessThan(32);
  });
});
