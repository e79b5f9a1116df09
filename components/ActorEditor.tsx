import { actorKindSchema, relationKindSchema, type Actor } from '@/lib/kb/schema';
import { actorFieldName, actorFormOf, checkActorForm, type ActorForm } from './actor-form';
import { IdField, RecordForm, RowList, useCheckedForm, type EditorProps } from './EditorParts';
import { SelectField, TextField } from './FormField';
import { slugify } from './record-form';
import { kindLabel } from './kind-labels';
import { relationRow } from './relation-rows';
import { relationPhrasing } from './relation-labels';

export type ActorEditorProps = EditorProps<Actor>;

/**
 * The form for one actor: names in English, Chinese and pinyin, kind, summary, other names one
 * per line, and relations to other actors by id. It checks the actor with the knowledge base's
 * own schema before handing it on, and shows the background's answer if that refuses it.
 */
export function ActorEditor(props: ActorEditorProps) {
  const { initial } = props;
  const editor = useCheckedForm(
    () => actorFormOf(initial),
    (current: ActorForm) => checkActorForm(current, initial),
    props.onSave,
  );
  const { form, update, errors } = editor;
  const aliasErrors = Object.entries(errors)
    .filter(([key]) => key.startsWith('aliases'))
    .map(([key, message]) => `${actorFieldName(key)}: ${message}`);

  return (
    <RecordForm
      {...props}
      what="actor"
      title={initial ? `Edit ${initial.names.en}` : 'New actor'}
      heading={initial ? `Edit “${initial.names.en}”` : 'New actor'}
      editor={editor}
      fieldName={actorFieldName}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="English name"
          required
          error={errors['names.en']}
          value={form.en}
          onChange={(en) => update(form.idTouched ? { en } : { en, id: slugify(en) })}
        />
        <IdField editor={editor} isNew={initial === null} />
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
          labelOf={kindLabel}
          onChange={(value) => update({ kind: value })}
        />
      </div>

      <TextField
        label="Summary"
        required
        rows={2}
        error={errors.summary}
        value={form.summary}
        onChange={(value) => update({ summary: value })}
      />

      <TextField
        label="Other names"
        hint="One per line: acronyms, short forms, old names. The names above are matched already; acronyms in capitals match only in capitals."
        error={aliasErrors.join(' ') || undefined}
        rows={4}
        mono
        value={form.aliases}
        onChange={(value) => update({ aliases: value })}
      />

      <RowList
        legend="Relations (optional)"
        name="relation"
        rows={form.relations}
        newRow={relationRow}
        onChange={(relations) => update({ relations })}
        rowClassName="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_6rem_auto] items-end gap-2"
      >
        {(row, index, change) => (
          <>
            <SelectField
              label="Kind"
              value={row.kind}
              options={relationKindSchema.options}
              labelOf={(kind) => relationPhrasing[kind].forward}
              onChange={(kind) => change({ kind })}
            />
            <TextField
              label="Other actor's id"
              mono
              error={
                Object.entries(errors)
                  .filter(([key]) => key.startsWith(`relations.${index}`))
                  .map(([, message]) => message)
                  .join(' ') || undefined
              }
              value={row.target}
              onChange={(target) => change({ target })}
            />
            <TextField
              label="Since"
              placeholder="YYYY-MM"
              value={row.since}
              onChange={(since) => change({ since })}
            />
          </>
        )}
      </RowList>
    </RecordForm>
  );
}
