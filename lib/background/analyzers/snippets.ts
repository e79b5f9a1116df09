/**
 * Saved snippets: the snippets saved from this page, each anchored in the text as it is now
 * (exact quote, then position, then an approximate match), or said not to be found.
 */
import { snippetsForPage } from '../../kb/snippet-store';
import { anchorQuote } from '../../snippets/anchor';
import type { Snippet } from '../../snippets/schema';
import type { Analyzer } from './types';

export interface SnippetPlacement {
  snippet: Snippet;
  /** Where the quote stands in this passage's text now; null when it is not in this passage. */
  anchor: { start: number; end: number; method: 'position' | 'exact' | 'fuzzy' } | null;
}

export interface SnippetsAnalysis {
  snippets: SnippetPlacement[];
}

export const snippetsAnalyzer: Analyzer<SnippetsAnalysis> = {
  async analyze({ text, urls }, { knowledge }) {
    const saved =
      urls && urls.length > 0
        ? await snippetsForPage(knowledge.db, urls, await knowledge.snippetHosts())
        : [];
    return {
      snippets: saved.map((snippet) => {
        const found = anchorQuote(text, snippet.quote, snippet.position);
        return {
          snippet,
          anchor: found && { start: found.start, end: found.end, method: found.method },
        };
      }),
    };
  },
};
