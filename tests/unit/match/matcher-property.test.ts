/**
 * The name matcher against a naive reference written from its documented behaviour alone:
 * fold text one code point at a time (case, full-width forms, whitespace runs, invisible
 * characters, apostrophes, quotes, dashes, ligatures), search every name at every position,
 * keep word boundaries for Latin-like scripts, then take the longest candidates first, the
 * leftmost among equals. It shares no code with the matcher, only the rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorSchema, type Actor } from '../../../lib/kb/schema';
import { createMatcher } from '../../../lib/match/matcher';

const WHITESPACE = /^[\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;
const INVISIBLE = new Set(['\xad', '\u180e', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);
const APOSTROPHE = /^[\u2018\u2019\u201b\u02bc\u2032\uff07]$/u;
const DOUBLE_QUOTE = /^[\u201c\u201d\u201e\u201f\u2033\uff02]$/u;
const DASH = /^[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]$/u;
const HAN = /^\p{Script=Han}$/u;
const WORDISH = /^[\p{L}\p{N}\p{M}]$/u;

/** One code point as the matcher compares it; '' when it is invisible, ' ' for any space. */
function foldCodePoint(ch: string): string {
  if (WHITESPACE.test(ch)) return ' ';
  if (INVISIBLE.has(ch)) return '';
  if (APOSTROPHE.test(ch)) return "'";
  if (DOUBLE_QUOTE.test(ch)) return '"';
  if (DASH.test(ch)) return '-';
  const cp = ch.codePointAt(0)!;
  // Full-width ASCII, compatibility ligatures and mathematical letters: their NFKC form.
  const compatibility =
    (cp >= 0xff01 && cp <= 0xff5e) ||
    (cp >= 0xfb00 && cp <= 0xfb06) ||
    (cp >= 0x1d400 && cp <= 0x1d7ff);
  if (compatibility) {
    return ch.normalize('NFKC').toLowerCase();
  }
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

interface Folded {
  chars: string[];
  /** Original offset of each folded character, and its end. */
  from: number[];
  to: number[];
}

function naiveFold(text: string): Folded {
  const out: Folded = { chars: [], from: [], to: [] };
  let offset = 0;
  for (const ch of text) {
    const last = out.chars[out.chars.length - 1];
    // An accent joins the letter before it when Unicode has the pair as one character.
    if (/^[\u0300-\u036f]$/u.test(ch) && last !== undefined && last !== ' ') {
      const joined = (last + ch).normalize('NFC');
      if (joined.length === 1 && foldCodePoint(joined) === joined.toLowerCase()) {
        out.chars[out.chars.length - 1] = joined.toLowerCase();
        out.to[out.to.length - 1] = offset + ch.length;
        offset += ch.length;
        continue;
      }
    }
    const f = foldCodePoint(ch);
    if (f === ' ' && last === ' ') {
      offset += ch.length;
      continue;
    }
    for (const part of f) {
      out.chars.push(part);
      out.from.push(offset);
      out.to.push(offset + ch.length);
    }
    offset += ch.length;
  }
  return out;
}

const foldTerm = (s: string): string => naiveFold(s).chars.join('').trim();

const isWord = (ch: string | undefined): boolean =>
  ch !== undefined && WORDISH.test(ch) && !HAN.test(ch);

interface Found {
  actorId: string;
  start: number;
  end: number;
}

/** Every actor's names, case-insensitive and without rules, as the naive reference reads them. */
function naiveMatch(actors: readonly Actor[], text: string): Found[] {
  const folded = naiveFold(text);
  const page = folded.chars;
  const candidates: { actorId: string; from: number; length: number }[] = [];
  for (const actor of actors) {
    const terms = new Set(
      [actor.names.en, actor.names.zh, actor.names.zhHant, ...actor.aliases.map((a) => a.text)]
        .filter((n): n is string => n !== undefined)
        .map(foldTerm)
        .filter((n) => n.length > 0),
    );
    for (const term of terms) {
      const units = [...term];
      for (let i = 0; i + units.length <= page.length; i++) {
        if (!units.every((u, k) => page[i + k] === u)) continue;
        if (isWord(units[0]) && isWord(page[i - 1])) continue;
        if (isWord(units[units.length - 1]) && isWord(page[i + units.length])) continue;
        candidates.push({ actorId: actor.id, from: i, length: units.length });
      }
    }
  }
  candidates.sort((a, b) => b.length - a.length || a.from - b.from);
  const taken = new Set<number>();
  const chosen: typeof candidates = [];
  for (const c of candidates) {
    let free = true;
    for (let q = c.from; q < c.from + c.length && free; q++) free = !taken.has(q);
    if (!free) continue;
    for (let q = c.from; q < c.from + c.length; q++) taken.add(q);
    chosen.push(c);
  }
  return chosen
    .sort((a, b) => a.from - b.from)
    .map((c) => ({
      actorId: c.actorId,
      start: folded.from[c.from]!,
      end: folded.to[c.from + c.length - 1]!,
    }));
}

// Pieces of names: Latin syllables, digits, simplified and traditional characters.
const LATIN = [
  'an',
  't',
  'group',
  'ma',
  'jack',
  'bank',
  'x',
  'de',
  'li',
  'o',
  'é',
  'ﬁ',
  'ü',
  'société',
  'ǘ',
];
const DIGITS = ['0', '1', '42'];
const HANZI = ['蚂', '蚁', '集', '团', '银', '行', '銀', '國', '中', '国', '马', '馬', '云', '雲'];
const JOINERS = [' ', '', "'", '-', '.', ' & '];

/** Simplified characters of HANZI and their traditional forms. */
const TRADITIONAL: Record<string, string> = {
  银: '銀',
  国: '國',
  马: '馬',
  云: '雲',
  蚁: '蟻',
  团: '團',
};
const traditional = (name: string): string => name.replace(/./gu, (ch) => TRADITIONAL[ch] ?? ch);

const nameArb = fc
  .array(
    fc.oneof(
      fc.constantFrom(...LATIN),
      fc.constantFrom(...DIGITS),
      fc.array(fc.constantFrom(...HANZI), { minLength: 1, maxLength: 3 }).map((a) => a.join('')),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .chain((parts) =>
    fc
      .array(fc.constantFrom(...JOINERS), {
        minLength: parts.length - 1,
        maxLength: parts.length - 1,
      })
      .map((joins) => parts.map((p, i) => (i === 0 ? p : joins[i - 1] + p)).join('')),
  );

/** Ways a page may write one character of a name, all of which the matcher must see through. */
function variantsOf(ch: string): string[] {
  const v = [ch, ch.toUpperCase()];
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x21 && cp <= 0x7e) {
    v.push(String.fromCodePoint(cp + 0xfee0));
    const up = ch.toUpperCase().codePointAt(0)!;
    if (up >= 0x21 && up <= 0x7e) v.push(String.fromCodePoint(up + 0xfee0));
  }
  if (ch === ' ') v.push('\n', '\u00a0', '\u3000', ' \t ', '\r\n', '\u2009');
  if (ch === "'") v.push('\u2019', '\u2018', '\uff07');
  if (ch === '-') v.push('\u2013', '\u2011', '\u2212');
  if (ch === 'ﬁ') v.push('fi', 'FI');
  // Decomposed accents, as macOS and some editors write them.
  const decomposed = ch.normalize('NFD');
  if (decomposed !== ch) v.push(decomposed, decomposed.toUpperCase());
  return v.filter((s) => s.length > 0);
}

/** A name as a page may write it: each character in one of its forms, maybe with invisibles. */
const surfaceArb = (name: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      ...[...name].map((ch) =>
        fc.tuple(
          fc.constantFrom(...variantsOf(ch)),
          fc.constantFrom('', '', '', '\u00ad', '\u200b', '\ufeff'),
        ),
      ),
    )
    .map((parts) => parts.map(([v, inv], i) => (i === 0 ? v : inv + v)).join(''));

const FILLER = [
  ' ',
  '  ',
  '\n',
  ', ',
  '. ',
  '。',
  '，',
  '“',
  '”',
  '"',
  "'s",
  '(',
  ')',
  'the',
  'said',
  'Ant',
  'antarctica',
  'ﬁnance',
  '\u00ad',
  '\u200b',
  '𝐁𝐚𝐧𝐤',
  'ＡＮＴ',
  '人民',
  '說',
  'é',
  'e\u0301',
  '3',
];

interface Case {
  actors: Actor[];
  text: string;
  /** Where each planted name was written, with its actor. */
  planted: Found[];
}

const caseArb: fc.Arbitrary<Case> = fc
  .uniqueArray(nameArb, { minLength: 1, maxLength: 6, selector: (n) => foldTerm(traditional(n)) })
  .filter((names) => names.every((n) => foldTerm(n).length > 0))
  .chain((names) => {
    const actors = names.map((n, i) =>
      actorSchema.parse({
        id: `a${i}`,
        kind: 'company',
        // A Chinese name has its traditional form registered too, as the dataset writes both.
        names: /\p{Script=Han}/u.test(n)
          ? { en: `Actor ${i}`, zh: n, zhHant: traditional(n) }
          : { en: n },
        summary: 'A test actor.',
      }),
    );
    // Every actor's English name is searched too; keep the generated name the only one.
    for (const a of actors) if (a.names.zh) a.names.en = `qqq${a.id}qqq`;
    const piece = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...FILLER).map((text) => ({ text, actor: -1 })) },
      {
        weight: 2,
        arbitrary: fc
          .integer({ min: 0, max: names.length - 1 })
          .chain((i) =>
            fc
              .constantFrom(names[i]!, traditional(names[i]!))
              .chain((form) => surfaceArb(form).map((text) => ({ text, actor: i }))),
          ),
      },
    );
    return fc.array(piece, { maxLength: 25 }).map((pieces) => {
      let text = '';
      const planted: Found[] = [];
      for (const p of pieces) {
        if (p.actor >= 0) {
          // Spaces around a planted name, so that its own word boundaries hold.
          text += ' ';
          planted.push({ actorId: actors[p.actor]!.id, start: text.length, end: 0 });
          text += p.text;
          planted[planted.length - 1]!.end = text.length;
          text += ' ';
        } else {
          text += p.text;
        }
      }
      return { actors, text, planted };
    });
  });

const strip = (found: readonly Found[]): Found[] =>
  found.map(({ actorId, start, end }) => ({ actorId, start, end }));

describe('createMatcher: cases the property tests found', () => {
  it('reads a decomposed accent as the letter with it, and marks the accent too', () => {
    const societe = actorSchema.parse({
      id: 'socgen',
      kind: 'company',
      names: { en: 'Société Générale' },
      summary: 'A French bank.',
    });
    const matcher = createMatcher([societe]);
    const text = 'Shares of SOCIE\u0301TE\u0301 GE\u0301NE\u0301RALE fell.';
    expect(strip(matcher.match(text))).toEqual([{ actorId: 'socgen', start: 10, end: 30 }]);
    // An accent that joins nothing stays a character of its own, outside the name.
    expect(strip(matcher.match('Société Générale\u0301 fell'))).toEqual([]);
    expect(strip(matcher.match('Société Générale \u0301'))).toEqual([
      { actorId: 'socgen', start: 0, end: 16 },
    ]);
  });

  it('lets the leftmost name win where two overlap, and matches on after it', () => {
    const actor = (id: string, en: string) =>
      actorSchema.parse({ id, kind: 'company', names: { en }, summary: 'A test actor.' });
    const matcher = createMatcher([actor('a0', '42'), actor('a1', '42 42')]);
    // Written " 42 " then " 42 42 ": the first "42" and the next run together across two spaces.
    expect(strip(matcher.match(' 42  42 42 '))).toEqual([
      { actorId: 'a1', start: 1, end: 7 },
      { actorId: 'a0', start: 8, end: 10 },
    ]);
  });
});

describe('createMatcher: property tests against a naive reference', () => {
  it('finds exactly what the naive reference finds, at the same offsets', () => {
    fc.assert(
      fc.property(caseArb, ({ actors, text }) => {
        const matcher = createMatcher(actors);
        expect(strip(matcher.match(text))).toEqual(naiveMatch(actors, text));
      }),
      { numRuns: 600 },
    );
  });

  it('covers every planted name, in whatever form the page writes it', () => {
    fc.assert(
      fc.property(caseArb, ({ actors, text, planted }) => {
        const found = createMatcher(actors).match(text);
        for (const p of planted) {
          // A longer name may swallow a planted one, so something covers it whole; or a name
          // that starts earlier runs into it (the leftmost match wins, as in " 42  42 42 " with
          // "42" and "42 42": "42  42", then "42"), and then the rest of it is matched on.
          const cover = found.find((m) => m.start <= p.start && m.end >= p.end);
          const earlier = found.find((m) => m.start < p.start && m.end > p.start);
          const where = `"${text.slice(p.start, p.end)}" in ${JSON.stringify(text)}`;
          if (cover === undefined) {
            expect(earlier, where).toBeDefined();
            const rest = found.filter((m) => m.start >= earlier!.end && m.start < p.end);
            expect(rest.length > 0 || earlier!.end >= p.end, where).toBe(true);
          }
        }
      }),
      { numRuns: 600 },
    );
  });

  it('gives offsets whose page slice folds back to a registered name', () => {
    fc.assert(
      fc.property(caseArb, ({ actors, text }) => {
        for (const m of createMatcher(actors).match(text)) {
          expect(m.text).toBe(text.slice(m.start, m.end));
          const actor = actors.find((a) => a.id === m.actorId)!;
          const names = [actor.names.en, actor.names.zh, actor.names.zhHant]
            .filter(Boolean)
            .map((n) => foldTerm(n!));
          expect(names).toContain(foldTerm(m.text));
        }
      }),
      { numRuns: 300 },
    );
  });
});
