/** A valid snippet for tests, with whatever a test needs to differ. */
import { snippetSchema, type Snippet, type SnippetInput } from '@/lib/snippets/schema';

export type Overrides = Omit<Partial<SnippetInput>, 'citation'> & {
  citation?: Partial<SnippetInput['citation']>;
  exact?: string;
};

export function snippet(id: string, { exact, citation, ...rest }: Overrides = {}): Snippet {
  return snippetSchema.parse({
    id,
    quote: { exact: exact ?? `Quote of ${id}` },
    citation: {
      url: `https://www.example.com/${id}`,
      pageUrl: `https://www.example.com/${id}`,
      title: `Title of ${id}`,
      site: 'www.example.com',
      ...citation,
    },
    savedAt: '2024-03-01T12:00:00Z',
    updatedAt: '2024-03-01T12:00:00Z',
    ...rest,
  });
}

/** Two snippets unlike each other (Chinese from a known outlet, English with a note), for the library's tests. */
export const ant = snippet('snip-ant', {
  exact: '蚂蚁集团的征信业务将由一家新的个人征信机构承接。',
  citation: { title: '蚂蚁集团整改', site: 'www.caixin.com', siteName: '财新', language: 'zh-CN' },
  outlet: 'caixin',
  actors: ['ant-group', 'pboc'],
  claims: ['ant-credit-jv'],
  tags: ['credit', 'fintech'],
  savedAt: '2024-05-10T12:00:00Z',
});

export const reuters = snippet('snip-reuters', {
  exact: "China's central bank said the platforms must hand over consumer credit data.",
  note: 'Compare with the Caixin account of the joint venture.',
  citation: {
    title: 'China tells fintech platforms to share credit data',
    site: 'www.reuters.com',
    siteName: 'Reuters',
    published: '2021-04-29',
    language: 'en',
  },
  outlet: 'reuters',
  actors: ['pboc'],
  tags: ['credit'],
  savedAt: '2024-04-02T12:00:00Z',
});
