/**
 * Saved snippets: passages saved from this page are marked in their own colour wherever they
 * stand now (even when the page changed a little), a dwell opens the snippet's card, and the
 * reader saves new ones with the button by a selection, the context menu or the shortcut.
 */
import { browser } from 'wxt/browser';
import type { SnippetPlacement } from '@/lib/background/analyzers/snippets';
import { CAPTURE_SELECTION } from '@/lib/page-messages';
import type { Snippet } from '@/lib/snippets/schema';
import { markHighlighter } from '@/lib/marks';
import { t } from '@/lib/i18n';
import { shortened } from '../mark-walker';
import { createMarkPainter } from '../mark-painter';
import { createSnippetSaver } from '../snippet-saver';
import type { AnnotationLayer, LayerContext, LayerSession, Passage } from '../types';

interface SnippetMark {
  start: number;
  end: number;
  snippet: Snippet;
}

function start(context: LayerContext): LayerSession {
  const { doc, page, signal } = context;
  const painter = createMarkPainter<SnippetMark>(context, {
    highlighter: (scheme) => markHighlighter('snippets', scheme),
    cardFor: (mark) => ({ kind: 'snippet', snippet: mark.snippet }),
    describe: (mark) => ({
      name: shortened(mark.snippet.quote.exact),
      kind: t('walk.kindSnippet'),
    }),
  });
  const addPassage = ({ analyses, textMap }: Passage) =>
    painter.paint(
      textMap,
      (analyses.snippets?.snippets ?? []).flatMap(({ snippet, anchor }) =>
        anchor ? [{ start: anchor.start, end: anchor.end, snippet }] : [],
      ),
    );
  page.passages.forEach(addPassage);

  const saver = createSnippetSaver({
    doc,
    page,
    signal,
    onSaved({ snippet, passage, start: from, end: to }) {
      // The new snippet joins this passage's analysis, so the read-out lists it at once.
      const placement: SnippetPlacement = {
        snippet,
        anchor: { start: from, end: to, method: 'position' },
      };
      const held = (passage.analyses.snippets ??= { snippets: [] });
      held.snippets.push(placement);
      painter.paint(passage.textMap, [{ start: from, end: to, snippet }]);
      context.changed();
    },
  });

  const onMessage = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== CAPTURE_SELECTION) return undefined;
    return saver.saveSelection().then((saved) => saved?.snippet.id ?? null);
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), {
    once: true,
  });

  return { addPassage };
}

export const snippets: AnnotationLayer<'snippets'> = {
  id: 'snippets',
  level: 'names',
  findingsKey: 'snippets',
  start,
  report: (analysis) =>
    analysis.snippets.map(({ snippet, anchor }) =>
      anchor
        ? {
            snippetId: snippet.id,
            state: 'anchored' as const,
            text: snippet.quote.exact,
            start: anchor.start,
            end: anchor.end,
          }
        : { snippetId: snippet.id, state: 'not-found' as const, text: snippet.quote.exact },
    ),
  // Each passage tries every snippet of the page: one found anywhere is anchored, once.
  combine(found) {
    const byId = new Map<string, (typeof found)[number]>();
    for (const entry of found as { snippetId: string; state: string }[]) {
      const known = byId.get(entry.snippetId) as { state: string } | undefined;
      if (!known || (known.state === 'not-found' && entry.state === 'anchored')) {
        byId.set(entry.snippetId, entry as (typeof found)[number]);
      }
    }
    return [...byId.values()] as typeof found;
  },
};
