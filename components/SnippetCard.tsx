import type { Snippet } from '@/lib/snippets/schema';
import { CardFrame } from './CardFrame';
import { t } from '@/lib/i18n';
import { readerLang } from '@/lib/reader-language';

export interface SnippetCardProps {
  snippet: Snippet;
  onClose?: () => void;
}

/** The day a snippet was saved, in the reader's language. */
function savedDate() {
  return new Intl.DateTimeFormat(readerLang(), { dateStyle: 'medium' });
}

/** A passage the reader saved from this page: when, with which note and tags. */
export function SnippetCard({ snippet, onClose }: SnippetCardProps) {
  return (
    <CardFrame
      label={t('card.savedSnippet')}
      tag={t('card.savedOn', { date: savedDate().format(new Date(snippet.savedAt)) })}
      title={t('card.yourSnippet')}
      onClose={onClose}
    >
      <blockquote
        lang={snippet.citation.language}
        className="m-0 mt-2 border-l-2 border-emerald-700 pl-2 text-neutral-800 dark:border-emerald-400 dark:text-neutral-200"
      >
        {snippet.quote.exact}
      </blockquote>
      {snippet.note && <p className="m-0 mt-2 whitespace-pre-wrap">{snippet.note}</p>}
      {snippet.tags.length > 0 && (
        <ul aria-label={t('card.tags')} className="m-0 mt-2 flex list-none flex-wrap gap-1 p-0">
          {snippet.tags.map((tag) => (
            <li
              key={tag}
              className="rounded bg-emerald-50 px-1.5 py-px text-xs text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200"
            >
              {tag}
            </li>
          ))}
        </ul>
      )}
    </CardFrame>
  );
}
