import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { SnippetLibraryView } from '@/components/SnippetLibraryView';
import { useSnippetLibrary } from '@/lib/snippet-library';
import { MAX_SNIPPET_FILE_BYTES } from '@/lib/snippets/import';
import { sourceLink } from '@/lib/snippets/source-link';
import { t } from '@/lib/i18n';
import { localizePage, readerLanguage } from '@/lib/reader-language';
import { setZodLanguage } from '@/lib/zod';
import '@/components/styles.css';

function Library() {
  const library = useSnippetLibrary();
  return (
    <div className="h-screen">
      <SnippetLibraryView
        {...library}
        onOpenSource={(snippet) => void browser.tabs.create({ url: sourceLink(snippet) })}
        maxImportBytes={MAX_SNIPPET_FILE_BYTES}
      />
    </div>
  );
}

setZodLanguage(readerLanguage());
localizePage(document, t('pages.library'));
createRoot(document.getElementById('root')!).render(<Library />);
