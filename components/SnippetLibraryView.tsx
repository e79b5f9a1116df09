import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { measureElement, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { snippetEditSchema, type Snippet, type SnippetEdit } from '@/lib/snippets/schema';
import {
  hasFilters,
  queryTerms,
  SnippetIndex,
  type SnippetFilters as Filters,
  type SnippetSort,
} from '@/lib/snippets/search';
import { ProblemList } from './FormField';
import { SnippetFilters, type SnippetNames } from './SnippetFilters';
import {
  parseTagLine,
  snippetButtonClass,
  snippetControlClass,
  snippetFocusRing,
  SnippetRow,
  type SnippetDraft,
} from './SnippetRow';
import {
  SnippetExport,
  SnippetImport,
  type SnippetExportFormat,
  type SnippetImportOutcome,
} from './SnippetTransfer';
import { t } from '@/lib/i18n';
import { readerLang } from '@/lib/reader-language';

export type { SnippetNames } from './SnippetFilters';
export type { SnippetExportFormat, SnippetImportOutcome } from './SnippetTransfer';

export interface SnippetLibraryViewProps {
  /** Every saved snippet. A new array after each change; unchanged snippets keep their objects. */
  snippets: readonly Snippet[];
  /** Names for the actor and claim ids snippets carry. */
  names: SnippetNames;
  /** Saves a snippet's note and tags; a rejection's message is shown in the row's form. */
  onUpdate: (id: string, edit: SnippetEdit) => Promise<void>;
  onDelete: (ids: string[]) => Promise<void>;
  /** Puts back snippets deleted a moment ago, as they were, when the researcher asks to undo. */
  onRestore: (snippets: Snippet[]) => Promise<void>;
  /** Opens the snippet's page, scrolled to the passage. */
  onOpenSource: (snippet: Snippet) => void;
  /** Exports the snippets with these ids, or all of them for null, as a file in the format. */
  onExport: (format: SnippetExportFormat, ids: string[] | null) => Promise<void>;
  /** Imports a RegLens JSON file's text. */
  onImport: (text: string) => Promise<SnippetImportOutcome>;
  initialQuery?: string;
  /** Files larger than this are refused before they are read; 50 MB unless given. */
  maxImportBytes?: number;
  /** How long "Undo" is offered after a delete, in milliseconds; 10 seconds unless given. */
  undoMs?: number;
}

/** A row's height before it is measured: a quote of two or three lines, its source and tags. */
const rowEstimate = 152;

/**
 * A row's measured height. A row not laid out (in a hidden page) measures 0, which would let
 * the window take in every row; the estimate stands in until it has a height.
 */
function measureRow(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
): number {
  return measureElement(element, entry, instance) || rowEstimate;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A count as the reader writes numbers: "10,000". */
function number(count: number): string {
  return count.toLocaleString(readerLang());
}

function snippetCount(count: number): string {
  return t('library.snippets', count, [number(count)]);
}

/** The snippets just deleted, offered back until the offer times out. */
interface UndoOffer {
  snippets: Snippet[];
  serial: number;
}

/**
 * The researcher's library of saved snippets: search, filter, sort, select, edit, delete with
 * undo, export and import. It holds only what is on screen; every change goes out through its
 * props, and comes back as a new `snippets` list.
 */
export function SnippetLibraryView({
  snippets,
  names,
  onUpdate,
  onDelete,
  onRestore,
  onOpenSource,
  onExport,
  onImport,
  initialQuery = '',
  maxImportBytes = 50 * 1024 * 1024,
  undoMs = 10_000,
}: SnippetLibraryViewProps) {
  // One index for the page's life, brought in step with each list: only changed snippets are
  // re-indexed. Syncing the same list twice changes nothing, so a repeated render is harmless.
  // `library` is a new value for each list, so what is read from the index is read again.
  const [index] = useState(() => new SnippetIndex());
  const library = useMemo(() => {
    index.sync(snippets);
    return { index };
  }, [index, snippets]);

  const [query, setQuery] = useState(initialQuery);
  // Typing stays responsive in a large library: the list follows the box a render behind.
  const searched = useDeferredValue(query);
  const [filters, setFilters] = useState<Filters>({});
  const [sort, setSort] = useState<SnippetSort>('newest');
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [draft, setDraft] = useState<SnippetDraft | null>(null);
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const [undoHeld, setUndoHeld] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [problems, setProblems] = useState<{ title: string; list: string[] } | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const countId = useId();

  const searching = queryTerms(searched).length > 0;
  const filtered = searching || hasFilters(filters);
  const results = useMemo(
    () => library.index.find({ ...filters, text: searched, sort }),
    [library, filters, searched, sort],
  );
  const facets = useMemo(() => library.index.facets(), [library]);
  // The selection in the library's order, without snippets that have gone since.
  const selectedIds = useMemo(
    () =>
      library.index
        .ordered(sort === 'relevance' ? 'newest' : sort)
        .filter((snippet) => selected.has(snippet.id))
        .map((snippet) => snippet.id),
    [library, selected, sort],
  );
  const shownSelected = useMemo(
    () => results.reduce((count, snippet) => count + (selected.has(snippet.id) ? 1 : 0), 0),
    [results, selected],
  );

  // The full-text index is built once the list is on screen, when the browser is idle, so that
  // opening a large library does not wait for it and the first search does not either.
  useEffect(() => {
    const { index } = library;
    if (index.textReady || index.size === 0) return;
    const build = () => index.prepareText();
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(build, { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(build, 200);
    return () => clearTimeout(timer);
  }, [library]);

  // The undo offer lapses after a while, but not while the researcher is on it.
  useEffect(() => {
    if (!undo || undoHeld) return;
    const timer = setTimeout(() => setUndo(null), undoMs);
    return () => clearTimeout(timer);
  }, [undo, undoHeld, undoMs]);

  // A deleted row takes the focus with it, when the list without it arrives; the undo button is
  // where a keyboard user goes next rather than the top of the page.
  useEffect(() => {
    if (undo && (document.activeElement === document.body || !document.activeElement)) {
      undoButton.current?.focus();
    }
  }, [undo, results]);

  const getItemKey = useCallback((i: number) => results[i]!.id, [results]);
  const virtualizer = useVirtualizer({
    count: results.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowEstimate,
    measureElement: measureRow,
    getItemKey,
    overscan: 6,
    // React 19 warns when a virtualizer's measurement forces a synchronous render mid-commit.
    useFlushSync: false,
  });

  function toTop() {
    if (scroller.current) scroller.current.scrollTop = 0;
  }

  function clearMessages() {
    setNotice(null);
    setProblems(null);
  }

  function select(ids: readonly string[], on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }

  async function remove(ids: string[]) {
    clearMessages();
    const gone = ids.map((id) => index.get(id)).filter((s): s is Snippet => s !== undefined);
    try {
      await onDelete(ids);
    } catch (error) {
      setProblems({
        title: t(ids.length === 1 ? 'library.notDeletedOne' : 'library.notDeletedMany'),
        list: [messageOf(error)],
      });
      return;
    }
    select(ids, false);
    setDraft((current) => (current && ids.includes(current.id) ? null : current));
    setUndoHeld(false);
    setUndo((current) => ({ snippets: gone, serial: (current?.serial ?? 0) + 1 }));
  }

  async function restore() {
    if (!undo) return;
    const back = undo.snippets;
    setUndo(null);
    clearMessages();
    try {
      await onRestore(back);
      setNotice(t('library.restored', { snippets: snippetCount(back.length) }));
    } catch (error) {
      setProblems({ title: t('library.notRestored'), list: [messageOf(error)] });
    }
  }

  function edit(snippet: Snippet) {
    clearMessages();
    setDraft({
      id: snippet.id,
      note: snippet.note,
      tags: snippet.tags.join(', '),
      busy: false,
      problems: [],
    });
  }

  async function saveEdit() {
    if (!draft || draft.busy) return;
    const checked = snippetEditSchema.safeParse({
      note: draft.note,
      tags: parseTagLine(draft.tags),
    });
    if (!checked.success) {
      setDraft({
        ...draft,
        problems: checked.error.issues.map((issue) =>
          t(issue.path[0] === 'note' ? 'library.noteProblem' : 'library.tagsProblem', {
            message: issue.message,
          }),
        ),
      });
      return;
    }
    const id = draft.id;
    setDraft({ ...draft, busy: true, problems: [] });
    try {
      await onUpdate(id, checked.data);
      setDraft((current) => (current?.id === id ? null : current));
      setNotice(t('library.savedEdit'));
    } catch (error) {
      setDraft((current) =>
        current?.id === id ? { ...current, busy: false, problems: [messageOf(error)] } : current,
      );
    }
  }

  function clearSearch() {
    setQuery('');
    setFilters({});
    toTop();
  }

  return (
    <main className="mx-auto box-border flex h-dvh max-w-5xl flex-col gap-3 p-4 font-sans text-slate-900 dark:bg-neutral-950 dark:text-neutral-100">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="m-0 text-xl font-bold">{t('library.title')}</h1>
          <p className="m-0 text-sm text-slate-600 dark:text-neutral-400">{t('library.intro')}</p>
        </div>
        <SnippetImport maxBytes={maxImportBytes} onImport={onImport} />
      </header>

      {snippets.length === 0 ? (
        <EmptyLibrary />
      ) : (
        <>
          <input
            type="search"
            aria-label={t('library.searchLabel')}
            placeholder={t('library.searchPlaceholder')}
            className={`${snippetControlClass} py-2 text-base`}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              toTop();
            }}
          />
          <SnippetFilters
            facets={facets}
            names={names}
            filters={filters}
            sort={sort}
            searching={searching}
            onFiltersChange={(next) => {
              setFilters(next);
              toTop();
            }}
            onSortChange={(next) => {
              setSort(next);
              toTop();
            }}
          />

          <div className="flex flex-wrap items-end justify-between gap-x-4 gap-y-2">
            <div className="flex flex-wrap items-center gap-2">
              <p id={countId} role="status" className="m-0 text-sm font-medium">
                {filtered
                  ? t('library.shownOf', {
                      shown: number(results.length),
                      total: snippetCount(snippets.length),
                    })
                  : snippetCount(snippets.length)}
              </p>
              <button
                type="button"
                className={snippetButtonClass}
                disabled={results.length === 0 || shownSelected === results.length}
                onClick={() =>
                  select(
                    results.map((snippet) => snippet.id),
                    true,
                  )
                }
              >
                {t('library.selectAllShown', [number(results.length)])}
              </button>
              <button
                type="button"
                className={snippetButtonClass}
                disabled={selectedIds.length === 0}
                onClick={() => setSelected(new Set())}
              >
                {t('library.clearSelection')}
              </button>
              {selectedIds.length > 0 && (
                <>
                  <span className="text-sm text-slate-700 dark:text-neutral-300">
                    {t('library.selected', [number(selectedIds.length)])}
                    {selectedIds.length > shownSelected &&
                      t('library.notShown', [number(selectedIds.length - shownSelected)])}
                  </span>
                  <button
                    type="button"
                    className={`${snippetButtonClass} text-red-800 dark:text-red-300`}
                    onClick={() => void remove(selectedIds)}
                  >
                    {t('library.deleteSelected', [number(selectedIds.length)])}
                  </button>
                </>
              )}
            </div>
            <SnippetExport selected={selectedIds} total={snippets.length} onExport={onExport} />
          </div>

          {undo && (
            <div
              role="status"
              className="flex items-center gap-3 rounded bg-slate-800 px-3 py-2 text-sm text-white dark:bg-neutral-200 dark:text-neutral-900"
              onFocus={() => setUndoHeld(true)}
              onBlur={() => setUndoHeld(false)}
            >
              <span>{t('library.deleted', { snippets: snippetCount(undo.snippets.length) })}</span>
              <button
                ref={undoButton}
                type="button"
                onClick={() => void restore()}
                className={`cursor-pointer rounded border-0 bg-transparent px-1 font-semibold text-sky-200 underline underline-offset-2 dark:text-sky-800 ${snippetFocusRing}`}
              >
                {t('library.undo')}
              </button>
            </div>
          )}
          {notice && (
            <p
              role="status"
              className="m-0 rounded bg-emerald-50 p-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200"
            >
              {notice}
            </p>
          )}
          {problems && <ProblemList title={problems.title} problems={problems.list} />}

          <div
            ref={scroller}
            data-snippet-scroller=""
            className="min-h-48 flex-1 overflow-y-auto rounded border border-slate-200 bg-white dark:border-neutral-800 dark:bg-neutral-950"
          >
            {results.length === 0 ? (
              <NoResults query={searched.trim()} filtered={hasFilters(filters)}>
                <button type="button" className={snippetButtonClass} onClick={clearSearch}>
                  {t('library.clearSearch')}
                </button>
              </NoResults>
            ) : (
              <ul
                role="list"
                aria-label={t('library.list')}
                aria-describedby={countId}
                className="relative m-0 list-none p-0"
                style={{ height: virtualizer.getTotalSize() }}
              >
                {virtualizer.getVirtualItems().map((item) => {
                  const snippet = results[item.index]!;
                  return (
                    <SnippetRow
                      key={item.key}
                      snippet={snippet}
                      index={item.index}
                      setSize={results.length}
                      start={item.start}
                      measure={virtualizer.measureElement}
                      selected={selected.has(snippet.id)}
                      onSelect={(on) => select([snippet.id], on)}
                      draft={draft?.id === snippet.id ? draft : null}
                      onEdit={() => edit(snippet)}
                      onDraftChange={(change) =>
                        setDraft((current) =>
                          current?.id === snippet.id ? { ...current, ...change } : current,
                        )
                      }
                      onSave={() => void saveEdit()}
                      onCancel={() => setDraft(null)}
                      onDelete={() => void remove([snippet.id])}
                      onOpenSource={() => onOpenSource(snippet)}
                    />
                  );
                })}
              </ul>
            )}
          </div>
        </>
      )}
    </main>
  );
}

/** The library before anything is saved: how to save a snippet. */
function EmptyLibrary() {
  const kbd =
    'rounded border border-slate-300 bg-slate-50 px-1 font-mono text-xs dark:border-neutral-600 dark:bg-neutral-900';
  return (
    <section
      aria-labelledby="no-snippets-title"
      className="flex flex-col gap-2 rounded border border-dashed border-slate-300 p-6 text-sm text-slate-700 dark:border-neutral-700 dark:text-neutral-300"
    >
      <h2 id="no-snippets-title" className="m-0 text-base font-semibold">
        {t('library.emptyTitle')}
      </h2>
      <p className="m-0">
        {t('library.emptyHowBefore')} <kbd className={kbd}>Alt</kbd>+
        <kbd className={kbd}>Shift</kbd>+<kbd className={kbd}>S</kbd>
        {t('library.emptyHowAfter')}
      </p>
      <p className="m-0">{t('library.emptyImport')}</p>
    </section>
  );
}

function NoResults({
  query,
  filtered,
  children,
}: {
  query: string;
  filtered: boolean;
  children: ReactNode;
}) {
  let text = t('library.noMatchFilters');
  if (query) text = t(filtered ? 'library.noMatchQueryFilters' : 'library.noMatchQuery', { query });
  return (
    <div className="flex flex-col items-start gap-2 p-4 text-sm text-slate-700 dark:text-neutral-300">
      <p className="m-0">{text}</p>
      {children}
    </div>
  );
}
