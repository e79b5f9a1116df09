/**
 * The sentence splitter never loses or duplicates a character: its sentences and the gaps
 * between them, put back together, are the input; sentences come in order, never overlap, are
 * never empty, and the gaps hold only white space.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/match/sentences';

/** White space as a reader sees it, with the invisible spaces a page may carry. */
const GAP = /^[\s\u200b\ufeff\x85]*$/u;

const PIECES = [
  'The',
  'bank',
  'said',
  'Mr.',
  'Ms.',
  'Dr.',
  'U.S.',
  'Co.',
  'Ltd.',
  'Inc.',
  'Jack',
  'Y.',
  'Ma',
  'No.',
  '4',
  '3.5',
  'e.g.',
  'etc.',
  '...',
  '…',
  '.',
  '!',
  '?',
  '?!',
  ',',
  ';',
  '"',
  '“',
  '”',
  "'",
  '(',
  ')',
  '（',
  '）',
  '「',
  '」',
  '《',
  '》',
  '。',
  '！',
  '？',
  '；',
  '央行',
  '表示',
  '蚂蚁集团',
  '称',
  '𠀀',
  '😀',
  'café',
  'JD.com',
];

const SPACES = [' ', ' ', ' ', '', '  ', '\n', '\n\n', '\r\n', '\u2029', '\u00a0', '\u3000', '\t'];

const textArb = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SPACES)), { maxLength: 60 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

/** Any text at all, lone surrogates and control characters included. */
const anyTextArb = fc.string({ unit: 'binary', maxLength: 80 });

function checkCover(text: string, fromPage?: boolean): void {
  const spans = splitSentences(text, fromPage);
  let rebuilt = '';
  let at = 0;
  for (const { start, end } of spans) {
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(start).toBeGreaterThanOrEqual(at);
    expect(end).toBeGreaterThan(start);
    expect(end).toBeLessThanOrEqual(text.length);
    // Never between the two halves of a surrogate pair.
    for (const edge of [start, end]) {
      const high = text.charCodeAt(edge - 1);
      const low = text.charCodeAt(edge);
      expect(high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff).toBe(false);
    }
    const gap = text.slice(at, start);
    expect(gap, `gap before ${start} in ${JSON.stringify(text)}`).toMatch(GAP);
    const sentence = text.slice(start, end);
    // Trimmed: white space belongs to the gaps.
    expect(sentence).not.toMatch(/^\s|\s$/u);
    rebuilt += gap + sentence;
    at = end;
  }
  const tail = text.slice(at);
  expect(tail, `tail of ${JSON.stringify(text)}`).toMatch(GAP);
  expect(rebuilt + tail).toBe(text);
}

describe('splitSentences: property tests', () => {
  it('loses and duplicates nothing on news-like text, English and Chinese', () => {
    fc.assert(
      fc.property(textArb, (text) => checkCover(text)),
      { numRuns: 1000 },
    );
  });

  it('loses and duplicates nothing on text read from a page', () => {
    fc.assert(
      fc.property(textArb, (text) => checkCover(text, true)),
      { numRuns: 500 },
    );
  });

  it('loses and duplicates nothing on arbitrary strings', () => {
    fc.assert(
      fc.property(anyTextArb, fc.boolean(), (text, fromPage) => checkCover(text, fromPage)),
      { numRuns: 1000 },
    );
  });

  it('loses nothing on paragraphs long enough to be cut into pieces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', ' ', '', '\u00a0')), {
          minLength: 600,
          maxLength: 1200,
        }),
        (parts) => checkCover(parts.map(([p, s]) => p + s).join('')),
      ),
      { numRuns: 30 },
    );
  });

  it('loses nothing on long runs without a space or a stop', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('央', '行', '𠀀', '😀', 'a', '.', '”'), {
          minLength: 1990,
          maxLength: 4500,
        }),
        (units) => checkCover(units.join('')),
      ),
      { numRuns: 30 },
    );
  });
});
