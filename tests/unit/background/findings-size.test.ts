import { describe, expect, it } from 'vitest';
import { storedFindings } from '@/lib/background/findings-size';
import type { Findings } from '@/lib/messaging';

function findingsWith(count: number): Findings {
  const mentions = Array.from({ length: count }, (_, index) => ({
    actorId: index === count - 1 ? 'meituan' : index % 2 ? 'ant' : 'pboc',
    name: 'x',
    kind: 'company',
    text: 'Ant Group',
    start: index * 10,
    end: index * 10 + 9,
  }));
  return {
    url: 'https://example.com/a',
    title: 'A',
    isArticle: true,
    signals: [],
    level: 'names',
    mentions,
    claims: [],
    attributions: [],
    snippets: [],
  } as unknown as Findings;
}

describe('storedFindings', () => {
  it('keeps a read-out that fits whole, as JSON text', () => {
    const small = findingsWith(10);
    expect(JSON.parse(storedFindings(small, 100_000))).toEqual(small);
  });

  it('keeps the first entries and the first of every actor when the read-out is too long', () => {
    const big = findingsWith(5_000);
    const text = storedFindings(big, 50_000);
    expect(text.length).toBeLessThanOrEqual(50_000);
    const fitted = JSON.parse(text) as Findings;
    expect(fitted.mentions.length).toBeLessThan(big.mentions.length);
    expect(fitted.mentions.slice(0, 100)).toEqual(big.mentions.slice(0, 100));
    expect([...new Set(fitted.mentions.map((m) => m.actorId))]).toEqual(['pboc', 'ant', 'meituan']);
    expect(fitted.mentions.at(-1)).toEqual(big.mentions.at(-1));
  });
});
