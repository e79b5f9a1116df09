/**
 * Every export format is read back by a real reader of that format and the fields compared:
 * papaparse for CSV, citation.js for RIS and CSL-JSON (and citeproc through its CSL plugin),
 * jsonld.js expanding the Web Annotation document against the annotation context, RegLens's
 * own import for RegLens JSON, and a reading of the Markdown's quote lines and links.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import jsonld from 'jsonld';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT_IDS,
  EXPORT_FORMATS,
  exportFileName,
  exportSnippets,
} from '../../../lib/snippets/formats';
import { CSV_COLUMNS, csvField, toCsv } from '../../../lib/snippets/formats/csv';
import { toCslJson } from '../../../lib/snippets/formats/csl-json';
import { splitName } from '../../../lib/snippets/formats/export-context';
import { toReglensJson } from '../../../lib/snippets/formats/json';
import { toMarkdown } from '../../../lib/snippets/formats/markdown';
import { toRis } from '../../../lib/snippets/formats/ris';
import {
  WEB_ANNOTATION_CONTEXT,
  toWebAnnotation,
} from '../../../lib/snippets/formats/web-annotation';
import { parseSnippetFile } from '../../../lib/snippets/import';
import { allSnippets, bareSnippet, chineseSnippet, englishSnippet, exportContext } from './samples';

// citation.js ships CommonJS without types; its plugins register themselves on the core they
// require, so all three come through one require.
const require = createRequire(path.resolve('package.json'));
type CslRecord = Record<string, unknown>;
interface CiteInstance {
  data: CslRecord[];
  format(kind: 'bibliography', options: Record<string, string>): string;
}
const { Cite } = require('@citation-js/core') as { Cite: new (input: string) => CiteInstance };
require('@citation-js/plugin-ris');
require('@citation-js/plugin-csl');

/** The items citation.js read, without the provenance and made-up ids it attaches. */
function citeItems(text: string): CslRecord[] {
  return new Cite(text).data.map((item) => {
    const { _graph: _, ...rest } = item;
    if (typeof rest.id === 'string' && rest.id.startsWith('temp_id_')) delete rest.id;
    return rest;
  });
}

describe('the format list', () => {
  it('lists every format once, and exportSnippets writes with the listed writer', () => {
    expect(Object.keys(EXPORT_FORMATS).sort()).toEqual([...EXPORT_FORMAT_IDS].sort());
    expect(exportSnippets('ris', allSnippets, exportContext)).toBe(
      toRis(allSnippets, exportContext),
    );
    expect(exportSnippets('csv', allSnippets, exportContext)).toBe(
      toCsv(allSnippets, exportContext),
    );
  });

  it('names files by format and day', () => {
    expect(exportFileName('ris', '2024-04-05T12:00:00+08:00')).toBe(
      'reglens-snippets-2024-04-05.ris',
    );
    expect(exportFileName('csl-json', '2024-04-05T12:00:00Z')).toBe(
      'reglens-snippets-csl-2024-04-05.json',
    );
  });
});

describe('RegLens JSON', () => {
  it('imports back with nothing lost', () => {
    const text = toReglensJson(allSnippets, exportContext);
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file.format).toBe('reglens-snippets');
    expect(file.version).toBe(1);
    expect(file.exportedAt).toBe(exportContext.exportedAt);

    const parsed = parseSnippetFile(text);
    expect(parsed).toEqual({ ok: true, snippets: allSnippets });
  });
});

describe('CSV', () => {
  const text = toCsv(allSnippets, exportContext);

  it('starts with a UTF-8 byte-order mark and ends records with CRLF', () => {
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted fields, every line break is CRLF: remove quoted fields and look.
    const unquoted = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted).not.toMatch(/[^\r]\n/);
  });

  it('is read back by papaparse with every field intact, Chinese included', () => {
    const result = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(result.errors).toEqual([]);
    expect(result.meta.linebreak).toBe('\r\n');
    const [header, ...rows] = result.data;
    expect(header).toEqual([...CSV_COLUMNS]);
    const records = rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]])));

    expect(records[0]).toEqual({
      quote: englishSnippet.quote.exact,
      note: englishSnippet.note,
      tags: 'antitrust; fintech',
      title: 'China fines platforms, says "more to come"',
      site: 'Reuters',
      authors: 'Jane Doe; Ludwig van Beethoven; John Smith Jr.',
      published: '2021-03-25T10:20:00Z',
      url: englishSnippet.citation.url,
      saved: '2024-01-02',
      actors: 'State Administration for Market Regulation; Ant Group',
      claims: 'ant-ipo-halt (confirmed, B2)',
      id: 'snip-en-0001',
    });
    expect(records[1]).toEqual({
      quote: '数据处理者向境外提供重要数据的，应当申报数据出境安全评估。',
      note: '需要核实：与征求意见稿比较',
      tags: '数据安全; 出境',
      title: '网信办发布数据出境安全评估办法',
      site: '财新网',
      authors: '王小明; 李华',
      published: '2022-07',
      url: 'https://www.caixin.com/2022-07-07/101909.html',
      saved: '2024-02-10',
      actors: '国家互联网信息办公室',
      claims: '',
      id: 'snip-zh-0002',
    });
    // A quote that a spreadsheet would run as a formula is written as text.
    expect(records[2]!.quote).toBe(`'${bareSnippet.quote.exact}`);
    expect(records[2]!.site).toBe('blog.example.net');
    expect(records[2]!.title).toBe('');
  });

  it('quotes exactly the fields RFC 4180 requires', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('RIS', () => {
  const text = toRis(allSnippets, exportContext);

  it('writes "XX  - value" lines ended by CRLF, one record per snippet', () => {
    expect(text).not.toMatch(/[^\r]\n/);
    const lines = text.split('\r\n').filter((line) => line !== '');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines.filter((line) => line === 'TY  - NEWS')).toHaveLength(3);
    expect(lines.filter((line) => line === 'ER  - ')).toHaveLength(3);
    // DA carries the date at the page's precision; citation.js reads only PY for news items.
    expect(lines).toContain('DA  - 2021/03/25/');
    expect(lines).toContain('DA  - 2022/07//');
    expect(lines).toContain('Y2  - 2024/01/02/');
  });

  it('is read back by citation.js with the fields compared, Chinese included', () => {
    const [en, zh, bare] = citeItems(text);
    expect(en).toEqual({
      type: 'article-newspaper',
      title: 'China fines platforms, says "more to come"',
      'container-title': 'Reuters',
      reporter: ['Doe, Jane', 'van Beethoven, Ludwig', 'Smith, John, Jr.'],
      issued: { 'date-parts': [[2021]] },
      accessed: { 'date-parts': [[2024, 1, 2]] },
      URL: englishSnippet.citation.url,
      language: 'en',
      abstract: 'The regulator said, "platforms must comply", and added that fines would follow.',
      note: 'Check against the SAMR notice, first paragraph.',
      keyword: 'antitrust,fintech',
    });
    expect(zh).toEqual({
      type: 'article-newspaper',
      title: '网信办发布数据出境安全评估办法',
      'container-title': '财新网',
      reporter: ['王小明', '李华'],
      issued: { 'date-parts': [[2022]] },
      accessed: { 'date-parts': [[2024, 2, 10]] },
      URL: 'https://www.caixin.com/2022-07-07/101909.html',
      language: 'zh-CN',
      abstract: '数据处理者向境外提供重要数据的，应当申报数据出境安全评估。',
      note: '需要核实：与征求意见稿比较',
      keyword: '数据安全,出境',
    });
    expect(bare).toMatchObject({
      type: 'article-newspaper',
      'container-title': 'blog.example.net',
      abstract: bareSnippet.quote.exact.replace('\n', ' '),
      URL: bareSnippet.citation.url,
    });
    expect(bare).not.toHaveProperty('title');
    expect(bare).not.toHaveProperty('reporter');
    expect(bare).not.toHaveProperty('note');
  });
});

describe('CSL-JSON', () => {
  const text = toCslJson(allSnippets, exportContext);

  it('is read back by citation.js with the fields compared, Chinese names as literals', () => {
    const [en, zh, bare] = citeItems(text);
    expect(en).toMatchObject({
      id: 'snip-en-0001',
      type: 'article-newspaper',
      title: 'China fines platforms, says "more to come"',
      'container-title': 'Reuters',
      issued: { 'date-parts': [[2021, 3, 25]] },
      accessed: { 'date-parts': [[2024, 1, 2]] },
      URL: englishSnippet.citation.url,
      language: 'en',
      keyword: 'antitrust, fintech',
    });
    expect(en!.author).toEqual([
      { given: 'Jane', family: 'Doe' },
      { given: 'Ludwig', family: 'van Beethoven' },
      { given: 'John', family: 'Smith', suffix: 'Jr.' },
    ]);
    expect(en!.note).toBe(`Quote: “${englishSnippet.quote.exact}”\n\nNote: ${englishSnippet.note}`);

    expect(zh).toMatchObject({
      title: '网信办发布数据出境安全评估办法',
      'container-title': '财新网',
      author: [{ literal: '王小明' }, { literal: '李华' }],
      issued: { 'date-parts': [[2022, 7]] },
      language: 'zh-CN',
      note: `Quote: “${chineseSnippet.quote.exact}”\n\nNote: 需要核实：与征求意见稿比较`,
    });

    expect(bare).not.toHaveProperty('author');
    expect(bare).not.toHaveProperty('issued');
    expect(bare!.note).toBe(`Quote: “${bareSnippet.quote.exact}”`);
  });

  it('renders through citeproc as a bibliography with the Chinese names and title', () => {
    const bibliography = new Cite(text).format('bibliography', {
      format: 'text',
      template: 'apa',
      lang: 'en-US',
    });
    expect(bibliography).toContain('王小明');
    expect(bibliography).toContain('网信办发布数据出境安全评估办法');
    expect(bibliography).toContain('Doe, J.');
    expect(bibliography).toContain('Reuters');
  });
});

describe('W3C Web Annotation', () => {
  const OA = 'http://www.w3.org/ns/oa#';
  const AS = 'https://www.w3.org/ns/activitystreams#';
  const DCTERMS = 'http://purl.org/dc/terms/';
  const RDF_VALUE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#value';
  const XSD = 'http://www.w3.org/2001/XMLSchema#';
  const context = JSON.parse(
    readFileSync(path.resolve('tests/fixtures/snippets/anno-context.jsonld'), 'utf8'),
  ) as object;

  /** Serves the annotation context from the fixture; any other address fails (no network). */
  const documentLoader = async (url: string) => {
    if (url !== WEB_ANNOTATION_CONTEXT && url !== 'https://www.w3.org/ns/anno.jsonld') {
      throw new Error(`unexpected document load: ${url}`);
    }
    return { contextUrl: undefined, documentUrl: url, document: context };
  };

  type Expanded = Record<string, unknown[]> & { '@id'?: string; '@type'?: string[] };
  async function expand(text: string): Promise<Expanded[]> {
    // Safe mode makes any term the context does not define an error instead of a silent drop.
    const options = { documentLoader, safe: true } as Parameters<typeof jsonld.expand>[1];
    return (await jsonld.expand(JSON.parse(text) as object, options)) as Expanded[];
  }
  const values = (node: Expanded, iri: string) =>
    (node[iri] as { '@value': unknown }[] | undefined)?.map((v) => v['@value']);
  const ids = (node: Expanded, iri: string) =>
    (node[iri] as { '@id': string }[] | undefined)?.map((v) => v['@id']);

  it('expands against the annotation context to the vocabulary IRIs, Chinese included', async () => {
    const text = toWebAnnotation(allSnippets, exportContext);
    expect(JSON.parse(text)['@context']).toBe('http://www.w3.org/ns/anno.jsonld');

    const [collection] = await expand(text);
    expect(collection!['@type']).toEqual([`${AS}OrderedCollection`]);
    expect(values(collection!, `${AS}totalItems`)).toEqual([3]);
    const [page] = collection![`${AS}first`] as Expanded[];
    expect(page!['@type']).toEqual([`${AS}OrderedCollectionPage`]);
    const annotations = (page![`${AS}items`] as { '@list': Expanded[] }[])[0]!['@list'];
    expect(annotations).toHaveLength(3);
    const [en, zh, bare] = annotations as [Expanded, Expanded, Expanded];

    expect(en['@id']).toBe('urn:reglens:snippet:snip-en-0001');
    expect(en['@type']).toEqual([`${OA}Annotation`]);
    expect(ids(en, `${OA}motivatedBy`)).toEqual([`${OA}commenting`]);
    expect(en[`${DCTERMS}created`]).toEqual([
      { '@value': '2024-01-02T23:30:00+08:00', '@type': `${XSD}dateTime` },
    ]);
    expect(values(en, `${DCTERMS}modified`)).toEqual(['2024-01-03T08:00:00+08:00']);

    const bodies = en[`${OA}hasBody`] as Expanded[];
    expect(bodies.map((b) => [ids(b, `${OA}hasPurpose`)![0], values(b, RDF_VALUE)![0]])).toEqual([
      [`${OA}commenting`, englishSnippet.note],
      [`${OA}tagging`, 'antitrust'],
      [`${OA}tagging`, 'fintech'],
    ]);
    expect(bodies.every((b) => b['@type']![0] === `${OA}TextualBody`)).toBe(true);

    const [target] = en[`${OA}hasTarget`] as Expanded[];
    expect(ids(target!, `${OA}hasSource`)).toEqual([englishSnippet.citation.url]);
    const [quote, position] = target![`${OA}hasSelector`] as Expanded[];
    expect(quote!['@type']).toEqual([`${OA}TextQuoteSelector`]);
    expect(values(quote!, `${OA}exact`)).toEqual([englishSnippet.quote.exact]);
    expect(values(quote!, `${OA}prefix`)).toEqual(['On Thursday, ']);
    expect(values(quote!, `${OA}suffix`)).toEqual([' The company declined to comment.']);
    expect(position!['@type']).toEqual([`${OA}TextPositionSelector`]);
    expect(values(position!, `${OA}start`)).toEqual([120]);
    expect(values(position!, `${OA}end`)).toEqual([198]);

    const [zhTarget] = zh[`${OA}hasTarget`] as Expanded[];
    const [zhQuote] = zhTarget![`${OA}hasSelector`] as Expanded[];
    expect(values(zhQuote!, `${OA}exact`)).toEqual([chineseSnippet.quote.exact]);
    expect(values(zhQuote!, `${OA}prefix`)).toEqual(['办法规定，']);
    const zhBodies = zh[`${OA}hasBody`] as Expanded[];
    expect(zhBodies.map((b) => values(b, RDF_VALUE)![0])).toEqual([
      '需要核实：与征求意见稿比较',
      '数据安全',
      '出境',
    ]);

    // No note: a highlight, with no body and only the quote selector (no position was kept).
    expect(ids(bare, `${OA}motivatedBy`)).toEqual([`${OA}highlighting`]);
    expect(bare[`${OA}hasBody`]).toBeUndefined();
    const [bareTarget] = bare[`${OA}hasTarget`] as Expanded[];
    expect(bareTarget![`${OA}hasSelector`]).toHaveLength(1);
  });

  it('checks strictly: a term the annotation context does not define fails the expansion', async () => {
    const annotation = JSON.parse(toWebAnnotation([bareSnippet], exportContext)) as {
      first: { items: Record<string, unknown>[] };
    };
    annotation.first.items[0]!.quotation = 'not a Web Annotation term';
    await expect(expand(JSON.stringify(annotation))).rejects.toThrow();
  });

  it('writes an empty collection without a page', async () => {
    const [collection] = await expand(toWebAnnotation([], exportContext));
    expect(values(collection!, `${AS}totalItems`)).toEqual([0]);
    expect(collection![`${AS}first`]).toBeUndefined();
  });
});

describe('Markdown', () => {
  const text = toMarkdown(allSnippets, exportContext);
  const blocks = text.split('\n\n---\n\n').slice(1);

  /** The quote as a reader sees it: block-quote markers and backslash escapes taken off. */
  function readQuote(block: string): string {
    return block
      .split('\n')
      .filter((line) => line.startsWith('>'))
      .map((line) => unescape(line.replace(/^> ?/, '')))
      .join('\n');
  }
  const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  const LINK = /\*\[((?:\\.|[^\]\\])*)\]\(<([^>]*)>\)\*/;

  it('holds one block per snippet, each quote read back from its lines', () => {
    expect(blocks).toHaveLength(3);
    expect(readQuote(blocks[0]!)).toBe(englishSnippet.quote.exact);
    expect(readQuote(blocks[1]!)).toBe(chineseSnippet.quote.exact);
    expect(readQuote(blocks[2]!)).toBe(bareSnippet.quote.exact);
  });

  it('cites each quote: authors, linked title in italics, site, date, address, saved day', () => {
    const english = blocks[0]!;
    const link = LINK.exec(english)!;
    expect(unescape(link[1]!)).toBe(englishSnippet.citation.title);
    expect(link[2]).toBe(englishSnippet.citation.url);
    expect(english).toContain('Jane Doe, Ludwig van Beethoven, John Smith Jr.');
    expect(english).toContain('Reuters, 2021-03-25T10:20:00Z.');
    expect(english).toContain(`<${englishSnippet.citation.url}>.`);
    expect(english).toContain('Saved 2024-01-02.');
    expect(english).toContain('**Note:** Check against the SAMR notice,\nfirst paragraph.');
    expect(english).toContain('**Tags:** antitrust, fintech');
    expect(english).toContain(
      '- Regulators halted the Ant Group listing (ant-ipo-halt), graded confirmed, B2 when saved',
    );

    const chinese = blocks[1]!;
    expect(unescape(LINK.exec(chinese)![1]!)).toBe('网信办发布数据出境安全评估办法');
    expect(chinese).toContain('王小明, 李华.');
    expect(chinese).toContain('财新网, 2022-07.');
    expect(chinese).toContain('**Tags:** 数据安全, 出境');
    expect(chinese).toContain('**Actors:** 国家互联网信息办公室');
  });

  it('keeps markup in a quote as text: nothing in it opens HTML, a link, emphasis or a heading', () => {
    const bare = blocks[2]!;
    const quoteLines = bare.split('\n').filter((line) => line.startsWith('>'));
    for (const line of quoteLines) {
      const body = line.replace(/^> ?/, '');
      // Every <, [, ], *, and a leading # carries a backslash.
      expect(body).not.toMatch(/(^|[^\\])[<[\]*]/);
      expect(body).not.toMatch(/^#/);
    }
    // An untitled page is linked by its address, which parentheses cannot break.
    const link = LINK.exec(bare)!;
    expect(link[2]).toBe('http://blog.example.net/post?id=7&x=(1)');
  });
});

describe('splitName', () => {
  it.each([
    ['Jane Doe', { given: 'Jane', family: 'Doe' }],
    ['Mary Ann van der Berg', { given: 'Mary Ann', family: 'van der Berg' }],
    ['Smith, John', { given: 'John', family: 'Smith' }],
    ['John Smith Jr.', { given: 'John', family: 'Smith', suffix: 'Jr.' }],
    ['王小明', { literal: '王小明' }],
    ['Reuters', { literal: 'Reuters' }],
    ['Staff of the 3rd Bureau', { literal: 'Staff of the 3rd Bureau' }],
  ])('%s', (name, expected) => {
    expect(splitName(name)).toEqual(expected);
  });
});
