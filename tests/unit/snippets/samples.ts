/**
 * Snippets the format and import tests share: an English article with every field, a Chinese
 * one with a month-precision date, and a bare one whose quote carries markup and a formula.
 */
import { snippetSchema, type Snippet } from '../../../lib/snippets/schema';
import type { ExportContext } from '../../../lib/snippets/formats';

export const englishSnippet: Snippet = snippetSchema.parse({
  id: 'snip-en-0001',
  quote: {
    exact: 'The regulator said, "platforms must comply", and added\nthat fines would follow.',
    prefix: 'On Thursday, ',
    suffix: ' The company declined to comment.',
  },
  position: { start: 120, end: 198 },
  citation: {
    url: 'https://www.reuters.com/technology/regulator-fines-2021-03-25/',
    pageUrl: 'https://www.reuters.com/technology/regulator-fines-2021-03-25/?utm_source=x',
    title: 'China fines platforms, says "more to come"',
    site: 'www.reuters.com',
    siteName: 'Reuters',
    authors: ['Jane Doe', 'Ludwig van Beethoven', 'John Smith Jr.'],
    published: '2021-03-25T10:20:00Z',
    modified: '2021-03-26',
    language: 'en',
  },
  outlet: 'reuters',
  savedAt: '2024-01-02T23:30:00+08:00',
  updatedAt: '2024-01-03T08:00:00+08:00',
  actors: ['samr', 'ant-group'],
  claims: ['ant-ipo-halt'],
  grades: { 'ant-ipo-halt': { level: 'confirmed', reliability: 'B', credibility: 2 } },
  note: 'Check against the SAMR notice,\nfirst paragraph.',
  tags: ['antitrust', 'fintech'],
});

export const chineseSnippet: Snippet = snippetSchema.parse({
  id: 'snip-zh-0002',
  quote: {
    exact: '数据处理者向境外提供重要数据的，应当申报数据出境安全评估。',
    prefix: '办法规定，',
    suffix: '业内人士表示',
  },
  position: { start: 40, end: 70 },
  citation: {
    url: 'https://www.caixin.com/2022-07-07/101909.html',
    pageUrl: 'https://www.caixin.com/2022-07-07/101909.html',
    title: '网信办发布数据出境安全评估办法',
    site: 'www.caixin.com',
    siteName: '财新网',
    authors: ['王小明', '李华'],
    published: '2022-07',
    language: 'zh-CN',
  },
  savedAt: '2024-02-10T09:00:00Z',
  updatedAt: '2024-02-10T09:00:00Z',
  actors: ['cac'],
  note: '需要核实：与征求意见稿比较',
  tags: ['数据安全', '出境'],
});

export const bareSnippet: Snippet = snippetSchema.parse({
  id: 'snip-bare-03',
  quote: {
    exact:
      '=HYPERLINK("http://evil.example") <script>alert(1)</script> *bold* [x](y)\n# not a heading',
  },
  citation: {
    url: 'http://blog.example.net/post?id=7&x=(1)',
    pageUrl: 'http://blog.example.net/post?id=7&x=(1)',
    title: '',
    site: 'blog.example.net',
  },
  savedAt: '2024-03-01T00:00:00Z',
  updatedAt: '2024-03-01T00:00:00Z',
});

export const allSnippets: readonly Snippet[] = [englishSnippet, chineseSnippet, bareSnippet];

const ACTOR_NAMES: Record<string, string> = {
  samr: 'State Administration for Market Regulation',
  'ant-group': 'Ant Group',
  cac: '国家互联网信息办公室',
};
const CLAIM_STATEMENTS: Record<string, string> = {
  'ant-ipo-halt': 'Regulators halted the Ant Group listing',
};

export const exportContext: ExportContext = {
  actorName: (id) => ACTOR_NAMES[id],
  claimStatement: (id) => CLAIM_STATEMENTS[id],
  exportedAt: '2024-04-05T12:00:00+08:00',
};
