import { describe, expect, it } from 'vitest';
import { firstInView, readingOrder, shortened } from '@/content/mark-walker';
import { buildTextMap, type TextMap } from '@/lib/page';

function mark(textMap: TextMap, word: string, rank: number, name = word, occurrence = 0) {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = textMap.text.indexOf(word, start + 1);
  if (start < 0) throw new Error(`${word} is not in the text`);
  return { name, textMap, start, end: start + word.length, rank };
}

describe('reading order of the marks', () => {
  it('orders one passage by where marks start, the enclosing mark first, then by layer', () => {
    document.body.innerHTML =
      '<article><p>Regulators met Ant Group on Monday, people familiar said.</p><p>The PBoC said nothing.</p></article>';
    const text = buildTextMap(document.querySelector('article')!);
    const sentence = mark(
      text,
      'Regulators met Ant Group on Monday, people familiar said.',
      3,
      'claim',
    );
    const marks = [
      mark(text, 'PBoC', 0),
      mark(text, 'people familiar said', 1, 'cue'),
      mark(text, 'Ant Group', 0),
      sentence,
      // A snippet that starts with the sentence but ends earlier comes after it, before the name.
      { ...mark(text, 'Regulators met', 2, 'snippet') },
      // Two layers on the very same words: the lower rank first.
      mark(text, 'Ant Group', 2, 'Ant Group (snippet)'),
    ];
    expect(readingOrder(marks).map((m) => m.name)).toEqual([
      'claim',
      'snippet',
      'Ant Group',
      'Ant Group (snippet)',
      'cue',
      'PBoC',
    ]);
  });

  it('merges passages by where their text stands, not by when they were read', () => {
    document.body.innerHTML =
      '<article><p id="a">Ant Group first.</p><p id="c">Tencent last.</p></article>';
    const article = document.querySelector('article')!;
    const first = buildTextMap(article);
    // Text the page added later, between the two paragraphs it had at first.
    const added = document.createElement('p');
    added.textContent = 'Alibaba in between.';
    article.insertBefore(added, document.getElementById('c'));
    const later = buildTextMap(added);
    const ordered = readingOrder([
      mark(later, 'Alibaba', 0),
      mark(first, 'Tencent', 0),
      mark(first, 'Ant Group', 0),
    ]);
    expect(ordered.map((m) => m.name)).toEqual(['Ant Group', 'Alibaba', 'Tencent']);
  });

  it('gives nothing for no marks', () => {
    expect(readingOrder([])).toEqual([]);
  });
});

describe('where a walk starts', () => {
  it('is the first mark at or below the top of the viewport, or the first of all', () => {
    const tops = [-900, -300, -5, 0, 120, 800];
    expect(firstInView(tops.length, (k) => tops[k]!)).toBe(3);
    expect(firstInView(3, (k) => tops[k]!)).toBe(0);
    expect(firstInView(2, (k) => [10, 20][k]!)).toBe(0);
    expect(firstInView(0, () => 0)).toBe(0);
  });
});

describe('names said in passing', () => {
  it('cuts a long statement at a word, and keeps a short one whole', () => {
    expect(shortened('  The PBoC   met Ant.  ')).toBe('The PBoC met Ant.');
    const long =
      'Chinese regulators pressed Ant Group to share the large trove of consumer credit data it had collected.';
    const cut = shortened(long, 40);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(41);
    expect(cut.slice(0, -1)).not.toMatch(/\s$/);
  });
});
