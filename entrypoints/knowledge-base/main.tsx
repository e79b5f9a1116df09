import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { KnowledgeBaseView } from '@/components/KnowledgeBaseView';
import { HoverDelaySetting } from '@/components/HoverDelaySetting';
import { useActorCard, useKbSearch, useSettings } from '@/lib/extension-hooks';
import { hoverDelayOf } from '@/lib/settings';
import { setHoverDelay } from '@/lib/settings-store';
import { MAX_DATASET_BYTES } from '@/lib/kb/dataset-file';
import { problemsOf, send } from '@/lib/send';
import { downloadText } from '@/lib/download';
import { t } from '@/lib/i18n';
import { localizePage, readerLanguage } from '@/lib/reader-language';
import { setZodLanguage } from '@/lib/zod';
import '@/components/styles.css';

function KnowledgeBase() {
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  // Bumped after every write so the search and the open card are read again.
  const [revision, setRevision] = useState(0);
  const search = useKbSearch(query, revision);
  const card = useActorCard(openId, revision);
  const changed = () => setRevision((value) => value + 1);
  const settings = useSettings();

  return (
    <KnowledgeBaseView
      settings={
        <HoverDelaySetting
          value={settings ? hoverDelayOf(settings) : null}
          onChange={setHoverDelay}
        />
      }
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
        downloadText(`reglens-${scope === 'all' ? 'knowledge' : 'my-records'}-${day}.json`, text);
      }}
      maxImportBytes={MAX_DATASET_BYTES}
    />
  );
}

setZodLanguage(readerLanguage());
localizePage(document, t('pages.knowledgeBase'));
createRoot(document.getElementById('root')!).render(<KnowledgeBase />);
