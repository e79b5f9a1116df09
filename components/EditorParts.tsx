import { useState, type FormEvent, type ReactNode } from 'react';
import type { RecordMeta } from '@/lib/kb/stored-rows';
import { problemsOf } from '@/lib/send';
import { Button, primaryButtonClass, ProblemList, TextField } from './FormField';
import type { FormCheck, FormRow } from './record-form';
import { t } from '@/lib/i18n';

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

export type RecordKind = 'actor' | 'claim';

/** The words of an editor's buttons and problems, for each kind of record. */
const recordWords = {
  actor: {
    save: 'editor.saveActor',
    delete: 'editor.deleteActor',
    confirm: 'editor.deleteActorConfirm',
    notDeleted: 'editor.actorNotDeleted',
    notSaved: 'editor.actorNotSaved',
    refused: 'editor.actorRefused',
  },
  claim: {
    save: 'editor.saveClaim',
    delete: 'editor.deleteClaim',
    confirm: 'editor.deleteClaimConfirm',
    notDeleted: 'editor.claimNotDeleted',
    notSaved: 'editor.claimNotSaved',
    refused: 'editor.claimRefused',
  },
} as const;

export type RowKind = 'relation' | 'source';

/** The words of a repeated part of a form, for each kind of row. */
const rowWords = {
  relation: {
    row: 'editor.relationRow',
    remove: 'editor.removeRelation',
    add: 'editor.addRelation',
  },
  source: { row: 'editor.sourceRow', remove: 'editor.removeSource', add: 'editor.addSource' },
} as const;

/** What saving means for this record, in words: whose it is and what updates will do. */
export function OriginNote({ meta }: { meta?: RecordMeta | null }) {
  if (!meta) return null;
  let text: string;
  if (meta.origin === 'user') text = t('editor.originUser');
  else if (meta.origin === 'bundled')
    text = t(meta.userEdited ? 'editor.originBundledEdited' : 'editor.originBundled');
  else
    text = t(meta.userEdited ? 'editor.originImportedEdited' : 'editor.originImported', {
      dataset: meta.datasetId ?? t('editor.unknownDataset'),
    });
  return <p className="m-0 text-xs text-slate-600">{text}</p>;
}

/** Delete, asked twice: the first press only asks whether the user means it. */
export function DeleteButton({
  what,
  onDelete,
}: {
  what: RecordKind;
  onDelete: () => Promise<void>;
}) {
  const words = recordWords[what];
  const [asking, setAsking] = useState(false);
  const submit = useSubmit();
  if (!asking) {
    return (
      <Button className="ml-auto" onClick={() => setAsking(true)}>
        {t(words.delete)}
      </Button>
    );
  }
  return (
    <div className="ml-auto flex flex-col items-end gap-1">
      <div className="flex items-center gap-2">
        <span className="text-sm text-red-800">{t(words.confirm)}</span>
        <Button
          className="border-red-700 text-red-800"
          disabled={submit.busy}
          onClick={() => submit.run(onDelete)}
        >
          {t('editor.yesDelete')}
        </Button>
        <Button onClick={() => setAsking(false)}>{t('editor.keepIt')}</Button>
      </div>
      <ProblemList title={t(words.notDeleted)} problems={submit.problems} />
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
  /** The record's kind: its words come from `recordWords`. */
  what: RecordKind;
  /** The form's accessible name. */
  title: string;
  heading?: string;
  editor: Pick<ReturnType<typeof useCheckedForm>, 'errors' | 'submit' | 'onSubmit'>;
  /** What the form calls a field key. */
  fieldName: (key: string) => string;
  children: ReactNode;
}) {
  const { errors, submit, onSubmit } = editor;
  const words = recordWords[what];
  const problems = Object.entries(errors).map(([key, message]) =>
    t('editor.problem', { field: fieldName(key), message }),
  );
  return (
    <form aria-label={title} noValidate onSubmit={onSubmit} className="flex flex-col gap-3">
      <h2 className="m-0 text-base font-semibold">{heading}</h2>
      <OriginNote meta={props.meta} />
      <ProblemList title={t(words.notSaved)} problems={problems} />
      <ProblemList title={t(words.refused)} problems={submit.problems} />
      {children}
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" className={primaryButtonClass} disabled={submit.busy}>
          {submit.busy ? t('editor.saving') : t(words.save)}
        </button>
        <Button onClick={props.onCancel}>{t('editor.cancel')}</Button>
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
      label={t('editor.id')}
      required
      mono
      error={errors.id}
      hint={isNew ? t('editor.idHint') : undefined}
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
  /** What a row is: its words come from `rowWords`. */
  name: RowKind;
  rows: readonly R[];
  newRow: () => R;
  onChange: (rows: R[]) => void;
  rowClassName: string;
  /** A row's fields; `change` edits this row. */
  children: (row: R, index: number, change: (change: Partial<R>) => void) => ReactNode;
}) {
  const words = rowWords[name];
  return (
    <fieldset className="m-0 flex flex-col gap-3 border-0 p-0">
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      {error && <p className="m-0 text-xs text-red-700">{error}</p>}
      {rows.map((row, index) => (
        <div
          key={row.key}
          role="group"
          aria-label={t(words.row, { n: index + 1 })}
          className={rowClassName}
        >
          {children(row, index, (change) =>
            onChange(
              rows.map((other) => (other.key === row.key ? { ...other, ...change } : other)),
            ),
          )}
          <div className="flex items-end">
            <Button
              aria-label={t(words.remove, { n: index + 1 })}
              onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
            >
              {t('editor.remove')}
            </Button>
          </div>
        </div>
      ))}
      <div>
        <Button onClick={() => onChange([...rows, newRow()])}>{t(words.add)}</Button>
      </div>
    </fieldset>
  );
}
