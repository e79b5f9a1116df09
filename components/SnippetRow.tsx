import {
  useEffect,
  useId,
  useRef,
  type CSSProperties,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import type { Snippet } from '@/lib/snippets/schema';
import { siteLabel } from '@/lib/snippets/search';
import { ProblemList } from './FormField';
import { t } from '@/lib/i18n';
import { readerDate, readerLang } from '@/lib/reader-language';

/** The note and tags being edited in one row, as typed. */
export interface SnippetDraft {
  id: string;
  note: string;
  /** The tags as one line, separated by commas. */
  tags: string;
  busy: boolean;
  problems: string[];
}

export const snippetFocusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 dark:focus-visible:outline-sky-300';

export const snippetButtonClass = `cursor-pointer rounded border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-900 hover:bg-slate-100 disabled:cursor-default disabled:opacity-50 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100 dark:hover:bg-neutral-800 ${snippetFocusRing}`;

export const snippetControlClass =
  'w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-700 aria-[invalid=true]:border-red-600 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100 dark:focus-visible:outline-sky-300';

const labelClass = 'text-sm font-medium text-slate-800 dark:text-neutral-200';

/** The day a snippet was saved, in the reader's language. */
function savedDate() {
  return new Intl.DateTimeFormat(readerLang(), { dateStyle: 'medium' });
}

/** The start of a quote, to tell rows apart in the names of their buttons. */
export function quoteExcerpt(quote: string, length = 60): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= length) return flat;
  let cut = chars.slice(0, length).join('');
  // Cut between words where the text has spaces; Chinese is cut between characters.
  const space = cut.lastIndexOf(' ');
  if (chars[length] !== ' ' && space > length * 0.6) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

/**
 * Tags as typed in one line: split at commas (Latin, full-width and the enumeration comma "、"),
 * trimmed, blanks dropped, each kept once in the order first written.
 */
export function parseTagLine(line: string): string[] {
  const tags: string[] = [];
  for (const part of line.split(/[,，、]/)) {
    const tag = part.trim();
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

export interface SnippetRowProps {
  snippet: Snippet;
  index: number;
  setSize: number;
  start: number;
  measure: (element: HTMLElement | null) => void;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  /** The row's edit in progress, or null when it is not being edited. */
  draft: SnippetDraft | null;
  onEdit: () => void;
  onDraftChange: (change: Partial<Pick<SnippetDraft, 'note' | 'tags'>>) => void;
  onSave: () => void;
  onCancel: () => void;
  onDelete: () => void;
  onOpenSource: () => void;
}

/**
 * One saved snippet in the library's list: the quote, where it is from, when it was saved, its
 * tags and note, and what can be done with it. Every text of the snippet is rendered as text.
 */
export function SnippetRow({
  snippet,
  index,
  setSize,
  start,
  measure,
  selected,
  onSelect,
  draft,
  onEdit,
  onDraftChange,
  onSave,
  onCancel,
  onDelete,
  onOpenSource,
}: SnippetRowProps) {
  const { citation } = snippet;
  const lang = citation.language;
  const excerpt = quoteExcerpt(snippet.quote.exact);
  const editing = draft !== null;
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);

  // Closing the editor puts focus back where it was opened from, not at the top of the page.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const style: CSSProperties = { transform: `translateY(${start}px)` };
  return (
    <li
      ref={measure}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      style={style}
      className={`absolute top-0 left-0 box-border w-full border-b border-slate-200 px-3 py-3 dark:border-neutral-800 ${
        selected ? 'bg-sky-50 dark:bg-sky-950/40' : ''
      }`}
    >
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          checked={selected}
          onChange={(event) => onSelect(event.target.checked)}
          aria-label={t('library.selectSnippet', { excerpt })}
          className={`mt-1 size-4 shrink-0 cursor-pointer accent-sky-700 ${snippetFocusRing}`}
        />
        <div className="flex min-w-0 flex-1 flex-col gap-1.5">
          <blockquote
            lang={lang}
            className="m-0 line-clamp-4 border-l-4 border-amber-300 pl-2 text-[15px] leading-snug break-words whitespace-pre-line text-slate-900 dark:border-amber-500 dark:text-neutral-100"
          >
            {snippet.quote.exact}
          </blockquote>
          <p className="m-0 flex flex-wrap gap-x-2 text-xs text-slate-600 dark:text-neutral-400">
            {citation.title && (
              <cite
                lang={lang}
                className="font-medium text-slate-800 not-italic dark:text-neutral-200"
              >
                {citation.title}
              </cite>
            )}
            <span>{siteLabel(snippet)}</span>
            {citation.published && (
              <span>
                {t('library.published', { date: readerDate(citation.published.slice(0, 10)) })}
              </span>
            )}
            <span>
              {t('library.saved')}{' '}
              <time dateTime={snippet.savedAt}>
                {savedDate().format(new Date(snippet.savedAt))}
              </time>
            </span>
          </p>
          {snippet.tags.length > 0 && !editing && (
            <ul
              aria-label={t('library.tags')}
              role="list"
              className="m-0 flex list-none flex-wrap gap-1 p-0"
            >
              {snippet.tags.map((tag) => (
                <li
                  key={tag}
                  className="rounded bg-slate-100 px-1.5 py-px text-xs text-slate-700 dark:bg-neutral-800 dark:text-neutral-300"
                >
                  {tag}
                </li>
              ))}
            </ul>
          )}
          {snippet.note && !editing && (
            <p className="m-0 line-clamp-2 text-sm break-words whitespace-pre-line text-slate-700 dark:text-neutral-300">
              <span className="font-medium">{t('library.note')} </span>
              {snippet.note}
            </p>
          )}
          {draft ? (
            <SnippetEditForm
              draft={draft}
              onChange={onDraftChange}
              onSave={onSave}
              onCancel={onCancel}
            />
          ) : (
            <div className="flex flex-wrap gap-2 pt-0.5">
              <button type="button" className={snippetButtonClass} onClick={onOpenSource}>
                {t('library.openSource')}
                <span className="sr-only">{t('library.openSourceOf', { excerpt })}</span>
              </button>
              <button
                type="button"
                ref={editButton}
                className={snippetButtonClass}
                onClick={onEdit}
              >
                {t('library.editNote')}
                <span className="sr-only">{t('library.editNoteOf', { excerpt })}</span>
              </button>
              <button
                type="button"
                className={`${snippetButtonClass} text-red-800 dark:text-red-300`}
                onClick={onDelete}
              >
                {t('library.delete')}
                <span className="sr-only">{t('library.deleteWhich', { excerpt })}</span>
              </button>
            </div>
          )}
        </div>
      </div>
    </li>
  );
}

/** The note and tags of one snippet, edited in place; Escape leaves them as they were. */
function SnippetEditForm({
  draft,
  onChange,
  onSave,
  onCancel,
}: {
  draft: SnippetDraft;
  onChange: SnippetRowProps['onDraftChange'];
  onSave: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  function submit(event: FormEvent) {
    event.preventDefault();
    onSave();
  }
  function keyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  }
  return (
    <form
      aria-label={t('library.editNote')}
      onSubmit={submit}
      onKeyDown={keyDown}
      className="flex flex-col gap-1.5 rounded border border-slate-200 bg-slate-50 p-2 dark:border-neutral-700 dark:bg-neutral-900"
    >
      <label htmlFor={`${id}-note`} className={labelClass}>
        {t('library.noteLabel')}
      </label>
      <textarea
        id={`${id}-note`}
        rows={4}
        autoFocus
        className={snippetControlClass}
        value={draft.note}
        onChange={(event) => onChange({ note: event.target.value })}
      />
      <label htmlFor={`${id}-tags`} className={labelClass}>
        {t('library.tagsLabel')}
      </label>
      <input
        id={`${id}-tags`}
        type="text"
        aria-describedby={`${id}-tags-hint`}
        className={snippetControlClass}
        value={draft.tags}
        onChange={(event) => onChange({ tags: event.target.value })}
      />
      <p id={`${id}-tags-hint`} className="m-0 -mt-1 text-xs text-slate-500 dark:text-neutral-400">
        {t('library.tagsHint')}
      </p>
      <ProblemList title={t('library.notSaved')} problems={draft.problems} />
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={draft.busy}
          className={`cursor-pointer rounded border border-sky-800 bg-sky-800 px-3 py-1 text-sm font-medium text-white hover:bg-sky-900 disabled:cursor-default disabled:opacity-50 dark:border-sky-600 dark:bg-sky-700 ${snippetFocusRing}`}
        >
          {t('library.save')}
        </button>
        <button type="button" className={snippetButtonClass} onClick={onCancel}>
          {t('library.cancel')}
        </button>
      </div>
    </form>
  );
}
