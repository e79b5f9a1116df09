import { describe, expect, it } from 'vitest';
import { foldKeepCase, normalize, normalizeTerm, originalEnd } from '../../../lib/match';

/** The input slice each folded unit came from, to check the map unit by unit. */
const sources = (input: string): string[] => {
  const { text, toOriginal } = normalize(input);
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    out.push(input.slice(toOriginal[i], originalEnd(input, toOriginal, i + 1)));
  }
  return out;
};

describe('normalize', () => {
  it('folds curly apostrophes and primes to a straight one, one unit for one', () => {
    const input = 'People’s ‘x’ Xʼs 5′ a＇b';
    const { text, toOriginal } = normalize(input);
    expect(text).toBe("people's 'x' x's 5' a'b");
    expect(Array.from(toOriginal)).toEqual(Array.from({ length: input.length + 1 }, (_, i) => i));
  });

  it('folds curly double quotes and dashes', () => {
    expect(normalize('“Ant” „x‟ ″ a‐b‑c‒d–e—f−g―h').text).toBe('"ant" "x" " a-b-c-d-e-f-g-h');
  });

  it('collapses every whitespace run, whatever its characters, to one space', () => {
    const input = 'a \t\n\r\n\u00A0b\u202Fc\u3000\u3000d\u2028e  ';
    const { text, toOriginal } = normalize(input);
    expect(text).toBe('a b c d e ');
    expect(Array.from(toOriginal)).toEqual([0, 1, 7, 8, 9, 10, 12, 13, 14, 15, 17]);
  });

  it('drops soft hyphens and zero-width characters, and the map skips them', () => {
    const input = 'Ali\u00ADba\u200Bba\u200C\u200D\u2060\uFEFF!';
    const { text, toOriginal } = normalize(input);
    expect(text).toBe('alibaba!');
    expect(Array.from(toOriginal)).toEqual([0, 1, 2, 4, 5, 7, 8, 13, 14]);
  });

  it('treats a run of spaces broken by an invisible character as one run', () => {
    expect(normalize('a \u200B b').text).toBe('a b');
  });

  it('folds full-width ASCII and the ideographic space', () => {
    const { text, toOriginal } = normalize('ＰＢｏＣ　１２３！');
    expect(text).toBe('pboc 123!');
    expect(toOriginal.length).toBe(10);
    expect(foldKeepCase('ＰＢｏＣ')).toBe('PBoC');
  });

  it('leaves Chinese characters as they are', () => {
    const input = '中国人民银行（央行）周三表示，蚂蚁集团。';
    expect(normalize(input).text).toBe('中国人民银行(央行)周三表示,蚂蚁集团。');
    expect(normalize('中國人民銀行').text).toBe('中國人民銀行');
  });

  it('lower-cases Latin, Greek and Cyrillic one unit for one', () => {
    expect(normalize('ÉCOLE Σίγμα ПРИВЕТ').text).toBe('école σίγμα привет');
    const dotted = normalize('İstanbul');
    expect(dotted.text).toBe('istanbul');
    expect(dotted.toOriginal.length).toBe(9);
  });

  it('expands ligatures, every letter mapping to the ligature', () => {
    const input = 'ﬁnance';
    const { text, toOriginal } = normalize(input);
    expect(text).toBe('finance');
    expect(Array.from(toOriginal)).toEqual([0, 0, 1, 2, 3, 4, 5, 6]);
    expect(sources(input)).toEqual(['ﬁ', 'ﬁ', 'n', 'a', 'n', 'c', 'e']);
  });

  it('folds mathematical letters and keeps other astral characters whole', () => {
    const input = '𝐁𝐥𝐨𝐨𝐦𝐛𝐞𝐫𝐠 😀 𠀀';
    const { text, toOriginal } = normalize(input);
    expect(text).toBe('bloomberg 😀 𠀀');
    expect(Array.from(toOriginal)).toEqual([
      0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 19, 20, 21, 22, 23, 24,
    ]);
    expect(input.slice(toOriginal[0], originalEnd(input, toOriginal, 9))).toBe('𝐁𝐥𝐨𝐨𝐦𝐛𝐞𝐫𝐠');
    expect(toOriginal[text.length]).toBe(input.length);
  });

  it('keeps lone surrogates so offsets stay exact', () => {
    const input = 'a\uD800b\uDC00c';
    expect(normalize(input).text).toBe(input);
  });

  it('maps the empty string to an empty text with a one-entry map', () => {
    const { text, toOriginal } = normalize('');
    expect(text).toBe('');
    expect(Array.from(toOriginal)).toEqual([0]);
  });

  it('normalizeTerm folds like page text and trims', () => {
    expect(normalizeTerm('  People’s\u00A0Bank   of China ')).toBe("people's bank of china");
    expect(normalizeTerm('\u200B')).toBe('');
    expect(normalizeTerm('Ｅ‑commerce')).toBe('e-commerce');
  });

  it('handles a long article in one pass with an exact map', () => {
    const unit = 'The People’s Bank of China\u00A0(PBoC) said on Tuesday 中国人民银行周二表示。\n';
    const input = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const { text, toOriginal } = normalize(input);
    expect(text.length).toBe(input.length);
    expect(toOriginal[text.length]).toBe(input.length);
    const at = input.length - unit.length + 4;
    expect(text.slice(at, at + 22)).toBe("people's bank of china");
    expect(toOriginal[at]).toBe(at);
  });
});
