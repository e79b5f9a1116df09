import { describe, expect, it } from 'vitest';
import {
  CJK,
  CJK_RANGES,
  HAN_RANGES,
  OTHER,
  WORD,
  classOf,
  cjkUnitPattern,
  hasHan,
  inRanges,
  isCjkUnit,
} from '../../../lib/match/char-class';
import { normalize } from '../../../lib/match/normalize';
import { weighText } from '../../../lib/page/dom-rules';

const CJK_SCRIPTS =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]$/u;
const UNASSIGNED = /^\p{Cn}$/u;

/** Kept in on purpose: the prolonged sound mark, full- and half-width. */
const ADDED = new Set([0x30fc, 0xff70]);
/** Left out on purpose: marks and a symbol that never sit inside running CJK names. */
const LEFT_OUT = new Set([
  0x16fe2, 0x16fe3, 0x16ff0, 0x16ff1, 0x16ff2, 0x16ff3, 0x16ff4, 0x16ff5, 0x16ff6, 0x1f200,
]);

describe('CJK ranges', () => {
  it('agree with the Unicode scripts on every assigned code point of planes 0 to 3', () => {
    const disagreements: string[] = [];
    for (let cp = 0; cp < 0x40000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const s = String.fromCodePoint(cp);
      if (UNASSIGNED.test(s)) continue;
      const inTable = inRanges(cp, CJK_RANGES);
      const inScripts = CJK_SCRIPTS.test(s);
      if (inTable === inScripts) continue;
      if (inTable && ADDED.has(cp)) continue;
      if (inScripts && LEFT_OUT.has(cp)) continue;
      disagreements.push(cp.toString(16));
    }
    expect(disagreements).toEqual([]);
  });

  it('classes CJK, word and other characters', () => {
    expect(classOf('中'.codePointAt(0)!)).toBe(CJK);
    expect(classOf('𠀀'.codePointAt(0)!)).toBe(CJK);
    expect(classOf('カ'.codePointAt(0)!)).toBe(CJK);
    expect(classOf('ー'.codePointAt(0)!)).toBe(CJK);
    expect(classOf('한'.codePointAt(0)!)).toBe(CJK);
    expect(classOf('ㄅ'.codePointAt(0)!)).toBe(CJK);
    expect(classOf('a'.codePointAt(0)!)).toBe(WORD);
    expect(classOf('Ж'.codePointAt(0)!)).toBe(WORD);
    expect(classOf('7'.codePointAt(0)!)).toBe(WORD);
    expect(classOf('、'.codePointAt(0)!)).toBe(OTHER);
    expect(classOf('・'.codePointAt(0)!)).toBe(OTHER);
  });
});

describe('hasHan', () => {
  it('finds an ideograph anywhere, in or beyond the BMP', () => {
    expect(hasHan('中国人民银行')).toBe(true);
    expect(hasHan('Alibaba 阿里巴巴')).toBe(true);
    expect(hasHan('兀')).toBe(true); // compatibility ideograph
    expect(hasHan('x𠮷')).toBe(true); // plane 2
  });

  it('is false for pinyin, kana, Hangul and Latin', () => {
    expect(hasHan('Zhōngguó Rénmín Yínháng')).toBe(false);
    expect(hasHan('ソフトバンク')).toBe(false);
    expect(hasHan('삼성')).toBe(false);
    expect(hasHan('')).toBe(false);
    // A lone high surrogate of plane 2 is not an ideograph.
    expect(hasHan('\ud842')).toBe(false);
  });

  it('reads the same ranges as the Han table', () => {
    for (const [first, last] of HAN_RANGES) {
      expect(hasHan(String.fromCodePoint(first))).toBe(true);
      expect(hasHan(String.fromCodePoint(last))).toBe(true);
    }
  });
});

describe('isCjkUnit', () => {
  it('marks BMP CJK units and the high surrogates of planes 2 and 3 only', () => {
    expect(isCjkUnit(0x4e2d)).toBe(true);
    expect(isCjkUnit(0xac00)).toBe(true);
    expect(isCjkUnit(0xd840)).toBe(true);
    expect(isCjkUnit(0xd8bf)).toBe(true);
    expect(isCjkUnit(0xd83d)).toBe(false); // emoji plane
    expect(isCjkUnit(0xd82c)).toBe(false); // shared by kana and Nüshu
    expect(isCjkUnit(0xdc00)).toBe(false);
    expect(isCjkUnit(0x41)).toBe(false);
    expect(isCjkUnit(0x3002)).toBe(false);
  });

  it('agrees with the CJK ranges on every UTF-16 unit', () => {
    const wrong: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      let expected: boolean;
      if (unit >= 0xd800 && unit <= 0xdbff) {
        // A high surrogate: CJK when all 1,024 code points it opens are.
        const start = 0x10000 + ((unit - 0xd800) << 10);
        expected = true;
        for (let cp = start; cp < start + 0x400 && expected; cp++) {
          expected = inRanges(cp, CJK_RANGES);
        }
      } else {
        expected = inRanges(unit, CJK_RANGES);
      }
      if (isCjkUnit(unit) !== expected) wrong.push(unit.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('is matched by cjkUnitPattern, unit for unit', () => {
    const pattern = cjkUnitPattern();
    const wrong: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const text = String.fromCharCode(unit);
      pattern.lastIndex = 0;
      if (pattern.test(text) !== isCjkUnit(unit)) wrong.push(unit.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(pattern.flags).toBe('g');
  });

  it('lets page weighing count an astral ideograph once', () => {
    expect(weighText('中 𠮷 a')).toEqual({ chars: 4, cjk: 2, weight: 8 });
  });

  it('leaves CJK text as it is when lower-casing', () => {
    expect(normalize('中国 ソフトバンク 삼성 ㄅ').text).toBe('中国 ソフトバンク 삼성 ㄅ');
  });
});
