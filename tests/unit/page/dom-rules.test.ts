import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCjkUnit } from '../../../lib/match/char-class';
import { countChars, hasVisible, weighText } from '../../../lib/page/dom-rules';

/** What counts as white space in page weighing, written out unit by unit. */
const isWhite = (unit: number): boolean =>
  unit <= 0x20 || unit === 0xa0 || unit === 0x3000 || (unit >= 0x2000 && unit <= 0x200b);

/** The counts by the plainest loop, as a reader would count them. */
function reference(text: string): { chars: number; cjk: number } {
  let chars = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (isWhite(unit)) continue;
    chars++;
    if (isCjkUnit(unit)) cjk++;
  }
  return { chars, cjk };
}

/** Every kind of unit the counts tell apart, white space of each kind among them. */
const UNITS = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\u0000',
  '\u001f',
  '\u00a0',
  '\u2000',
  '\u2009',
  '\u200b',
  '\u3000',
  '\u200c',
  '\u2028',
  '\ufeff',
  'a',
  'Z',
  '7',
  '.',
  'é',
  'Ж',
  '中',
  '国',
  '〇',
  'カ',
  'ー',
  '한',
  'ㄅ',
  '、',
  '𠮷',
  '😀',
  '\ud840',
  '\udc00',
];
const pageText = fc
  .array(fc.constantFrom(...UNITS), { maxLength: 400 })
  .map((parts) => parts.join(''));

describe('counting page text', () => {
  it('counts the same on short and long text, whichever way it counts', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const { chars, cjk } = reference(text);
        expect(countChars(text)).toBe(chars);
        expect(weighText(text)).toEqual({ chars, cjk, weight: chars + 2 * cjk });
        expect(hasVisible(text)).toBe(chars > 0);
      }),
      { numRuns: 500 },
    );
  });

  it('counts a news page’s worth of text, white space of every kind left out', () => {
    const paragraph =
      'The Cyberspace Administration\u00a0of China (国家互联网信息办公室) said\u3000on Friday.\n\t';
    const text = paragraph.repeat(2_000);
    const { chars, cjk } = reference(text);
    expect(chars).toBe(2_000 * 59);
    expect(cjk).toBe(2_000 * 10);
    expect(countChars(text)).toBe(chars);
    expect(weighText(text)).toEqual({ chars, cjk, weight: chars + 2 * cjk });
  });
});
