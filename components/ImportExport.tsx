import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { ExportScope } from '@/lib/kb/export';
import type { ImportOutcome, ImportResult } from '@/lib/kb/import';
import { Button, ProblemList } from './FormField';
import { t } from '@/lib/i18n';

export interface ImportExportProps {
  /** Files larger than this are refused before they are read. */
  maxBytes: number;
  /** Imports a dataset file's text; the outcome lists the problems when it was refused. */
  onImport: (text: string) => Promise<ImportOutcome>;
  /** Exports the knowledge base as a file; a rejection's message is shown. */
  onExport: (scope: ExportScope) => Promise<void>;
}

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'refused'; name: string; errors: string[] }
  | { step: 'done'; name: string; result: ImportResult };

function megabytes(bytes: number): string {
  return t('importExport.megabytes', { n: Math.round((bytes / (1024 * 1024)) * 10) / 10 });
}

/**
 * Importing a dataset file (its problems listed one per line when it is refused, or what it
 * added when it is not) and exporting the knowledge base, all of it or only the user's part.
 */
export function ImportExport({ maxBytes, onImport, onExport }: ImportExportProps) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [exporting, setExporting] = useState<ExportScope | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared at once so choosing the same file again (after fixing it) fires a change.
    if (input.current) input.current.value = '';
    if (!file) return;
    if (file.size > maxBytes) {
      setState({
        step: 'refused',
        name: file.name,
        errors: [
          t('importExport.tooLarge', { size: megabytes(file.size), max: megabytes(maxBytes) }),
        ],
      });
      return;
    }
    setState({ step: 'reading', name: file.name });
    try {
      const outcome = await onImport(await file.text());
      setState(
        outcome.ok
          ? { step: 'done', name: file.name, result: outcome.result }
          : { step: 'refused', name: file.name, errors: outcome.errors },
      );
    } catch (error) {
      setState({
        step: 'refused',
        name: file.name,
        errors: [error instanceof Error ? error.message : String(error)],
      });
    }
  }

  function exportScope(scope: ExportScope) {
    setExporting(scope);
    setExportError(null);
    onExport(scope).then(
      () => setExporting(null),
      (error: unknown) => {
        setExporting(null);
        setExportError(error instanceof Error ? error.message : String(error));
      },
    );
  }

  return (
    <section aria-labelledby="import-export-title" className="flex flex-col gap-3">
      <h2 id="import-export-title" className="m-0 text-base font-semibold">
        {t('importExport.title')}
      </h2>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${hintId}-file`} className="text-sm font-medium text-slate-800">
          {t('importExport.importLabel')}
        </label>
        <input
          ref={input}
          id={`${hintId}-file`}
          type="file"
          accept=".json,application/json"
          aria-describedby={hintId}
          disabled={state.step === 'reading'}
          onChange={(event) => void importFile(event)}
          className="text-sm file:mr-2 file:cursor-pointer file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:py-1 file:text-sm"
        />
        <p id={hintId} className="m-0 text-xs text-slate-500">
          {t('importExport.importHint')}
        </p>
      </div>
      <div aria-live="polite">
        {state.step === 'reading' && (
          <p className="m-0 text-sm">{t('importExport.checking', { name: state.name })}</p>
        )}
        {state.step === 'refused' && (
          <ProblemList
            title={t('importExport.refused', { name: state.name })}
            problems={state.errors}
          />
        )}
        {state.step === 'done' && <ImportSummary name={state.name} result={state.result} />}
      </div>

      <div className="flex flex-col gap-1">
        <span className="text-sm font-medium text-slate-800">{t('importExport.export')}</span>
        <div className="flex flex-wrap gap-2">
          <Button disabled={exporting !== null} onClick={() => exportScope('all')}>
            {exporting === 'all' ? t('importExport.exporting') : t('importExport.exportAll')}
          </Button>
          <Button disabled={exporting !== null} onClick={() => exportScope('mine')}>
            {exporting === 'mine' ? t('importExport.exporting') : t('importExport.exportMine')}
          </Button>
        </div>
        <p className="m-0 text-xs text-slate-500">{t('importExport.mineHint')}</p>
        {exportError && (
          <ProblemList title={t('importExport.exportFailed')} problems={exportError.split('\n')} />
        )}
      </div>
    </section>
  );
}

function ImportSummary({ name, result }: { name: string; result: ImportResult }) {
  const title = t('importExport.datasetTitle', {
    title: result.title,
    id: result.datasetId,
    version: result.version,
  });
  if (result.alreadyImported) {
    return (
      <p role="status" className="m-0 text-sm">
        {t('importExport.alreadyImported', { title, name })}
      </p>
    );
  }
  return (
    <div role="status" className="flex flex-col gap-1 text-sm">
      <p className="m-0">
        {t(
          result.unchanged > 0
            ? 'importExport.importedSummaryUnchanged'
            : 'importExport.importedSummary',
          {
            title,
            added: t('importExport.records', result.added),
            updated: result.updated,
            removed: result.removed,
            unchanged: result.unchanged,
          },
        )}
      </p>
      {result.keptUserEdits > 0 && (
        <p className="m-0">
          {t('importExport.keptEdits', {
            records: t('importExport.records', result.keptUserEdits),
          })}
        </p>
      )}
      {result.keptExisting.length > 0 && (
        <p className="m-0">
          {t('importExport.keptExisting', { ids: result.keptExisting.join(', ') })}
        </p>
      )}
      {result.warnings.length > 0 && (
        <div className="rounded border border-amber-300 bg-amber-50 p-2 text-amber-950">
          <p className="m-0 font-medium">{t('importExport.warnings')}</p>
          <ul className="m-0 mt-1 list-disc pl-5">
            {result.warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
