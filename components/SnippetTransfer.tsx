import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { ExportFormatId } from '@/lib/snippets/formats';
import { ProblemList } from './FormField';
import { snippetButtonClass, snippetControlClass } from './SnippetRow';
import { t } from '@/lib/i18n';
import { readerLang } from '@/lib/reader-language';

/** The formats `snippets.export` writes; each needs its label below. */
export type SnippetExportFormat = ExportFormatId;

const exportFormatKeys = {
  json: 'library.formatJson',
  csv: 'library.formatCsv',
  markdown: 'library.formatMarkdown',
  'csl-json': 'library.formatCslJson',
  ris: 'library.formatRis',
  'web-annotation': 'library.formatWebAnnotation',
} as const satisfies Record<SnippetExportFormat, string>;

/** An export format in words. */
export function exportFormatLabel(format: SnippetExportFormat): string {
  return t(exportFormatKeys[format]);
}

const exportFormats = Object.keys(exportFormatKeys) as SnippetExportFormat[];

/** What an import did: what it added and what it skipped and why, or why it refused the file. */
export type SnippetImportOutcome =
  { added: number; skipped: { id: string; reason: string }[] } | { problems: string[] };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function snippetCount(count: number): string {
  return t('library.snippets', count, [count.toLocaleString(readerLang())]);
}

export interface SnippetExportProps {
  /** The selected snippets' ids, in the list's order. */
  selected: readonly string[];
  total: number;
  onExport: (format: SnippetExportFormat, ids: string[] | null) => Promise<void>;
}

/** A format to export in, and the selection or the whole library to export. */
export function SnippetExport({ selected, total, onExport }: SnippetExportProps) {
  const [format, setFormat] = useState<SnippetExportFormat>('json');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  function run(ids: string[] | null) {
    setBusy(true);
    setError(null);
    onExport(format, ids).then(
      () => setBusy(false),
      (failure: unknown) => {
        setBusy(false);
        setError(messageOf(failure));
      },
    );
  }

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-0.5">
          <label htmlFor={id} className="text-xs font-medium text-slate-700 dark:text-neutral-300">
            {t('library.exportFormat')}
          </label>
          <select
            id={id}
            className={snippetControlClass}
            value={format}
            onChange={(event) => setFormat(event.target.value as SnippetExportFormat)}
          >
            {exportFormats.map((value) => (
              <option key={value} value={value}>
                {exportFormatLabel(value)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className={snippetButtonClass}
          disabled={busy || selected.length === 0}
          onClick={() => run([...selected])}
        >
          {selected.length > 0
            ? t('library.exportSelectionCount', [selected.length.toLocaleString(readerLang())])
            : t('library.exportSelection')}
        </button>
        <button
          type="button"
          className={snippetButtonClass}
          disabled={busy || total === 0}
          onClick={() => run(null)}
        >
          {t('library.exportAll')}
        </button>
      </div>
      {error && <ProblemList title={t('library.exportFailed')} problems={[error]} />}
    </div>
  );
}

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'refused'; name: string; problems: string[] }
  | { step: 'done'; name: string; added: number; skipped: { id: string; reason: string }[] };

/** How many skipped snippets are listed by name; the rest are counted. */
const skippedListed = 20;

export interface SnippetImportProps {
  /** Files larger than this are refused before they are read. */
  maxBytes: number;
  onImport: (text: string) => Promise<SnippetImportOutcome>;
}

/** Importing a RegLens JSON file of snippets, and what the import did. */
export function SnippetImport({ maxBytes, onImport }: SnippetImportProps) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared at once so choosing the same file again (after fixing it) fires a change.
    if (input.current) input.current.value = '';
    if (!file) return;
    if (file.size > maxBytes) {
      const megabytes = (bytes: number) =>
        t('importExport.megabytes', { n: Math.round((bytes / 1048576) * 10) / 10 });
      setState({
        step: 'refused',
        name: file.name,
        problems: [t('library.tooLarge', { size: megabytes(file.size), max: megabytes(maxBytes) })],
      });
      return;
    }
    setState({ step: 'reading', name: file.name });
    try {
      const outcome = await onImport(await file.text());
      setState(
        'problems' in outcome
          ? { step: 'refused', name: file.name, problems: outcome.problems }
          : { step: 'done', name: file.name, added: outcome.added, skipped: outcome.skipped },
      );
    } catch (error) {
      setState({ step: 'refused', name: file.name, problems: [messageOf(error)] });
    }
  }

  return (
    <div className="flex flex-col gap-1">
      <label
        htmlFor={`${id}-file`}
        className="text-xs font-medium text-slate-700 dark:text-neutral-300"
      >
        {t('library.importLabel')}
      </label>
      <input
        ref={input}
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        disabled={state.step === 'reading'}
        onChange={(event) => void importFile(event)}
        className="text-sm text-slate-700 file:mr-2 file:cursor-pointer file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:py-1 file:text-sm dark:text-neutral-300 dark:file:border-neutral-600 dark:file:bg-neutral-900 dark:file:text-neutral-100"
      />
      <div role="status" className="text-sm text-slate-700 dark:text-neutral-300">
        {state.step === 'reading' && (
          <p className="m-0">{t('library.importing', { name: state.name })}</p>
        )}
        {state.step === 'done' && (
          <>
            <p className="m-0">
              {state.skipped.length > 0
                ? t('library.importedSkipped', {
                    snippets: snippetCount(state.added),
                    name: state.name,
                    skipped: snippetCount(state.skipped.length),
                  })
                : t('library.imported', { snippets: snippetCount(state.added), name: state.name })}
            </p>
            {state.skipped.length > 0 && (
              <ul className="m-0 mt-1 list-disc pl-5 text-xs break-words">
                {state.skipped.slice(0, skippedListed).map((skip) => (
                  <li key={skip.id}>
                    <span className="font-mono">{skip.id}</span>: {skip.reason}
                  </li>
                ))}
                {state.skipped.length > skippedListed && (
                  <li>
                    {t('library.skippedMore', [
                      (state.skipped.length - skippedListed).toLocaleString(readerLang()),
                    ])}
                  </li>
                )}
              </ul>
            )}
          </>
        )}
      </div>
      {state.step === 'refused' && (
        <ProblemList
          title={t('library.notImported', { name: state.name })}
          problems={state.problems}
        />
      )}
    </div>
  );
}
