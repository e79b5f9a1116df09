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
