import { describe, expect, it } from 'vitest';
import { checkDataset, normalizeAliasText } from '../../../lib/kb/check';
import { actor, dataset } from './helpers';

describe('normalizeAliasText', () => {
  it('lowercases, straightens quotes and collapses spaces', () => {
    expect(normalizeAliasText('  \u201cDebit\u201d   Chant\u2019s ')).toBe('"debit" chant\'s');
  });
});

describe('checkDataset', () => {
  it('accepts a small consistent dataset', () => {
    const data = dataset([actor('a', { relations: [{ kind: 'owns', target: 'b' }] }), actor('b')]);
    expect(checkDataset(data)).toEqual([]);
  });

  it('reports a relation to a missing actor', () => {
    const data = dataset([actor('a', { relations: [{ kind: 'owns', target: 'ghost' }] })]);
    expect(checkDataset(data)).toEqual(['actor "a": relation owns targets unknown actor "ghost"']);
  });

  it('reports a duplicate actor id', () => {
    const data = dataset([actor('a'), actor('b'), actor('a', { names: { en: 'Other A' } })]);
    expect(checkDataset(data)).toEqual(['actors[2].id: duplicate actor id "a", also at actors[0]']);
  });

  it('reports an alias two actors share when neither has a context rule', () => {
    const data = dataset([
      actor('a', { aliases: [{ text: 'The  \u201cBank\u201d', lang: 'en' }] }),
      actor('b', { aliases: [{ text: 'the "bank"', lang: 'en' }] }),
    ]);
    const problems = checkDataset(data);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('"the "bank""');
    expect(problems[0]).toContain('"a"');
    expect(problems[0]).toContain('"b"');
  });

  it('allows a shared alias when one side has a context rule', () => {
    const data = dataset([
      actor('a', { aliases: [{ text: 'Bank', lang: 'en' }] }),
      actor('b', {
        aliases: [{ text: 'bank', lang: 'en', context: { pageMentionsAny: ['B Corp'] } }],
      }),
    ]);
    expect(checkDataset(data)).toEqual([]);
  });

  it('reports a claim about a missing actor', () => {
    const data = dataset([actor('a')], {
      claims: [
        {
          id: 'c1',
          statement: 'Something happened.',
          actors: ['a', 'nobody'],
          sources: [{ outlet: 'a', attribution: 'anonymous' }],
          status: 'reported',
        },
      ],
    });
    expect(checkDataset(data)).toEqual(['claim "c1": unknown actor "nobody"']);
  });

  it('reports schema problems with their path and record id', () => {
    const data = dataset([actor('a'), { ...actor('b'), kind: 'planet' as never }]);
    const problems = checkDataset(data);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^actors\[1\] \(id "b"\)\.kind: /);
  });
});
