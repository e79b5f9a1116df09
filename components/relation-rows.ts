/** The rules of a relation row of the actor form: what it shows, and the relation it stands for. */
import type { Relation, RelationKind } from '@/lib/kb/schema';
import { nextRowKey, setOptional, typedIn, type FormRow } from './record-form';

export interface RelationRow extends FormRow {
  kind: RelationKind;
  target: string;
  since: string;
  /** The stored relation this row edits, so fields the form does not show (note, until) survive. */
  base?: Relation;
}

/** A row for a stored relation, or an empty one. */
export function relationRow(relation?: Relation): RelationRow {
  return {
    key: nextRowKey(),
    kind: relation?.kind ?? 'relatedTo',
    target: relation?.target ?? '',
    since: relation?.since ?? '',
    base: relation,
  };
}

/** Whether the row reaches the actor: an added row left empty is dropped, not reported. */
export function relationFilled(row: RelationRow): boolean {
  return typedIn(row, ['target', 'since']);
}

/** The relation a filled row describes, before checking. */
export function relationOf(row: RelationRow): Record<string, unknown> {
  const relation: Record<string, unknown> = {
    ...row.base,
    kind: row.kind,
    target: row.target.trim(),
  };
  setOptional(relation, 'since', row.since);
  return relation;
}
