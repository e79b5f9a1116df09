import { describe, expect, it } from 'vitest';
import { attributionsAnalyzer, compileBundledCues } from '@/lib/background/analyzers/attributions';
import type { Knowledge } from '@/lib/background/knowledge';
import type { AnalysisKit } from '@/lib/background/analyzers/types';

/** The analyser needs only `derived` from the knowledge base: the cues are bundled. */
function kit(): AnalysisKit {
  const built = new Map<string, Promise<unknown>>();
  const knowledge = {
    derived: (key: string, build: (k: Knowledge) => Promise<unknown>) => {
      if (!built.has(key)) built.set(key, build(knowledge as Knowledge));
      return built.get(key)!;
    },
  } as unknown as Knowledge;
  return { knowledge, mentions: async () => [] };
}

describe('the attributions analyser', () => {
  it('marks each attributing sentence of a text with its kind, its text and its cue', async () => {
    const text =
      'The central bank plans to tighten the rules, people familiar with the matter said. ' +
      'Ant Group did not respond to a request for comment.\n' +
      '据知情人士透露，监管部门正在研究新的规定。The weather was fine.';
    const { sentences } = await attributionsAnalyzer.analyze({ text, host: 'x' }, kit());
    expect(sentences.map(({ kind, text: sentence }) => [kind, sentence])).toEqual([
      [
        'anonymous',
        'The central bank plans to tighten the rules, people familiar with the matter said.',
      ],
      ['no-comment', 'Ant Group did not respond to a request for comment.'],
      ['anonymous', '据知情人士透露，监管部门正在研究新的规定。'],
    ]);
    for (const hit of sentences) {
      expect(text.slice(hit.start, hit.end)).toBe(hit.text);
      expect(text.slice(hit.cueStart, hit.cueEnd)).toBe(hit.cue);
      expect(hit.cueStart).toBeGreaterThanOrEqual(hit.start);
      expect(hit.cueEnd).toBeLessThanOrEqual(hit.end);
    }
  });

  it('refuses a broken cue file with the problem named by its path', () => {
    expect(() => compileBundledCues({ version: 1, priority: [], sets: {}, kinds: {} })).toThrow(
      /attribution cue file is invalid: .*priority/,
    );
  });
});

describe('the attributions analyser on a long text', () => {
  it('keeps every offset right across the pieces it works in', async () => {
    const paragraph =
      'The rules will change, people familiar with the matter said. The weather was fine.';
    const text = Array.from({ length: 800 }, () => paragraph).join('\u2029');
    const { sentences } = await attributionsAnalyzer.analyze({ text, host: 'x' }, kit());
    expect(sentences).toHaveLength(800);
    for (const hit of sentences) {
      expect(hit.kind).toBe('anonymous');
      expect(text.slice(hit.start, hit.end)).toBe(hit.text);
      expect(hit.text).toBe('The rules will change, people familiar with the matter said.');
    }
  });
});
