import { actorKindSchema, relationKindSchema, type Actor } from '@/lib/kb/schema';
import { actorFieldName, actorFormOf, checkActorForm, type ActorForm } from './actor-form';
import { IdField, RecordForm, RowList, useCheckedForm, type EditorProps } from './EditorParts';
import { SelectField, TextField } from './FormField';
import { slugify } from './record-form';
import { kindLabel } from './kind-labels';
import { relationRow } from './relation-rows';
import { relationLabel } from './relation-labels';
import { t } from '@/lib/i18n';

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
    .map(([key, message]) => t('editor.problem', { field: actorFieldName(key), message }));

  return (
    <RecordForm
      {...props}
      what="actor"
      title={
        initial ? t('editor.editActorLabel', { name: initial.names.en }) : t('editor.newActor')
      }
      heading={
        initial ? t('editor.editActorHeading', { name: initial.names.en }) : t('editor.newActor')
      }
      editor={editor}
      fieldName={actorFieldName}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t('editor.englishName')}
          required
          error={errors['names.en']}
          value={form.en}
          onChange={(en) => update(form.idTouched ? { en } : { en, id: slugify(en) })}
        />
        <IdField editor={editor} isNew={initial === null} />
        <TextField
          label={t('editor.chineseName')}
          error={errors['names.zh']}
          lang="zh"
          value={form.zh}
          onChange={(value) => update({ zh: value })}
        />
        <TextField
          label={t('editor.pinyin')}
          hint={t('editor.pinyinHint')}
          error={errors['names.pinyin']}
          lang="zh-Latn-pinyin"
          value={form.pinyin}
          onChange={(value) => update({ pinyin: value })}
        />
        <SelectField
          label={t('editor.kind')}
          error={errors.kind}
          value={form.kind}
          options={actorKindSchema.options}
          labelOf={kindLabel}
          onChange={(value) => update({ kind: value })}
        />
      </div>

      <TextField
        label={t('editor.summary')}
        required
        rows={2}
        error={errors.summary}
        value={form.summary}
        onChange={(value) => update({ summary: value })}
      />

      <TextField
        label={t('editor.otherNames')}
        hint={t('editor.otherNamesHint')}
        error={aliasErrors.join(' ') || undefined}
        rows={4}
        mono
        value={form.aliases}
        onChange={(value) => update({ aliases: value })}
      />

      <RowList
        legend={t('editor.relationsOptional')}
        name="relation"
        rows={form.relations}
        newRow={relationRow}
        onChange={(relations) => update({ relations })}
        rowClassName="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_6rem_auto] items-end gap-2"
      >
        {(row, index, change) => (
          <>
            <SelectField
              label={t('editor.relationKind')}
              value={row.kind}
              options={relationKindSchema.options}
              labelOf={(kind) => relationLabel(kind, false)}
              onChange={(kind) => change({ kind })}
            />
            <TextField
              label={t('editor.otherActorId')}
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
              label={t('editor.since')}
              placeholder={t('editor.monthPlaceholder')}
              value={row.since}
              onChange={(since) => change({ since })}
            />
          </>
        )}
      </RowList>
    </RecordForm>
  );
}
