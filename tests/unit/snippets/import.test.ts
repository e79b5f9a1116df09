import { describe, expect, it } from 'vitest';
import { toReglensJson } from '../../../lib/snippets/formats/json';
import {
  MAX_SNIPPET_FILE_BYTES,
  describeImport,
  parseSnippetFile,
  planImport,
} from '../../../lib/snippets/import';
import type { Snippet } from '../../../lib/snippets/schema';
import { allSnippets, chineseSnippet, englishSnippet, exportContext } from './samples';

/** A snippet file as written by hand: the envelope with whatever snippets are given. */
function file(snippets: unknown[], envelope: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      format: 'reglens-snippets',
      version: 1,
      exportedAt: exportContext.exportedAt,
      snippets,
      ...envelope,
    },
    null,
    2,
  );
}

/** A plain copy of a sample that a test may spoil. */
function raw(snippet: Snippet): Record<string, unknown> {
  return JSON.parse(JSON.stringify(snippet)) as Record<string, unknown>;
}

function problemsOf(text: string, maxBytes?: number): string[] {
  const result = parseSnippetFile(text, maxBytes === undefined ? {} : { maxBytes });
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

describe('parseSnippetFile accepts', () => {
  it('an export, with a byte-order mark in front as Windows editors save it', () => {
    const text = `\uFEFF${toReglensJson(allSnippets, exportContext)}`;
    expect(parseSnippetFile(text)).toEqual({ ok: true, snippets: allSnippets });
  });

  it('a hand-written file, filling in the fields the schema gives defaults', () => {
    const minimal = {
      id: 'hand-written-1',
      quote: { exact: '平台企业' },
      citation: {
        url: 'https://example.cn/a',
        pageUrl: 'https://example.cn/a',
        title: '',
        site: 'example.cn',
      },
      savedAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
    };
    const result = parseSnippetFile(file([minimal]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.snippets[0]).toMatchObject({
      quote: { exact: '平台企业', prefix: '', suffix: '' },
      citation: { authors: [] },
      actors: [],
      claims: [],
      grades: {},
      note: '',
      tags: [],
    });
  });

  it('markup and script in strings as text, never interpreted', () => {
    const hostile = raw(englishSnippet);
    const markup =
      '<img src=x onerror="globalThis.__pwned = true"><script>globalThis.__pwned = true</script>';
    hostile.note = markup;
    (hostile.quote as Record<string, unknown>).exact = `<b>bold</b> ${markup}`;
    (hostile.citation as Record<string, unknown>).title = '<iframe src="javascript:alert(1)">';
    const bodyBefore = document.body.innerHTML;

    const result = parseSnippetFile(file([hostile]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.snippets[0]!.note).toBe(markup);
    expect(result.snippets[0]!.quote.exact).toBe(`<b>bold</b> ${markup}`);
    expect(result.snippets[0]!.citation.title).toBe('<iframe src="javascript:alert(1)">');
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
    expect(document.body.innerHTML).toBe(bodyBefore);
  });
});

describe('parseSnippetFile refuses', () => {
  it('malformed JSON, saying where', () => {
    const text = '{\n  "format": "reglens-snippets",\n  "version": 1,\n  "snippets": [],\n}';
    expect(problemsOf(text)).toEqual([
      'The file is not valid JSON: line 4, column 17: trailing comma before "}" (JSON allows none)',
    ]);
    expect(problemsOf("{ 'format': 1 }")[0]).toMatch(/line 1, column 3: .*double quotes/);
  });

  it('an empty file', () => {
    expect(problemsOf('  \n')).toEqual(['The file is empty.']);
  });

  it('a file that is not a JSON object', () => {
    expect(problemsOf(JSON.stringify(allSnippets))[0]).toMatch(
      /^The file holds a JSON array, but a snippet file is a JSON object/,
    );
    expect(problemsOf('"text"')[0]).toMatch(/^The file holds a single string/);
  });

  it('a knowledge-base dataset, pointing to where it belongs', () => {
    const dataset = JSON.stringify({ id: 'my-dataset', version: '1', actors: [] });
    expect(problemsOf(dataset)).toEqual([
      'This is a knowledge-base dataset, not a snippet file: import it on the knowledge base page.',
    ]);
  });

  it('a missing or wrong format marker', () => {
    expect(problemsOf(file([], { format: undefined }))).toEqual([
      'format: missing; a RegLens snippet file has "format": "reglens-snippets".',
    ]);
    expect(problemsOf(file([], { format: 'hypothesis' }))[0]).toBe(
      'format: "hypothesis"; a RegLens snippet file has "format": "reglens-snippets".',
    );
  });

  it('a newer version, saying that RegLens needs an update', () => {
    expect(problemsOf(file([], { version: 2 }))).toEqual([
      'version: this file is version 2 of the snippet format, written by a newer RegLens; this RegLens reads version 1. Update RegLens to import it.',
    ]);
  });

  it('a missing or malformed version', () => {
    expect(problemsOf(file([], { version: undefined }))[0]).toBe(
      'version: missing; this RegLens reads snippet files of version 1.',
    );
    expect(problemsOf(file([], { version: '1' }))[0]).toBe(
      'version: "1"; this RegLens reads snippet files of version 1.',
    );
    expect(problemsOf(file([], { version: 0.5 }))[0]).toMatch(/^version: 0\.5;/);
  });

  it('snippets that are not a list', () => {
    expect(problemsOf(file([], { snippets: { a: 1 } }))).toEqual([
      'snippets: a single object; a snippet file holds its snippets in a list.',
    ]);
    expect(problemsOf(file([], { snippets: undefined }))[0]).toMatch(/^snippets: missing;/);
  });

  it('wrong types and missing fields, each named by its path', () => {
    const wrongType = raw(englishSnippet);
    (wrongType.quote as Record<string, unknown>).exact = 42;
    const badUrl = raw(chineseSnippet);
    (badUrl.citation as Record<string, unknown>).url = 'not an address';
    const missing = raw(englishSnippet);
    missing.id = 'other-id-3';
    delete missing.savedAt;
    const extra = raw(chineseSnippet);
    extra.id = 'other-id-4';
    extra.colour = 'yellow';
    const badGrade = raw(englishSnippet);
    badGrade.id = 'other-id-5';
    badGrade.grades = { 'ant-ipo-halt': { level: 'certain', reliability: 'B', credibility: 2 } };

    const problems = problemsOf(file([wrongType, badUrl, missing, extra, badGrade]));
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/^snippets\[0\]\.quote\.exact: .*string/i);
    expect(problems[1]).toMatch(/^snippets\[1\]\.citation\.url: .*URL/i);
    expect(problems[2]).toMatch(/^snippets\[2\]\.savedAt: /);
    expect(problems[3]).toMatch(/^snippets\[3\]: .*"colour"/);
    expect(problems[4]).toMatch(/^snippets\[4\]\.grades\.ant-ipo-halt\.level: /);
  });

  it('an unknown key beside the snippets', () => {
    expect(problemsOf(file([], { extra: true }))[0]).toMatch(/^\(root\): .*"extra"/);
  });

  it('__proto__ and constructor keys anywhere, without polluting any prototype', () => {
    const nested = raw(englishSnippet);
    const text = file([nested])
      .replace('"grades": {', '"grades": { "__proto__": { "polluted": true },')
      .replace('"format":', '"constructor": { "prototype": { "polluted": true } },\n  "format":')
      .replace(/\}\s*$/, ', "__proto__": { "polluted": true } }');
    const problems = problemsOf(text);
    expect([...problems].sort()).toEqual([
      '__proto__: this key is not allowed in a snippet file.',
      'constructor: this key is not allowed in a snippet file.',
      'snippets[0].grades.__proto__: this key is not allowed in a snippet file.',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a claim id named "constructor" in grades', () => {
    const snippet = raw(englishSnippet);
    snippet.grades = { constructor: { level: 'weak', reliability: 'C', credibility: 3 } };
    expect(problemsOf(file([snippet]))).toEqual([
      'snippets[0].grades.constructor: this key is not allowed in a snippet file.',
    ]);
  });

  it('a file over the size limit, before reading it', () => {
    const text = toReglensJson(allSnippets, exportContext);
    const kilobytes = Math.ceil(new TextEncoder().encode(text).length / 1024);
    expect(kilobytes).toBeGreaterThan(2);
    expect(problemsOf(text, 2048)).toEqual([
      `The file is ${kilobytes} kB; a snippet file can be at most 2 kB.`,
    ]);
    // The limit is a limit on the file, not on its syntax: a broken file that large is refused
    // for its size alone.
    expect(problemsOf(`${text}}}}`, 2048)).toHaveLength(1);
  });

  it('a file over the default 50 MB limit, counted in UTF-8 bytes', () => {
    expect(MAX_SNIPPET_FILE_BYTES).toBe(50 * 1024 * 1024);
    // 18 M Chinese characters are 54 MB of UTF-8, though only 18 M string units.
    const big = `{"format":"reglens-snippets","note":"${'数'.repeat(18 * 1024 * 1024)}"}`;
    expect(problemsOf(big)).toEqual(['The file is 54 MB; a snippet file can be at most 50 MB.']);
  });

  it('two snippets under one id', () => {
    const copy = raw(chineseSnippet);
    copy.id = englishSnippet.id;
    expect(problemsOf(file([raw(englishSnippet), raw(chineseSnippet), copy]))).toEqual([
      'snippets[2].id: "snip-en-0001" is also the id of snippets[0].',
    ]);
  });

  it('with at most 50 problems listed and the rest counted', () => {
    const broken = Array.from({ length: 70 }, (_, i) => ({ id: `bad-${i}-xyz` }));
    const problems = problemsOf(file(broken));
    expect(problems).toHaveLength(51);
    expect(problems[50]).toMatch(/^\.\.\. and \d+ more problems\.$/);
  });
});

describe('planImport', () => {
  const withId = (snippet: Snippet, id: string): Snippet => ({ ...snippet, id });

  it('adds new snippets in file order', () => {
    const plan = planImport(new Map(), [...allSnippets]);
    expect(plan.add.map((s) => s.id)).toEqual(allSnippets.map((s) => s.id));
    expect(plan.skip).toEqual([]);
    expect(describeImport(plan)).toBe('Added 3 snippets.');
  });

  it('skips a snippet whose id is already saved, and the same passage saved under another id', () => {
    const existing = new Map<string, Snippet>([
      [englishSnippet.id, englishSnippet],
      ['saved-zh-9', withId(chineseSnippet, 'saved-zh-9')],
    ]);
    const spacedQuote: Snippet = {
      ...chineseSnippet,
      quote: { ...chineseSnippet.quote, exact: ` ${chineseSnippet.quote.exact}\n` },
    };
    const plan = planImport(existing, [englishSnippet, spacedQuote, allSnippets[2]!]);
    expect(plan.add.map((s) => s.id)).toEqual([allSnippets[2]!.id]);
    expect(plan.skip).toEqual([
      { id: englishSnippet.id, reason: 'a snippet with this id is already saved' },
      {
        id: chineseSnippet.id,
        reason:
          'the same passage of https://www.caixin.com/2022-07-07/101909.html is already saved as snippet "saved-zh-9"',
      },
    ]);
    expect(describeImport(plan)).toBe(
      'Added 1 snippet; skipped 2 snippets already in the library or repeated in the file.',
    );
  });

  it('skips a passage repeated in the file, the address compared without its fragment', () => {
    const again: Snippet = {
      ...withId(englishSnippet, 'repeat-en-2'),
      citation: { ...englishSnippet.citation, url: `${englishSnippet.citation.url}#para-3` },
    };
    const plan = planImport(new Map(), [englishSnippet, again]);
    expect(plan.add).toEqual([englishSnippet]);
    expect(plan.skip).toEqual([
      {
        id: 'repeat-en-2',
        reason: `the same passage of ${again.citation.url} comes earlier in the file as snippet "snip-en-0001"`,
      },
    ]);
  });

  it('keeps the same quote from another article', () => {
    const elsewhere: Snippet = {
      ...withId(englishSnippet, 'other-article'),
      citation: { ...englishSnippet.citation, url: 'https://www.ft.com/content/abc' },
    };
    const plan = planImport(new Map([[englishSnippet.id, englishSnippet]]), [elsewhere]);
    expect(plan.add).toEqual([elsewhere]);
  });
});
