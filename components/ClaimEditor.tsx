import { attributionKindSchema, claimStatusSchema, type Claim } from '@/lib/kb/schema';
import {
  checkClaimForm,
  claimFieldName,
  claimFormOf,
  idFromStatement,
  type ClaimForm,
} from './claim-form';
import { statusLabel } from './ClaimList';
import { attributionWord } from '@/lib/grade-words';
import { IdField, RecordForm, RowList, useCheckedForm, type EditorProps } from './EditorParts';
import { SelectField, TextField } from './FormField';
import { sourceRow } from './source-rows';
import { t } from '@/lib/i18n';

export interface ClaimEditorProps extends EditorProps<Claim> {
  /** Actor ids a new claim starts with (the card the user came from). */
  defaultActors?: string[];
}

/**
 * The form for one claim: the statement in plain words, the actors it is about (by id), when it
 * happened, its status, and its sources (outlet, date, headline, address, how it was
 * attributed). It checks the claim with the knowledge base's schema before handing it on.
 */
export function ClaimEditor({ defaultActors, ...props }: ClaimEditorProps) {
  const { initial } = props;
  const editor = useCheckedForm(
    () => claimFormOf(initial, defaultActors ?? []),
    (current: ClaimForm) => checkClaimForm(current, initial),
    props.onSave,
  );
  const { form, update, errors } = editor;

  return (
    <RecordForm
      {...props}
      what="claim"
      title={initial ? t('editor.editClaim') : t('editor.newClaim')}
      editor={editor}
      fieldName={claimFieldName}
    >
      <TextField
        label={t('editor.statement')}
        required
        rows={3}
        hint={t('editor.statementHint')}
        error={errors.statement}
        value={form.statement}
        onChange={(statement) =>
          update(form.idTouched ? { statement } : { statement, id: idFromStatement(statement) })
        }
      />

      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t('editor.actors')}
          required
          mono
          hint={t('editor.actorsHint')}
          error={errors.actors}
          value={form.actors}
          onChange={(value) => update({ actors: value })}
        />
        <IdField editor={editor} isNew={initial === null} />
        <TextField
          label={t('editor.eventDate')}
          hint={t('editor.eventDateHint')}
          error={errors.eventDate}
          value={form.eventDate}
          onChange={(value) => update({ eventDate: value })}
        />
        <SelectField
          label={t('editor.status')}
          error={errors.status}
          value={form.status}
          options={claimStatusSchema.options}
          labelOf={statusLabel}
          onChange={(value) => update({ status: value })}
        />
      </div>

      <RowList
        legend={
          <>
            {t('editor.sources')} <span className="text-red-700">*</span>
          </>
        }
        error={errors.sources}
        name="source"
        rows={form.sources}
        newRow={sourceRow}
        onChange={(sources) => update({ sources })}
        rowClassName="grid gap-2 rounded border border-slate-200 p-2 sm:grid-cols-2"
      >
        {(row, index, change) => {
          const error = (field: string) => errors[`sources.${index}.${field}`];
          return (
            <>
              <TextField
                label={t('editor.outlet')}
                error={error('outlet')}
                value={row.outlet}
                onChange={(outlet) => change({ outlet })}
              />
              <TextField
                label={t('editor.date')}
                placeholder={t('editor.dayPlaceholder')}
                error={error('date')}
                value={row.date}
                onChange={(date) => change({ date })}
              />
              <TextField
                label={t('editor.headline')}
                error={error('headline')}
                value={row.headline}
                onChange={(headline) => change({ headline })}
              />
              <TextField
                label={t('editor.url')}
                type="url"
                error={error('url')}
                value={row.url}
                onChange={(url) => change({ url })}
              />
              <SelectField
                label={t('editor.attribution')}
                error={error('attribution')}
                value={row.attribution}
                options={attributionKindSchema.options}
                labelOf={(kind) => t('attribution.choice', { attribution: attributionWord(kind) })}
                onChange={(attribution) => change({ attribution })}
              />
            </>
          );
        }}
      </RowList>
    </RecordForm>
  );
}
