import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANCHOR_THRESHOLDS,
  CONTEXT_LENGTH,
  anchorQuote,
  describeQuote,
  editDistance,
} from '../../../lib/snippets/anchor';

/** Levenshtein distance by the full table: the reference the code under test is held to. */
function levenshtein(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      table[i]![j] = Math.min(
        table[i - 1]![j]! + 1,
        table[i]![j - 1]! + 1,
        table[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
  }
  return table[a.length]![b.length]!;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/**
 * How alike saved context is to the text on that side of a found passage, over as many
 * characters as were saved; context that was empty when saved tells nothing (0.5), unless the
 * passage is still at that edge of the text.
 */
function similarity(saved: string, side: string, edge: 'start' | 'end'): number {
  const current =
    edge === 'end' ? side.slice(side.length - saved.length) : side.slice(0, saved.length);
  if (saved.length === 0) return current.length === 0 ? 1 : 0.5;
  return 1 - levenshtein(saved, current) / Math.max(saved.length, current.length);
}

function occurrencesOf(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) count++;
  return count;
}

/** Words of the articles RegLens reads, English and Chinese, with numbers and negations. */
const WORDS = [
  'the',
  'central',
  'bank',
  'data',
  'Ant',
  'Group',
  'regulators',
  'said',
  'asked',
  'share',
  'credit',
  'not',
  'never',
  '2021',
  '17',
  '500',
  'million',
  '中国人民银行',
  '征信中心',
  '蚂蚁集团',
  '监管部门',
  '未',
  '不',
  '数据',
  '182.28亿元',
  '，',
  '。',
  ',',
  '.',
  '“',
  '”',
  '𠮷',
];
const SEPARATORS = ['', ' ', ' ', ' ', '\n', '\n          '];

/** Article-like text: words, spaces, line breaks and source indentation, Chinese without spaces. */
const articleText = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), {
    minLength: 3,
    maxLength: 150,
  })
  .map((parts) => parts.map(([word, space]) => word + space).join(''));

/** Text from a handful of characters: repeats everywhere, the hard case for choosing. */
const repetitiveText = fc.string({
  unit: fc.constantFrom('a', 'b', ' ', '中', '\n', '1'),
  minLength: 2,
  maxLength: 200,
});

const anyText = fc.oneof(articleText, repetitiveText);

/** A text and a span of it holding something besides white space. */
const textAndSpan = anyText
  .chain((text) =>
    fc
      .tuple(fc.nat({ max: text.length - 1 }), fc.nat({ max: text.length - 1 }))
      .map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) + 1 })),
  )
  .filter(({ text, start, end }) => text.slice(start, end).trim().length > 0);

type Edit = { at: number; removed: number; added: string };

/** Random edits anywhere, in the quote too: insertions, deletions, replacements. */
const edits = fc.array(
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    removed: fc.nat({ max: 12 }),
    added: fc.oneof(
      fc.constant(''),
      fc.constantFrom(...WORDS),
      fc.string({ unit: fc.constantFrom('a', 'b', ' ', '中', '7', ','), maxLength: 6 }),
    ),
  }),
  { maxLength: 6 },
);

function applyEdits(text: string, list: { at: number; removed: number; added: string }[]) {
  let edited = text;
  for (const e of list) {
    const at = Math.floor(e.at * edited.length);
    edited = edited.slice(0, at) + e.added + edited.slice(at + e.removed);
  }
  return edited;
}

/** The most edits the threshold lets a found passage differ from the quote by. */
function allowedErrors(quote: string): number {
  return Math.floor(quote.length * (1 - ANCHOR_THRESHOLDS.minQuoteSimilarity));
}

describe('capture and anchoring, for any text', () => {
  it('describes a quote as the text has it', () => {
    fc.assert(
      fc.property(textAndSpan, ({ text, start, end }) => {
        const { quote, position } = describeQuote(text, start, end);
        expect(text.slice(position.start, position.end)).toBe(quote.exact);
        expect(text.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
        expect(text.slice(position.end, position.end + quote.suffix.length)).toBe(quote.suffix);
        // The selection, less white space at its ends, widened to whole characters.
        expect(position.start).toBeGreaterThanOrEqual(start - 1);
        expect(position.end).toBeLessThanOrEqual(end + 1);
        expect(quote.exact.trim()).toBe(quote.exact);
        // 32 characters of context unless the text ends or a surrogate pair would be split.
        const fullPrefix = Math.min(CONTEXT_LENGTH, position.start);
        expect(quote.prefix.length).toBeGreaterThanOrEqual(fullPrefix - 1);
        expect(quote.prefix.length).toBeLessThanOrEqual(fullPrefix);
        const fullSuffix = Math.min(CONTEXT_LENGTH, text.length - position.end);
        expect(quote.suffix.length).toBeGreaterThanOrEqual(fullSuffix - 1);
        for (const part of [quote.exact, quote.prefix, quote.suffix]) {
          expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips: a captured quote anchors at its own span on the unchanged text', () => {
    fc.assert(
      fc.property(textAndSpan, ({ text, start, end }) => {
        const { quote, position } = describeQuote(text, start, end);
        expect(anchorQuote(text, quote, position)).toMatchObject({
          ...position,
          method: 'position',
        });
        // Without the position: some occurrence of the quote, with the same context around it.
        const blind = anchorQuote(text, quote)!;
        expect(blind).not.toBeNull();
        expect(blind.method).toBe('exact');
        expect(text.slice(blind.start, blind.end)).toBe(quote.exact);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the quote by its text after anything is inserted before it', () => {
    fc.assert(
      fc.property(
        textAndSpan,
        fc.double({ min: 0, max: 1, noNaN: true }),
        articleText,
        ({ text, start, end }, where, inserted) => {
          const { quote, position } = describeQuote(text, start, end);
          const at = Math.floor(where * position.start);
          const edited = text.slice(0, at) + inserted + text.slice(at);
          const anchor = anchorQuote(edited, quote, position);
          expect(anchor).not.toBeNull();
          expect(edited.slice(anchor!.start, anchor!.end)).toBe(quote.exact);
          // With its context intact and nowhere else, it is at its own new place. Context is
          // compared with white space collapsed, so "nowhere else" is judged the same way.
          const whole = collapse(quote.prefix + quote.exact + quote.suffix);
          const contextIntact = at <= position.start - quote.prefix.length;
          if (contextIntact && occurrencesOf(collapse(edited), whole) === 1) {
            expect(anchor!.start).toBe(position.start + inserted.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never anchors on text further from the quote than the threshold allows', () => {
    let fuzzy = 0;
    let notFound = 0;
    fc.assert(
      fc.property(textAndSpan, edits, ({ text, start, end }, list: Edit[]) => {
        const { quote, position } = describeQuote(text, start, end);
        const edited = applyEdits(text, list);
        for (const anchor of [anchorQuote(edited, quote, position), anchorQuote(edited, quote)]) {
          if (anchor === null) {
            notFound++;
            continue;
          }
          const found = edited.slice(anchor.start, anchor.end);
          if (anchor.method === 'fuzzy') {
            fuzzy++;
            const distance = levenshtein(quote.exact, found);
            expect(distance).toBeGreaterThan(0);
            expect(1 - distance / quote.exact.length).toBeGreaterThanOrEqual(
              ANCHOR_THRESHOLDS.minQuoteSimilarity,
            );
            expect(distance).toBeLessThanOrEqual(allowedErrors(quote.exact));
            // And one side of its context is still the saved one, lightly edited at most.
            const agreement = Math.max(
              similarity(collapse(quote.prefix), collapse(edited.slice(0, anchor.start)), 'end'),
              similarity(collapse(quote.suffix), collapse(edited.slice(anchor.end)), 'start'),
            );
            expect(agreement).toBeGreaterThanOrEqual(ANCHOR_THRESHOLDS.minContext);
          } else {
            expect(found).toBe(quote.exact);
          }
        }
      }),
      { numRuns: 500 },
    );
    // The property was exercised on both sides of the threshold.
    expect(fuzzy).toBeGreaterThan(10);
    expect(notFound).toBeGreaterThan(10);
  });

  it('holds the threshold when the edits fall inside long quotes', () => {
    let fuzzy = 0;
    fc.assert(
      fc.property(
        articleText.filter((t) => t.length > 80),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.array(
          fc.record({
            at: fc.double({ min: 0, max: 1, noNaN: true }),
            added: fc.string({ unit: fc.constantFrom('x', 'y', ' ', '中'), maxLength: 3 }),
            removed: fc.nat({ max: 3 }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (text, from, list) => {
          const start = Math.floor(from * text.length);
          const end = Math.min(text.length, start + 40 + Math.floor(text.length / 3));
          fc.pre(text.slice(start, end).trim().length > 0);
          const { quote, position } = describeQuote(text, start, end);
          // Each edit lands inside the quote.
          let inside = text.slice(position.start, position.end);
          for (const e of list) {
            const at = Math.floor(e.at * inside.length);
            inside = inside.slice(0, at) + e.added + inside.slice(at + e.removed);
          }
          const edited = text.slice(0, position.start) + inside + text.slice(position.end);
          const anchor = anchorQuote(edited, quote, position);
          if (anchor === null || anchor.method !== 'fuzzy') return;
          fuzzy++;
          const distance = levenshtein(quote.exact, edited.slice(anchor.start, anchor.end));
          expect(distance).toBeLessThanOrEqual(allowedErrors(quote.exact));
        },
      ),
      { numRuns: 300 },
    );
    expect(fuzzy).toBeGreaterThan(20);
  });

  it('computes edit distance as the full table does', () => {
    const unit = fc.constantFrom('a', 'b', 'c', ' ', '中', '国', '\n');
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 40 }),
        fc.string({ unit, maxLength: 60 }),
        (a, b) => {
          expect(editDistance(a, b)).toBe(levenshtein(a, b));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
