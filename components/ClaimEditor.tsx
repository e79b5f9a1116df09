import { attributionKindSchema, claimStatusSchema, type Claim } from '@/lib/kb/schema';
import { attributionChoice } from '@/lib/sourcing/labels';
import {
  checkClaimForm,
  claimFieldName,
  claimFormOf,
  idFromStatement,
  type ClaimForm,
} from './claim-form';
import { statusLabels } from './ClaimList';
import { IdField, RecordForm, RowList, useCheckedForm, type EditorProps } from './EditorParts';
import { SelectField, TextField } from './FormField';
import { sourceRow } from './source-rows';

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
      title={initial ? 'Edit claim' : 'New claim'}
      editor={editor}
      fieldName={claimFieldName}
    >
      <TextField
        label="Statement"
        required
        rows={3}
        hint="In plain words, as a reader would check it."
        error={errors.statement}
        value={form.statement}
        onChange={(statement) =>
          update(form.idTouched ? { statement } : { statement, id: idFromStatement(statement) })
        }
      />

      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Actors"
          required
          mono
          hint="Ids, separated by commas (pboc, ant-group)."
          error={errors.actors}
          value={form.actors}
          onChange={(value) => update({ actors: value })}
        />
        <IdField editor={editor} isNew={initial === null} />
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
          labelOf={(status) => statusLabels[status]}
          onChange={(value) => update({ status: value })}
        />
      </div>

      <RowList
        legend={
          <>
            Sources <span className="text-red-700">*</span>
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
                label="Outlet"
                error={error('outlet')}
                value={row.outlet}
                onChange={(outlet) => change({ outlet })}
              />
              <TextField
                label="Date"
                placeholder="YYYY-MM-DD"
                error={error('date')}
                value={row.date}
                onChange={(date) => change({ date })}
              />
              <TextField
                label="Headline"
                error={error('headline')}
                value={row.headline}
                onChange={(headline) => change({ headline })}
              />
              <TextField
                label="Address (URL)"
                type="url"
                error={error('url')}
                value={row.url}
                onChange={(url) => change({ url })}
              />
              <SelectField
                label="Attribution"
                error={error('attribution')}
                value={row.attribution}
                options={attributionKindSchema.options}
                labelOf={attributionChoice}
                onChange={(attribution) => change({ attribution })}
              />
            </>
          );
        }}
      </RowList>
    </RecordForm>
  );
}
