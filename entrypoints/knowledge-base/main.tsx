import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { KnowledgeBaseView } from '@/components/KnowledgeBaseView';
import { useActorCard, useKbSearch } from '@/lib/extension-hooks';
import { MAX_DATASET_BYTES } from '@/lib/kb/dataset-file';
import { problemsOf, send } from '@/lib/send';
import '@/components/styles.css';

/** Saves `text` as a file through a temporary Blob URL (no downloads permission needed). */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started from the URL by the time the click returns; a minute is generous.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function KnowledgeBase() {
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  // Bumped after every write so the search and the open card are read again.
  const [revision, setRevision] = useState(0);
  const search = useKbSearch(query, revision);
  const card = useActorCard(openId, revision);
  const changed = () => setRevision((value) => value + 1);

  return (
    <KnowledgeBaseView
      query={query}
      onQueryChange={setQuery}
      results={search.results}
      searchError={search.error}
      card={card}
      onOpenActor={setOpenId}
      onLoadRecord={(table, id) => send('kb.getRecord', { table, id })}
      onSaveActor={async (actor) => {
        const result = await send('kb.saveActor', { actor });
        changed();
        return result;
      }}
      onSaveClaim={async (claim) => {
        const result = await send('kb.saveClaim', { claim });
        changed();
        return result;
      }}
      onDeleteRecord={async (table, id) => {
        await send('kb.deleteRecord', { table, id });
        changed();
      }}
      onImport={async (text) => {
        try {
          const result = await send('kb.importDataset', { text });
          changed();
          return { ok: true, result };
        } catch (error) {
          return { ok: false, errors: problemsOf(error) };
        }
      }}
      onExport={async (scope) => {
        const text = await send('kb.export', { scope });
        const day = new Date().toISOString().slice(0, 10);
        download(`reglens-${scope === 'all' ? 'knowledge' : 'my-records'}-${day}.json`, text);
      }}
      maxImportBytes={MAX_DATASET_BYTES}
    />
  );
}

createRoot(document.getElementById('root')!).render(<KnowledgeBase />);
