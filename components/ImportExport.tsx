import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { ExportScope } from '@/lib/kb/export';
import type { ImportOutcome, ImportResult } from '@/lib/kb/import';
import { Button, ProblemList } from './FormField';

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
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
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
          `The file is ${megabytes(file.size)}; a dataset file can be at most ${megabytes(maxBytes)}.`,
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
        Import and export
      </h2>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${hintId}-file`} className="text-sm font-medium text-slate-800">
          Import a dataset file
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
          A JSON dataset (see dataset.schema.json). It is checked whole before anything is written;
          records that are already yours or RegLens’s are left as they are.
        </p>
      </div>
      <div aria-live="polite">
        {state.step === 'reading' && <p className="m-0 text-sm">Checking {state.name}…</p>}
        {state.step === 'refused' && (
          <ProblemList
            title={`${state.name} was not imported, and nothing was changed:`}
            problems={state.errors}
          />
        )}
        {state.step === 'done' && <ImportSummary name={state.name} result={state.result} />}
      </div>

      <div className="flex flex-col gap-1">
        <span className="text-sm font-medium text-slate-800">Export</span>
        <div className="flex flex-wrap gap-2">
          <Button disabled={exporting !== null} onClick={() => exportScope('all')}>
            {exporting === 'all' ? 'Exporting…' : 'Export everything'}
          </Button>
          <Button disabled={exporting !== null} onClick={() => exportScope('mine')}>
            {exporting === 'mine' ? 'Exporting…' : 'Export my records'}
          </Button>
        </div>
        <p className="m-0 text-xs text-slate-500">
          “My records” are those you created, edited or imported: a file to keep, or to share with
          someone who has RegLens.
        </p>
        {exportError && (
          <ProblemList title="The export failed:" problems={exportError.split('\n')} />
        )}
      </div>
    </section>
  );
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function ImportSummary({ name, result }: { name: string; result: ImportResult }) {
  const title = `“${result.title}” (${result.datasetId}, version ${result.version})`;
  if (result.alreadyImported) {
    return (
      <p role="status" className="m-0 text-sm">
        {title} from {name} was already imported, so nothing changed. To import changes to it, raise
        the version number in the file.
      </p>
    );
  }
  return (
    <div role="status" className="flex flex-col gap-1 text-sm">
      <p className="m-0">
        Imported {title}: {plural(result.added, 'record')} added, {result.updated} updated,{' '}
        {result.removed} removed
        {result.unchanged > 0 && `, ${result.unchanged} unchanged`}.
      </p>
      {result.keptUserEdits > 0 && (
        <p className="m-0">Your edits of {plural(result.keptUserEdits, 'record')} were kept.</p>
      )}
      {result.keptExisting.length > 0 && (
        <p className="m-0">
          Left as they were, because your knowledge base already has them:{' '}
          {result.keptExisting.join(', ')}.
        </p>
      )}
      {result.warnings.length > 0 && (
        <div className="rounded border border-amber-300 bg-amber-50 p-2 text-amber-950">
          <p className="m-0 font-medium">Worth a look in the file (it was imported anyway):</p>
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
