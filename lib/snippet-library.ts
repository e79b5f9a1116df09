/**
 * The library page's connection to the background: the saved snippets, kept as one list that
 * changes one snippet at a time (the view re-indexes only what changed), and every action on
 * them as a message.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { downloadText } from './download';
import { problemsOf, send } from './send';
import type { Snippet, SnippetEdit } from './snippets/schema';
import { EXPORT_FORMATS, exportFileName, type ExportFormatId } from './snippets/formats';

export interface SnippetLibrary {
  snippets: readonly Snippet[];
  names: { actor(id: string): string | undefined; claim(id: string): string | undefined };
  onUpdate(id: string, edit: SnippetEdit): Promise<void>;
  onDelete(ids: string[]): Promise<void>;
  onRestore(snippets: Snippet[]): Promise<void>;
  onExport(format: ExportFormatId, ids: string[] | null): Promise<void>;
  onImport(
    text: string,
  ): Promise<{ added: number; skipped: { id: string; reason: string }[] } | { problems: string[] }>;
}

export function useSnippetLibrary(): SnippetLibrary {
  const [snippets, setSnippets] = useState<readonly Snippet[]>([]);
  const [labels, setLabels] = useState<{
    actors: Record<string, string>;
    claims: Record<string, string>;
  }>({ actors: {}, claims: {} });

  const reload = useCallback(async () => {
    const fresh = await send('snippets.list', {});
    // Unchanged snippets keep their objects, so the view re-indexes only what changed.
    setSnippets((old) => {
      const known = new Map(old.map((snippet) => [snippet.id, snippet]));
      return fresh.map((snippet) => {
        const had = known.get(snippet.id);
        return had && had.updatedAt === snippet.updatedAt ? had : snippet;
      });
    });
  }, []);

  useEffect(() => {
    void reload();
    void send('kb.names', {}).then(setLabels, () => {});
  }, [reload]);

  const names = useMemo(
    () => ({
      actor: (id: string) => labels.actors[id],
      claim: (id: string) => labels.claims[id],
    }),
    [labels],
  );

  return {
    snippets,
    names,
    async onUpdate(id, edit) {
      const updated = await send('snippets.update', { id, ...edit });
      setSnippets((old) => old.map((snippet) => (snippet.id === id ? updated : snippet)));
    },
    async onDelete(ids) {
      await send('snippets.delete', { ids });
      const gone = new Set(ids);
      setSnippets((old) => old.filter((snippet) => !gone.has(snippet.id)));
    },
    async onRestore(restored) {
      await send('snippets.restore', { snippets: restored });
      await reload();
    },
    async onExport(format, ids) {
      const text = await send('snippets.export', { format, ...(ids ? { ids } : {}) });
      downloadText(
        exportFileName(format, new Date().toISOString()),
        text,
        EXPORT_FORMATS[format].mediaType,
      );
    },
    async onImport(text) {
      try {
        const { added, skipped } = await send('snippets.import', { text });
        await reload();
        return { added, skipped };
      } catch (error) {
        return { problems: problemsOf(error) };
      }
    },
  };
}
