/** The rules of a source row of the claim form: what it shows, and the source it stands for. */
import type { AttributionKind, Source } from '@/lib/kb/schema';
import { nextRowKey, setOptional, typedIn, type FormRow } from './record-form';
import { t } from '@/lib/i18n';

export interface SourceRow extends FormRow {
  outlet: string;
  date: string;
  headline: string;
  url: string;
  attribution: AttributionKind;
  /** The stored source this row edits, so fields the form does not show (cites, note) survive. */
  base?: Source;
}

/** A row for a stored source, or an empty one. */
export function sourceRow(source?: Source): SourceRow {
  return {
    key: nextRowKey(),
    outlet: source?.outlet ?? '',
    date: source?.date ?? '',
    headline: source?.headline ?? '',
    url: source?.url ?? '',
    attribution: source?.attribution ?? 'anonymous',
    base: source,
  };
}

/** Whether the row reaches the claim: an added row left blank is dropped, not reported. */
export function sourceFilled(row: SourceRow): boolean {
  return typedIn(row, ['outlet', 'date', 'headline', 'url']);
}

/** The source a filled row describes, before checking. */
export function sourceOf(row: SourceRow): Record<string, unknown> {
  const source: Record<string, unknown> = {
    ...row.base,
    outlet: row.outlet.trim(),
    attribution: row.attribution,
  };
  for (const field of ['date', 'headline', 'url'] as const) setOptional(source, field, row[field]);
  return source;
}

/** A schema problem with a source's field, said as the form asks for it. */
export function sourceProblem(field: string, message: string): string {
  if (field === 'url') return t('editor.urlNeeded');
  if (field === 'outlet') return t('editor.outletNeeded');
  return message;
}
