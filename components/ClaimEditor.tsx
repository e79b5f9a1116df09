import {
  attributionKindSchema,
  claimSchema,
  claimStatusSchema,
  type AttributionKind,
  type Claim,
  type ClaimStatus,
  type Source,
} from '@/lib/kb/schema';
import type { RecordMeta } from '@/lib/kb/stored-rows';
import { DeleteButton, OriginNote, useCheckedForm, type FormCheck } from './EditorParts';
import { statusLabels } from './ClaimList';
import {
  buttonClass,
  controlClass,
  Field,
  primaryButtonClass,
  ProblemList,
  SelectField,
  slugify,
  TextField,
} from './FormField';

export interface ClaimEditorProps {
  /** The claim to edit, or null to write a new one. */
  initial: Claim | null;
  meta?: RecordMeta | null;
  /** Actor ids a new claim starts with (the card the user came from). */
  defaultActors?: string[];
  /** Receives the checked claim; a rejection's message (one problem per line) is shown. */
  onSave: (claim: Claim) => Promise<unknown>;
  onCancel: () => void;
  onDelete?: () => Promise<void>;
}

const attributionLabels: Record<AttributionKind, string> = {
  anonymous: 'Anonymous sources',
  'named-official': 'Named official',
  'official-document': 'Official document',
  'company-statement': 'Company statement',
  'citing-outlet': 'Citing another outlet',
};

interface SourceRow {
  key: number;
  outlet: string;
  date: string;
  headline: string;
  url: string;
  attribution: AttributionKind;
  /** The stored source this row edits, so fields the form does not show (cites, note) survive. */
  base?: Source;
}

interface ClaimForm {
  id: string;
  idTouched: boolean;
  statement: string;
  actors: string;
  eventDate: string;
  status: ClaimStatus;
  sources: SourceRow[];
}

let rowKeys = 0;

function emptySource(): SourceRow {
  return { key: ++rowKeys, outlet: '', date: '', headline: '', url: '', attribution: 'anonymous' };
}

function formOf(claim: Claim | null, defaultActors: readonly string[]): ClaimForm {
  return {
    id: claim?.id ?? '',
    idTouched: claim !== null,
    statement: claim?.statement ?? '',
    actors: (claim?.actors ?? defaultActors).join(', '),
    eventDate: claim?.eventDate ?? '',
    status: claim?.status ?? 'reported',
    sources: claim
      ? claim.sources.map((source) => ({
          key: ++rowKeys,
          outlet: source.outlet,
          date: source.date ?? '',
          headline: source.headline ?? '',
          url: source.url ?? '',
          attribution: source.attribution,
          base: source,
        }))
      : [emptySource()],
  };
}

/** A new claim's id from its first words, so ids stay readable ("claim-pboc-plans-a-credit"). */
function idFromStatement(statement: string): string {
  const words = slugify(statement).split('-').slice(0, 6).join('-');
  return words ? `claim-${words}` : '';
}

/** A blank row is one the user added and left empty; it is dropped rather than reported. */
function isBlank(row: SourceRow): boolean {
  return !row.outlet.trim() && !row.date.trim() && !row.headline.trim() && !row.url.trim();
}

function claimInput(form: ClaimForm, initial: Claim | null): Record<string, unknown> {
  const actors = [
    ...new Set(
      form.actors
        .split(/[\s,]+/)
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
  const sources = form.sources
    .filter((row) => !isBlank(row))
    .map((row) => {
      const source: Record<string, unknown> = {
        ...row.base,
        outlet: row.outlet.trim(),
        attribution: row.attribution,
      };
      for (const field of ['date', 'headline', 'url'] as const) {
        const value = row[field].trim();
        if (value) source[field] = value;
        else delete source[field];
      }
      return source;
    });
  const input: Record<string, unknown> = {
    ...initial,
    id: form.id.trim(),
    statement: form.statement.trim(),
    actors,
    status: form.status,
    sources,
  };
  if (form.eventDate.trim()) input.eventDate = form.eventDate.trim();
  else delete input.eventDate;
  return input;
}

function fieldName(key: string): string {
  const source = /^sources\.(\d+)(?:\.(\w+))?/.exec(key);
  if (source) return `Source ${Number(source[1]) + 1}${source[2] ? `, ${source[2]}` : ''}`;
  const names: Record<string, string> = {
    id: 'Id',
    statement: 'Statement',
    actors: 'Actors',
    eventDate: 'Date of the event',
    status: 'Status',
    sources: 'Sources',
  };
  return names[key] ?? key;
}

type Checked = FormCheck<Claim>;

function checkClaimForm(form: ClaimForm, initial: Claim | null): Checked {
  const errors: Record<string, string> = {};
  const input = claimInput(form, initial);
  if (!form.id.trim()) errors.id = 'An id is required.';
  if (!form.statement.trim()) errors.statement = 'The statement is required.';
  if ((input.actors as string[]).length === 0) errors.actors = 'Name at least one actor by its id.';
  if ((input.sources as unknown[]).length === 0) errors.sources = 'Add at least one source.';
  const parsed = claimSchema.safeParse(input);
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, value: parsed.data };
  if (!parsed.success) {
    const filled = form.sources.filter((row) => !isBlank(row));
    for (const issue of parsed.error.issues) {
      let key = issue.path.map(String).join('.');
      // The schema counts only the filled-in source rows; the form counts them all.
      const source = /^sources\.(\d+)(.*)$/.exec(key);
      if (source) {
        const row = filled[Number(source[1])];
        key = `sources.${row ? form.sources.indexOf(row) : source[1]}${source[2]}`;
      }
      if (/^actors\.\d+$/.test(key)) key = 'actors';
      if (key === 'sources.' || key === 'sources') key = 'sources';
      errors[key] ??= friendly(key, issue.message);
    }
  }
  return { ok: false, errors };
}

function friendly(key: string, message: string): string {
  if (key.endsWith('.url')) return 'A full address is needed (https://…).';
  if (key.endsWith('.outlet')) return 'Which outlet reported it?';
  if (key === 'actors') return `Actor ids use letters, digits, "_", "-" and "." only.`;
  return message;
}

/**
 * The form for one claim: the statement in plain words, the actors it is about (by id), when it
 * happened, its status, and its sources (outlet, date, headline, address, how it was
 * attributed). It checks the claim with the knowledge base's schema before handing it on.
 */
export function ClaimEditor(props: ClaimEditorProps) {
  const { initial, meta, onSave, onCancel, onDelete } = props;
  const { form, setForm, update, errors, submit, onSubmit } = useCheckedForm(
    () => formOf(initial, props.defaultActors ?? []),
    (current: ClaimForm) => checkClaimForm(current, initial),
    onSave,
  );

  const updateRow = (key: number, change: Partial<SourceRow>) =>
    setForm((current) => ({
      ...current,
      sources: current.sources.map((row) => (row.key === key ? { ...row, ...change } : row)),
    }));

  const problems = Object.entries(errors).map(([key, message]) => `${fieldName(key)}: ${message}`);

  return (
    <form
      aria-label={initial ? 'Edit claim' : 'New claim'}
      noValidate
      onSubmit={onSubmit}
      className="flex flex-col gap-3"
    >
      <h2 className="m-0 text-base font-semibold">{initial ? 'Edit claim' : 'New claim'}</h2>
      <OriginNote meta={meta} />
      <ProblemList title="The claim was not saved:" problems={problems} />
      <ProblemList title="The knowledge base refused the claim:" problems={submit.problems} />

      <Field
        label="Statement"
        required
        hint="In plain words, as a reader would check it."
        error={errors.statement}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            className={controlClass}
            value={form.statement}
            onChange={(event) => {
              const statement = event.target.value;
              update(
                form.idTouched ? { statement } : { statement, id: idFromStatement(statement) },
              );
            }}
          />
        )}
      </Field>

      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label="Actors"
          required
          hint="Ids, separated by commas (pboc, ant-group)."
          error={errors.actors}
        >
          {(control) => (
            <input
              {...control}
              className={`${controlClass} font-mono`}
              value={form.actors}
              onChange={(event) => update({ actors: event.target.value })}
            />
          )}
        </Field>
        <Field label="Id" required error={errors.id}>
          {(control) => (
            <input
              {...control}
              className={`${controlClass} font-mono`}
              value={form.id}
              readOnly={initial !== null}
              onChange={(event) => update({ id: event.target.value, idTouched: true })}
            />
          )}
        </Field>
        <TextField
          label="Date of the event"
          hint="YYYY, YYYY-MM or YYYY-MM-DD"
          error={errors.eventDate}
          value={form.eventDate}
          onChange={(value) => update({ eventDate: value })}
        />
        <SelectField
          label="Status"
          error={errors.status}
          value={form.status}
          options={claimStatusSchema.options}
          labels={statusLabels}
          onChange={(value) => update({ status: value })}
        />
      </div>

      <fieldset className="m-0 flex flex-col gap-3 border-0 p-0">
        <legend className="mb-1 text-sm font-medium text-slate-800">
          Sources <span className="text-red-700">*</span>
        </legend>
        {errors.sources && <p className="m-0 text-xs text-red-700">{errors.sources}</p>}
        {form.sources.map((row, index) => {
          const error = (field: string) => errors[`sources.${index}.${field}`];
          return (
            <div
              key={row.key}
              role="group"
              aria-label={`Source ${index + 1}`}
              className="grid gap-2 rounded border border-slate-200 p-2 sm:grid-cols-2"
            >
              <Field label="Outlet" error={error('outlet')}>
                {(control) => (
                  <input
                    {...control}
                    className={controlClass}
                    value={row.outlet}
                    onChange={(event) => updateRow(row.key, { outlet: event.target.value })}
                  />
                )}
              </Field>
              <Field label="Date" error={error('date')}>
                {(control) => (
                  <input
                    {...control}
                    className={controlClass}
                    placeholder="YYYY-MM-DD"
                    value={row.date}
                    onChange={(event) => updateRow(row.key, { date: event.target.value })}
                  />
                )}
              </Field>
              <Field label="Headline" error={error('headline')}>
                {(control) => (
                  <input
                    {...control}
                    className={controlClass}
                    value={row.headline}
                    onChange={(event) => updateRow(row.key, { headline: event.target.value })}
                  />
                )}
              </Field>
              <Field label="Address (URL)" error={error('url')}>
                {(control) => (
                  <input
                    {...control}
                    type="url"
                    className={controlClass}
                    value={row.url}
                    onChange={(event) => updateRow(row.key, { url: event.target.value })}
                  />
                )}
              </Field>
              <Field label="Attribution" error={error('attribution')}>
                {(control) => (
                  <select
                    {...control}
                    className={controlClass}
                    value={row.attribution}
                    onChange={(event) =>
                      updateRow(row.key, { attribution: event.target.value as AttributionKind })
                    }
                  >
                    {attributionKindSchema.options.map((kind) => (
                      <option key={kind} value={kind}>
                        {attributionLabels[kind]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <div className="flex items-end">
                <button
                  type="button"
                  className={buttonClass}
                  aria-label={`Remove source ${index + 1}`}
                  onClick={() =>
                    update({ sources: form.sources.filter((other) => other.key !== row.key) })
                  }
                >
                  Remove
                </button>
              </div>
            </div>
          );
        })}
        <div>
          <button
            type="button"
            className={buttonClass}
            onClick={() => update({ sources: [...form.sources, emptySource()] })}
          >
            Add a source
          </button>
        </div>
      </fieldset>

      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" className={primaryButtonClass} disabled={submit.busy}>
          {submit.busy ? 'Saving…' : 'Save claim'}
        </button>
        <button type="button" className={buttonClass} onClick={onCancel}>
          Cancel
        </button>
        {onDelete && initial && <DeleteButton what="claim" onDelete={onDelete} />}
      </div>
    </form>
  );
}
