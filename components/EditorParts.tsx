import { useState, type FormEvent, type ReactNode } from 'react';
import type { RecordMeta } from '@/lib/kb/stored-rows';
import { problemsOf } from '@/lib/send';
import { Button, primaryButtonClass, ProblemList, TextField } from './FormField';
import type { FormCheck, FormRow } from './record-form';

/** What the page hands an editor of one record (an actor, a claim). */
export interface EditorProps<R> {
  /** The record to edit, or null to write a new one. */
  initial: R | null;
  /** Where the record came from, to say what saving an edit means for it. */
  meta?: RecordMeta | null;
  /** Receives the checked record; a rejection's problems (or its message) are shown. */
  onSave: (record: R) => Promise<unknown>;
  onCancel: () => void;
  /** Offered only for records the user may delete (their own, and imported ones). */
  onDelete?: () => Promise<void>;
}

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
          setProblems(problemsOf(error));
        },
      );
    },
  };
}

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
      <Button className="ml-auto" onClick={() => setAsking(true)}>
        Delete {what}
      </Button>
    );
  }
  return (
    <div className="ml-auto flex flex-col items-end gap-1">
      <div className="flex items-center gap-2">
        <span className="text-sm text-red-800">Delete this {what} for good?</span>
        <Button
          className="border-red-700 text-red-800"
          disabled={submit.busy}
          onClick={() => submit.run(onDelete)}
        >
          Yes, delete
        </Button>
        <Button onClick={() => setAsking(false)}>Keep it</Button>
      </div>
      <ProblemList title={`The ${what} was not deleted:`} problems={submit.problems} />
    </div>
  );
}

/**
 * An editor's frame: its heading, what saving means for the record, the problems that stopped
 * the last save, the fields, and the save, cancel and delete buttons.
 */
export function RecordForm<R>({
  what,
  title,
  heading = title,
  editor,
  fieldName,
  children,
  ...props
}: Omit<EditorProps<R>, 'onSave'> & {
  /** The record's kind in words: "actor", "claim". */
  what: string;
  /** The form's accessible name. */
  title: string;
  heading?: string;
  editor: Pick<ReturnType<typeof useCheckedForm>, 'errors' | 'submit' | 'onSubmit'>;
  /** What the form calls a field key. */
  fieldName: (key: string) => string;
  children: ReactNode;
}) {
  const { errors, submit, onSubmit } = editor;
  const problems = Object.entries(errors).map(([key, message]) => `${fieldName(key)}: ${message}`);
  return (
    <form aria-label={title} noValidate onSubmit={onSubmit} className="flex flex-col gap-3">
      <h2 className="m-0 text-base font-semibold">{heading}</h2>
      <OriginNote meta={props.meta} />
      <ProblemList title={`The ${what} was not saved:`} problems={problems} />
      <ProblemList title={`The knowledge base refused the ${what}:`} problems={submit.problems} />
      {children}
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" className={primaryButtonClass} disabled={submit.busy}>
          {submit.busy ? 'Saving…' : `Save ${what}`}
        </button>
        <Button onClick={props.onCancel}>Cancel</Button>
        {props.onDelete && props.initial !== null && (
          <DeleteButton what={what} onDelete={props.onDelete} />
        )}
      </div>
    </form>
  );
}

/** A record's id: typed once for a new record (or made from its name), fixed after that. */
export function IdField({
  editor: { form, errors, update },
  isNew,
}: {
  editor: {
    form: { id: string };
    errors: Record<string, string>;
    update: (change: { id: string; idTouched: true }) => void;
  };
  isNew: boolean;
}) {
  return (
    <TextField
      label="Id"
      required
      mono
      error={errors.id}
      hint={isNew ? 'Letters, digits, "-", "_" and "."; it cannot change later.' : undefined}
      readOnly={!isNew}
      value={form.id}
      onChange={(id) => update({ id, idTouched: true })}
    />
  );
}

/**
 * A repeated part of a form (relations, sources): one group of fields a row, each with its
 * remove button, and a button that adds a row.
 */
export function RowList<R extends FormRow>({
  legend,
  error,
  name,
  rows,
  newRow,
  onChange,
  rowClassName,
  children,
}: {
  legend: ReactNode;
  /** A problem with the rows as a whole ("Add at least one source."). */
  error?: string;
  /** A row in words: "relation", "source". */
  name: string;
  rows: readonly R[];
  newRow: () => R;
  onChange: (rows: R[]) => void;
  rowClassName: string;
  /** A row's fields; `change` edits this row. */
  children: (row: R, index: number, change: (change: Partial<R>) => void) => ReactNode;
}) {
  const label = name.charAt(0).toUpperCase() + name.slice(1);
  return (
    <fieldset className="m-0 flex flex-col gap-3 border-0 p-0">
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      {error && <p className="m-0 text-xs text-red-700">{error}</p>}
      {rows.map((row, index) => (
        <div
          key={row.key}
          role="group"
          aria-label={`${label} ${index + 1}`}
          className={rowClassName}
        >
          {children(row, index, (change) =>
            onChange(
              rows.map((other) => (other.key === row.key ? { ...other, ...change } : other)),
            ),
          )}
          <div className="flex items-end">
            <Button
              aria-label={`Remove ${name} ${index + 1}`}
              onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
            >
              Remove
            </Button>
          </div>
        </div>
      ))}
      <div>
        <Button onClick={() => onChange([...rows, newRow()])}>Add a {name}</Button>
      </div>
    </fieldset>
  );
}
