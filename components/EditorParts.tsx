import { useState, type FormEvent } from 'react';
import type { RecordMeta } from '@/lib/kb/stored-rows';
import { buttonClass, ProblemList } from './FormField';

/** A save or delete in flight, and the problems the knowledge base answered with. */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  return {
    busy,
    problems,
    clear: () => setProblems([]),
    run(action: () => Promise<unknown>) {
      setBusy(true);
      setProblems([]);
      action().then(
        () => setBusy(false),
        (error: unknown) => {
          setBusy(false);
          // The background sends one problem per line.
          setProblems(String(error instanceof Error ? error.message : error).split('\n'));
        },
      );
    },
  };
}

export type FormCheck<R> = { ok: true; value: R } | { ok: false; errors: Record<string, string> };

/**
 * An editor's form state: the fields, the problems its own check found (keyed by field), and a
 * submit that only hands on a record the check accepted.
 */
export function useCheckedForm<F, R>(
  initial: () => F,
  check: (form: F) => FormCheck<R>,
  onSave: (record: R) => Promise<unknown>,
) {
  const [form, setForm] = useState<F>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = useSubmit();
  const update = (change: Partial<F>) => setForm((current) => ({ ...current, ...change }));
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const checked = check(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      submit.clear();
      return;
    }
    setErrors({});
    submit.run(() => onSave(checked.value));
  }
  return { form, setForm, update, errors, submit, onSubmit };
}

/** What saving means for this record, in words: whose it is and what updates will do. */
export function OriginNote({ meta }: { meta?: RecordMeta | null }) {
  if (!meta) return null;
  let text: string;
  if (meta.origin === 'user') text = 'Your own record.';
  else if (meta.origin === 'bundled')
    text = meta.userEdited
      ? 'Your edited version of a record that comes with RegLens; updates of RegLens keep your version.'
      : 'This record comes with RegLens. If you change it, your version is kept when RegLens updates its knowledge.';
  else
    text = `Imported from the dataset “${meta.datasetId ?? 'unknown'}”. ${
      meta.userEdited
        ? 'You edited it; newer versions of that dataset keep your version.'
        : 'If you change it, newer versions of that dataset keep your version.'
    }`;
  return <p className="m-0 text-xs text-slate-600">{text}</p>;
}

/** Delete, asked twice: the first press only asks whether the user means it. */
export function DeleteButton({ what, onDelete }: { what: string; onDelete: () => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const submit = useSubmit();
  if (!asking) {
    return (
      <button type="button" className={`${buttonClass} ml-auto`} onClick={() => setAsking(true)}>
        Delete {what}
      </button>
    );
  }
  return (
    <div className="ml-auto flex flex-col items-end gap-1">
      <div className="flex items-center gap-2">
        <span className="text-sm text-red-800">Delete this {what} for good?</span>
        <button
          type="button"
          className={`${buttonClass} border-red-700 text-red-800`}
          disabled={submit.busy}
          onClick={() => submit.run(onDelete)}
        >
          Yes, delete
        </button>
        <button type="button" className={buttonClass} onClick={() => setAsking(false)}>
          Keep it
        </button>
      </div>
      <ProblemList title={`The ${what} was not deleted:`} problems={submit.problems} />
    </div>
  );
}
