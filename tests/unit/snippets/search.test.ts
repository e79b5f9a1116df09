import { describe, expect, it } from 'vitest';
import type { Snippet } from '@/lib/snippets/schema';
import { ant, reuters, snippet } from './make-snippet';
import {
  compareSnippets,
  facetsOf,
  foldText,
  indexTerms,
  matchesFilters,
  publishedTime,
  queryTerms,
  savedSpan,
  SnippetIndex,
  type SnippetQuery,
} from '@/lib/snippets/search';

const bloomberg = snippet('snip-bloomberg', {
  exact: 'Regulators summoned the company’s executives over its lending practices.',
  note: 'Ask about the <b>timing</b> of the summons.',
  citation: {
    title: 'Ant executives summoned again',
    site: 'www.bloomberg.com',
    published: '2020-11-02T09:30:00+08:00',
  },
  actors: ['ant-group'],
  tags: ['enforcement'],
  savedAt: '2024-01-15T12:00:00Z',
});

const all = [ant, reuters, bloomberg];
const ids = (list: readonly Snippet[]) => list.map((s) => s.id);
const query = (q: Partial<SnippetQuery>): SnippetQuery => ({ text: '', sort: 'newest', ...q });

describe('terms', () => {
  it('folds case, accents and full-width forms', () => {
    expect(foldText('Ｒückzug ＡＮＴ')).toBe('ruckzug ant');
  });

  it('splits words on spaces and punctuation and keeps digits', () => {
    expect(indexTerms("China's e-CNY, 2021!")).toEqual(['china', 's', 'e', 'cny', '2021']);
  });

  it('indexes a Han run as its characters and bigrams, apart from Latin next to it', () => {
    expect(indexTerms('Ant蚂蚁集团')).toEqual([
      'ant',
      '蚂',
      '蚁',
      '集',
      '团',
      '蚂蚁',
      '蚁集',
      '集团',
    ]);
  });

  it('looks a Han query up by its bigrams, or by its one character', () => {
    expect(queryTerms('蚂蚁集团')).toEqual(['蚂蚁', '蚁集', '集团']);
    expect(queryTerms('征')).toEqual(['征']);
    expect(queryTerms('  ,. ')).toEqual([]);
  });
});

describe('SnippetIndex search', () => {
  const index = new SnippetIndex(all);

  it('finds a snippet by a word of its note, its quote or its title', () => {
    expect(ids(index.find(query({ text: 'caixin' })))).toEqual(['snip-reuters']);
    expect(ids(index.find(query({ text: 'lending' })))).toEqual(['snip-bloomberg']);
    expect(ids(index.find(query({ text: 'executives' })))).toEqual(['snip-bloomberg']);
  });

  it('matches by prefix and forgives a typo in a longer word', () => {
    expect(ids(index.find(query({ text: 'summ' })))).toEqual(['snip-bloomberg']);
    expect(ids(index.find(query({ text: 'platfarms' })))).toEqual(['snip-reuters']);
  });

  it('needs every word of the query', () => {
    expect(ids(index.find(query({ text: 'credit central' })))).toEqual(['snip-reuters']);
    expect(ids(index.find(query({ text: 'credit lending' })))).toEqual([]);
  });

  it('finds Chinese text by a word written without spaces', () => {
    expect(ids(index.find(query({ text: '蚂蚁' })))).toEqual(['snip-ant']);
    expect(ids(index.find(query({ text: '征信' })))).toEqual(['snip-ant']);
    expect(ids(index.find(query({ text: '个人征信机构' })))).toEqual(['snip-ant']);
    // Every character occurs, but never side by side.
    expect(ids(index.find(query({ text: '征团' })))).toEqual([]);
  });

  it('matches markup in a note as plain words', () => {
    expect(ids(index.find(query({ text: 'timing' })))).toEqual(['snip-bloomberg']);
  });

  it('returns everything for blank text', () => {
    expect(index.match('  ')).toBeNull();
    expect(index.find(query({ text: ' ' }))).toHaveLength(3);
  });

  it('orders by score for relevance: a title hit ranks above a quote hit', () => {
    const a = snippet('rel-aaa', {
      exact: 'Nothing about it here.',
      citation: { title: 'Tencent' },
    });
    const b = snippet('rel-bbb', {
      exact: 'Tencent said little.',
      citation: { title: 'Other news' },
      savedAt: '2025-01-01T00:00:00Z',
    });
    const scored = new SnippetIndex([a, b]);
    expect(ids(scored.find(query({ text: 'tencent', sort: 'relevance' })))).toEqual([
      'rel-aaa',
      'rel-bbb',
    ]);
    expect(ids(scored.find(query({ text: 'tencent', sort: 'newest' })))).toEqual([
      'rel-bbb',
      'rel-aaa',
    ]);
  });
});

describe('SnippetIndex sync', () => {
  it('re-indexes an edited snippet: the old note no longer matches, the new one does', () => {
    const index = new SnippetIndex(all);
    const edited = { ...reuters, note: 'Follow up with the 征信 regulator.' };
    const change = index.sync([ant, edited, bloomberg]);
    expect(change).toEqual({ added: 0, updated: 1, removed: 0 });
    expect(ids(index.find(query({ text: 'caixin' })))).toEqual([]);
    expect(ids(index.find(query({ text: '征信' })))).toEqual(['snip-ant', 'snip-reuters']);
  });

  it('adds and removes, and leaves the same objects alone', () => {
    const index = new SnippetIndex(all);
    const version = index.version;
    expect(index.sync([...all])).toEqual({ added: 0, updated: 0, removed: 0 });
    expect(index.version).toBe(version);
    const extra = snippet('snip-extra', { note: 'tiktok divestiture' });
    expect(index.sync([ant, extra])).toEqual({ added: 1, updated: 0, removed: 2 });
    expect(index.version).toBe(version + 1);
    expect(index.size).toBe(2);
    expect(ids(index.find(query({ text: 'lending' })))).toEqual([]);
    expect(ids(index.find(query({ text: 'tiktok' })))).toEqual(['snip-extra']);
    // Removed, then restored: searchable again.
    index.sync([ant, extra, bloomberg]);
    expect(ids(index.find(query({ text: 'lending' })))).toEqual(['snip-bloomberg']);
  });

  it('builds the text index only when text is searched, from the snippets held by then', () => {
    const index = new SnippetIndex([ant]);
    index.sync([ant, reuters]);
    expect(ids(index.find(query({ tag: 'credit' })))).toEqual(['snip-ant', 'snip-reuters']);
    expect(index.textReady).toBe(false);
    expect(ids(index.find(query({ text: 'platforms' })))).toEqual(['snip-reuters']);
    expect(index.textReady).toBe(true);
  });

  it('keeps the first of two snippets with one id', () => {
    const index = new SnippetIndex([reuters, { ...reuters, note: 'second copy' }]);
    expect(index.size).toBe(1);
    expect(ids(index.find(query({ text: 'second' })))).toEqual([]);
  });

  it('re-sorts and recounts after a change that leaves the text alone', () => {
    const index = new SnippetIndex(all);
    expect(index.facets().tags.get('enforcement')).toBe(1);
    const retagged = { ...bloomberg, tags: ['credit'], savedAt: '2025-01-01T00:00:00Z' };
    index.sync([ant, reuters, retagged]);
    expect(index.facets().tags.get('enforcement')).toBeUndefined();
    expect(index.facets().tags.get('credit')).toBe(3);
    expect(ids(index.ordered('newest'))[0]).toBe('snip-bloomberg');
  });
});

describe('filters', () => {
  const index = new SnippetIndex(all);

  it('filters by actor, claim, outlet, site and tag', () => {
    expect(ids(index.find(query({ actor: 'pboc' })))).toEqual(['snip-ant', 'snip-reuters']);
    expect(ids(index.find(query({ claim: 'ant-credit-jv' })))).toEqual(['snip-ant']);
    expect(ids(index.find(query({ outlet: 'reuters' })))).toEqual(['snip-reuters']);
    expect(ids(index.find(query({ site: 'www.bloomberg.com' })))).toEqual(['snip-bloomberg']);
    expect(ids(index.find(query({ tag: 'credit' })))).toEqual(['snip-ant', 'snip-reuters']);
  });

  it('combines filters with each other and with the text', () => {
    expect(ids(index.find(query({ actor: 'ant-group', tag: 'credit' })))).toEqual(['snip-ant']);
    expect(ids(index.find(query({ actor: 'pboc', text: 'platforms' })))).toEqual(['snip-reuters']);
    expect(ids(index.find(query({ actor: 'pboc', text: 'lending' })))).toEqual([]);
  });

  it('filters by the days saved, both ends included, in local time', () => {
    const noonLocal = (day: string) => new Date(`${day}T12:00:00`).toISOString();
    const early = snippet('d-early1', { savedAt: noonLocal('2024-02-01') });
    const late = snippet('d-late1', { savedAt: noonLocal('2024-02-03') });
    expect(matchesFilters(early, { savedFrom: '2024-02-01', savedTo: '2024-02-01' })).toBe(true);
    expect(matchesFilters(late, { savedFrom: '2024-02-01', savedTo: '2024-02-02' })).toBe(false);
    expect(matchesFilters(late, { savedFrom: '2024-02-03' })).toBe(true);
    expect(matchesFilters(early, { savedFrom: '2024-02-02' })).toBe(false);
    expect(matchesFilters(early, { savedTo: '2024-01-31' })).toBe(false);
    // A day that is not a date leaves that end open.
    expect(savedSpan({ savedFrom: 'soon' }).from).toBe(-Infinity);
    const span = savedSpan({ savedFrom: '2024-02-01', savedTo: '2024-02-01' });
    expect(span.until - span.from).toBeGreaterThanOrEqual(23 * 3600_000);
    expect(span.until - span.from).toBeLessThanOrEqual(25 * 3600_000);
  });

  it('counts the values each filter can take', () => {
    const facets = facetsOf(all);
    expect([...facets.actors]).toEqual([
      ['ant-group', 2],
      ['pboc', 2],
    ]);
    expect(facets.outlets.get('caixin')).toBe(1);
    expect(facets.sites.size).toBe(3);
    expect(facets.tags.get('credit')).toBe(2);
    expect(facets.claims.get('ant-credit-jv')).toBe(1);
  });
});

describe('sorting', () => {
  it('sorts by saved date either way', () => {
    expect(ids([...all].sort(compareSnippets('newest')))).toEqual([
      'snip-ant',
      'snip-reuters',
      'snip-bloomberg',
    ]);
    expect(ids([...all].sort(compareSnippets('oldest')))).toEqual([
      'snip-bloomberg',
      'snip-reuters',
      'snip-ant',
    ]);
  });

  it('sorts by published date, newest first, undated last', () => {
    expect(ids([...all].sort(compareSnippets('published')))).toEqual([
      'snip-reuters',
      'snip-bloomberg',
      'snip-ant',
    ]);
    expect(publishedTime('2021')).toBe(Date.UTC(2021, 0, 1));
    expect(publishedTime('2020-11-02T09:30:00+08:00')).toBe(Date.UTC(2020, 10, 2, 1, 30));
    expect(publishedTime(undefined)).toBeNull();
  });

  it('sorts by title and by site name, ignoring case', () => {
    const lower = snippet('t-lower1', {
      citation: { title: 'bytedance files', site: 'a.example' },
    });
    const list = [...all, lower];
    expect(ids(list.sort(compareSnippets('title')))).toEqual([
      'snip-bloomberg',
      't-lower1',
      'snip-reuters',
      'snip-ant',
    ]);
    // By the publication's name where it has one ("Reuters", "财新"), else the host without www.
    expect(ids(list.sort(compareSnippets('site')))).toEqual([
      't-lower1',
      'snip-bloomberg',
      'snip-reuters',
      'snip-ant',
    ]);
  });

  it('gives the same order whatever order the snippets came in', () => {
    const same = all.map((s) => ({ ...s, savedAt: '2024-01-01T00:00:00Z' }));
    expect(ids([...same].sort(compareSnippets('newest')))).toEqual(
      ids([...same].reverse().sort(compareSnippets('newest'))),
    );
  });
});

describe('a library of 10,000 snippets', () => {
  it('builds, searches and updates one snippet without a rebuild', () => {
    const words = ['credit', 'platform', 'antitrust', 'fintech', 'data', 'security', 'lending'];
    const library = Array.from({ length: 10_000 }, (_, i) =>
      snippet(`bulk-${i}`, {
        exact: `Passage ${i} about ${words[i % words.length]} and ${words[(i * 3) % words.length]} 监管${i % 2 ? '征信' : '数据'}.`,
        note: i % 100 === 0 ? `needle ${i}` : '',
        savedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
        tags: [`tag-${i % 20}`],
      }),
    );
    let start = performance.now();
    const index = new SnippetIndex(library);
    const first = index.find(query({ text: '' }));
    const opened = performance.now() - start;
    expect(index.textReady).toBe(false);
    expect(first[0]!.id).toBe('bulk-9999');

    start = performance.now();
    index.prepareText();
    const built = performance.now() - start;

    start = performance.now();
    const found = index.find(query({ text: 'needle' }));
    const searched = performance.now() - start;

    start = performance.now();
    const chinese = index.find(query({ text: '征信', tag: 'tag-3' }));
    const filtered = performance.now() - start;

    const next = library.slice();
    next[5000] = { ...next[5000]!, note: 'a fresh note' };
    start = performance.now();
    const change = index.sync(next);
    const synced = performance.now() - start;

    console.info(
      `10,000 snippets: listed newest first in ${opened.toFixed(0)} ms; ` +
        `text index built in ${built.toFixed(0)} ms; "needle" searched in ${searched.toFixed(1)} ms; ` +
        `"征信" with a tag in ${filtered.toFixed(1)} ms; one edit synced in ${synced.toFixed(1)} ms`,
    );
    expect(found).toHaveLength(100);
    expect(found[0]!.id).toBe('bulk-9900');
    expect(chinese.every((s) => s.tags[0] === 'tag-3' && s.quote.exact.includes('征信'))).toBe(
      true,
    );
    expect(chinese).toHaveLength(500);
    expect(change).toEqual({ added: 0, updated: 1, removed: 0 });
    expect(ids(index.find(query({ text: 'fresh' })))).toEqual(['bulk-5000']);
  });
});
