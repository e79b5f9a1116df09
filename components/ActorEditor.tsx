import {
  actorKindSchema,
  actorSchema,
  relationKindSchema,
  type Actor,
  type ActorKind,
  type Alias,
  type Relation,
  type RelationKind,
} from '@/lib/kb/schema';
import type { RecordMeta } from '@/lib/kb/stored-rows';
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
import { kindLabels } from './kind-labels';
import { relationPhrasing } from './relation-labels';
import { DeleteButton, OriginNote, useCheckedForm, type FormCheck } from './EditorParts';

export interface ActorEditorProps {
  /** The actor to edit, or null to write a new one. */
  initial: Actor | null;
  /** Where the record came from, to say what saving an edit means for it. */
  meta?: RecordMeta | null;
  /** Receives the checked actor; a rejection's message (one problem per line) is shown. */
  onSave: (actor: Actor) => Promise<unknown>;
  onCancel: () => void;
  /** Offered only for records the user may delete (their own, and imported ones). */
  onDelete?: () => Promise<void>;
}

interface RelationRow {
  key: number;
  kind: RelationKind;
  target: string;
  since: string;
  /** The stored relation this row edits, so fields the form does not show (note, until) survive. */
  base?: Relation;
}

interface ActorForm {
  id: string;
  /** Once the user types an id, it no longer follows the English name. */
  idTouched: boolean;
  kind: ActorKind;
  en: string;
  zh: string;
  pinyin: string;
  summary: string;
  aliases: string;
  relations: RelationRow[];
}

let rowKeys = 0;

function formOf(actor: Actor | null): ActorForm {
  return {
    id: actor?.id ?? '',
    idTouched: actor !== null,
    kind: actor?.kind ?? 'company',
    en: actor?.names.en ?? '',
    zh: actor?.names.zh ?? '',
    pinyin: actor?.names.pinyin ?? '',
    summary: actor?.summary ?? '',
    aliases: (actor?.aliases ?? []).map((alias) => alias.text).join('\n'),
    relations: (actor?.relations ?? []).map((relation) => ({
      key: ++rowKeys,
      kind: relation.kind,
      target: relation.target,
      since: relation.since ?? '',
      base: relation,
    })),
  };
}

const TONE_MARKED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/i;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * An alias from one line of the aliases box. A line that was already an alias keeps its rules
 * (case, context, note), so editing a bundled actor never loses what makes its aliases safe;
 * a new short all-capitals line is an acronym, which matches only in capitals ("CAC", not "cac").
 */
function aliasFromLine(text: string, previous: ReadonlyMap<string, Alias>): Alias {
  const kept = previous.get(text);
  if (kept) return kept;
  const lang = HAN.test(text) ? 'zh' : TONE_MARKED.test(text) ? 'pinyin' : 'en';
  const acronym = /^[A-Z0-9&.-]{2,8}$/.test(text) && /[A-Z]/.test(text);
  return { text, lang, caseRule: acronym ? 'sensitive' : 'insensitive' };
}

/** The actor the form describes, before checking; fields the form does not show are kept. */
function actorInput(form: ActorForm, initial: Actor | null): Record<string, unknown> {
  const names: Record<string, string> = { en: form.en.trim() };
  if (form.zh.trim()) names.zh = form.zh.trim();
  if (form.pinyin.trim()) names.pinyin = form.pinyin.trim();
  if (initial?.names.zhHant) names.zhHant = initial.names.zhHant;

  const previous = new Map((initial?.aliases ?? []).map((alias) => [alias.text, alias]));
  const lines = [
    ...new Set(
      form.aliases
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
  const relations = form.relations
    .filter((row) => row.target.trim() || row.since.trim())
    .map((row) => {
      const relation: Record<string, unknown> = {
        ...row.base,
        kind: row.kind,
        target: row.target.trim(),
      };
      if (row.since.trim()) relation.since = row.since.trim();
      else delete relation.since;
      return relation;
    });

  return {
    ...initial,
    id: form.id.trim(),
    kind: form.kind,
    names,
    summary: form.summary.trim(),
    aliases: lines.map((line) => aliasFromLine(line, previous)),
    relations,
  };
}

/** Field key ("names.en", "relations.2.target") to what the form calls it. */
function fieldName(key: string): string {
  const relation = /^relations\.(\d+)/.exec(key);
  if (relation) return `Relation ${Number(relation[1]) + 1}`;
  const alias = /^aliases\.(\d+)/.exec(key);
  if (alias) return `Other names, line ${Number(alias[1]) + 1}`;
  const names: Record<string, string> = {
    id: 'Id',
    kind: 'Kind',
    'names.en': 'English name',
    'names.zh': 'Chinese name',
    'names.pinyin': 'Pinyin',
    summary: 'Summary',
  };
  return names[key] ?? key;
}

const required: Record<string, string> = {
  id: 'An id is required.',
  'names.en': 'The English name is required.',
  summary: 'A one-line summary is required.',
};

type Checked = FormCheck<Actor>;

/** Checks the form: required fields in plain words first, then everything the schema says. */
function checkActorForm(form: ActorForm, initial: Actor | null): Checked {
  const errors: Record<string, string> = {};
  if (!form.id.trim()) errors.id = required.id!;
  if (!form.en.trim()) errors['names.en'] = required['names.en']!;
  if (!form.summary.trim()) errors.summary = required.summary!;
  const parsed = actorSchema.safeParse(actorInput(form, initial));
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, value: parsed.data };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      let key = issue.path.map(String).join('.');
      // The schema's relation indexes count only the rows that were filled in.
      const relation = /^relations\.(\d+)(.*)$/.exec(key);
      if (relation) {
        const filled = form.relations.filter((row) => row.target.trim() || row.since.trim());
        const row = filled[Number(relation[1])];
        key = `relations.${row ? form.relations.indexOf(row) : relation[1]}${relation[2]}`;
      }
      errors[key] ??= issue.message;
    }
  }
  return { ok: false, errors };
}

/**
 * The form for one actor: names in English, Chinese and pinyin, kind, summary, other names one
 * per line, and relations to other actors by id. It checks the actor with the knowledge base's
 * own schema before handing it on, and shows the background's answer if that refuses it.
 */
export function ActorEditor({ initial, meta, onSave, onCancel, onDelete }: ActorEditorProps) {
  const { form, setForm, update, errors, submit, onSubmit } = useCheckedForm(
    () => formOf(initial),
    (current: ActorForm) => checkActorForm(current, initial),
    onSave,
  );
  const isNew = initial === null;

  const updateRow = (key: number, change: Partial<RelationRow>) =>
    setForm((current) => ({
      ...current,
      relations: current.relations.map((row) => (row.key === key ? { ...row, ...change } : row)),
    }));

  const problems = Object.entries(errors).map(([key, message]) => `${fieldName(key)}: ${message}`);
  const aliasErrors = Object.entries(errors)
    .filter(([key]) => key.startsWith('aliases'))
    .map(([key, message]) => `${fieldName(key)}: ${message}`);

  return (
    <form
      aria-label={initial ? `Edit ${initial.names.en}` : 'New actor'}
      noValidate
      onSubmit={onSubmit}
      className="flex flex-col gap-3"
    >
      <h2 className="m-0 text-base font-semibold">
        {initial ? `Edit “${initial.names.en}”` : 'New actor'}
      </h2>
      <OriginNote meta={meta} />
      <ProblemList title="The actor was not saved:" problems={problems} />
      <ProblemList title="The knowledge base refused the actor:" problems={submit.problems} />

      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="English name" required error={errors['names.en']}>
          {(control) => (
            <input
              {...control}
              className={controlClass}
              value={form.en}
              onChange={(event) => {
                const en = event.target.value;
                update(form.idTouched ? { en } : { en, id: slugify(en) });
              }}
            />
          )}
        </Field>
        <Field
          label="Id"
          required
          error={errors.id}
          hint={isNew ? 'Letters, digits, "-", "_" and "."; it cannot change later.' : undefined}
        >
          {(control) => (
            <input
              {...control}
              className={`${controlClass} font-mono`}
              value={form.id}
              readOnly={!isNew}
              onChange={(event) => update({ id: event.target.value, idTouched: true })}
            />
          )}
        </Field>
        <TextField
          label="Chinese name"
          error={errors['names.zh']}
          lang="zh"
          value={form.zh}
          onChange={(value) => update({ zh: value })}
        />
        <TextField
          label="Pinyin"
          hint="With tone marks: Zhōngguó Rénmín Yínháng"
          error={errors['names.pinyin']}
          lang="zh-Latn-pinyin"
          value={form.pinyin}
          onChange={(value) => update({ pinyin: value })}
        />
        <SelectField
          label="Kind"
          error={errors.kind}
          value={form.kind}
          options={actorKindSchema.options}
          labels={kindLabels}
          onChange={(value) => update({ kind: value })}
        />
      </div>

      <Field label="Summary" required error={errors.summary}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            className={controlClass}
            value={form.summary}
            onChange={(event) => update({ summary: event.target.value })}
          />
        )}
      </Field>

      <Field
        label="Other names"
        hint="One per line: acronyms, short forms, old names. The names above are matched already; acronyms in capitals match only in capitals."
        error={aliasErrors.join(' ') || undefined}
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            className={`${controlClass} font-mono`}
            value={form.aliases}
            onChange={(event) => update({ aliases: event.target.value })}
          />
        )}
      </Field>

      <fieldset className="m-0 flex flex-col gap-2 border-0 p-0">
        <legend className="mb-1 text-sm font-medium text-slate-800">Relations (optional)</legend>
        {form.relations.map((row, index) => {
          const error = Object.entries(errors)
            .filter(([key]) => key.startsWith(`relations.${index}`))
            .map(([, message]) => message)
            .join(' ');
          return (
            <div
              key={row.key}
              role="group"
              aria-label={`Relation ${index + 1}`}
              className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_6rem_auto] items-end gap-2"
            >
              <Field label="Kind">
                {(control) => (
                  <select
                    {...control}
                    className={controlClass}
                    value={row.kind}
                    onChange={(event) =>
                      updateRow(row.key, { kind: event.target.value as RelationKind })
                    }
                  >
                    {relationKindSchema.options.map((kind) => (
                      <option key={kind} value={kind}>
                        {relationPhrasing[kind].forward}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label="Other actor's id" error={error || undefined}>
                {(control) => (
                  <input
                    {...control}
                    className={`${controlClass} font-mono`}
                    value={row.target}
                    onChange={(event) => updateRow(row.key, { target: event.target.value })}
                  />
                )}
              </Field>
              <Field label="Since">
                {(control) => (
                  <input
                    {...control}
                    className={controlClass}
                    placeholder="YYYY-MM"
                    value={row.since}
                    onChange={(event) => updateRow(row.key, { since: event.target.value })}
                  />
                )}
              </Field>
              <button
                type="button"
                className={buttonClass}
                aria-label={`Remove relation ${index + 1}`}
                onClick={() =>
                  update({ relations: form.relations.filter((other) => other.key !== row.key) })
                }
              >
                Remove
              </button>
            </div>
          );
        })}
        <div>
          <button
            type="button"
            className={buttonClass}
            onClick={() =>
              update({
                relations: [
                  ...form.relations,
                  { key: ++rowKeys, kind: 'relatedTo', target: '', since: '' },
                ],
              })
            }
          >
            Add a relation
          </button>
        </div>
      </fieldset>

      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" className={primaryButtonClass} disabled={submit.busy}>
          {submit.busy ? 'Saving…' : 'Save actor'}
        </button>
        <button type="button" className={buttonClass} onClick={onCancel}>
          Cancel
        </button>
        {onDelete && !isNew && <DeleteButton what="actor" onDelete={onDelete} />}
      </div>
    </form>
  );
}
