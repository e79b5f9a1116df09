import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { SnippetLibraryView } from '@/components/SnippetLibraryView';
import { useSnippetLibrary } from '@/lib/snippet-library';
import { MAX_SNIPPET_FILE_BYTES } from '@/lib/snippets/import';
import { sourceLink } from '@/lib/snippets/source-link';
import '@/components/styles.css';
import { declareDocumentLanguage } from '@/lib/document-language';

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

declareDocumentLanguage();
createRoot(document.getElementById('root')!).render(<Library />);
