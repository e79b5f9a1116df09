/**
 * The rules the actor and claim forms share: keys for the rows of their repeated parts, text
 * boxes that hold a list, and the knowledge base's schema check with its problems put under the
 * form's own field keys. Pure: no React, so each rule can be read and tested on its own.
 */
import type { z } from '@/lib/zod';

export type FormCheck<R> = { ok: true; value: R } | { ok: false; errors: Record<string, string> };

/** One row of a repeated part of a form (a relation, a source). */
export interface FormRow {
  /** Lets React keep a row's inputs across edits of the rows above it. */
  key: number;
}

let rowKeys = 0;

/** A key no other row on the page has. */
export function nextRowKey(): number {
  return ++rowKeys;
}

/** Letters and digits joined by hyphens: the id a new record gets from its name or words. */
export function slugify(text: string, maxLength = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/** Whether the user typed anything into these fields of a row; an untouched row is dropped. */
export function typedIn<F extends string>(row: Readonly<Record<F, string>>, fields: readonly F[]) {
  return fields.some((field) => row[field].trim() !== '');
}

/** The distinct, trimmed entries of a box that holds a list ("ant, pboc", one name a line). */
export function entriesOf(text: string, separator: string | RegExp): string[] {
  return [
    ...new Set(
      text
        .split(separator)
        .map((entry) => entry.trim())
        .filter(Boolean),
    ),
  ];
}

/** Sets an optional field to the trimmed value, or leaves it out when nothing was typed. */
export function setOptional(record: Record<string, unknown>, field: string, value: string): void {
  const trimmed = value.trim();
  if (trimmed) record[field] = trimmed;
  else delete record[field];
}

export interface RecordCheck<R> {
  schema: z.ZodType<R>;
  /** The record the form describes, before checking. */
  input: unknown;
  /** What the form found itself, in plain words; listed before the schema's problems. */
  found: Record<string, string>;
  /** The repeated part whose rows reach the record only when filled in. */
  rows: { name: string; all: readonly FormRow[]; filled: readonly FormRow[] };
  /** A schema problem as the form says it, under the form's key for it. */
  reword?: (key: string, message: string) => [key: string, message: string];
}

/**
 * Checks a form's record with the knowledge base's own schema. The schema numbers only the rows
 * that were filled in; its problems are moved to the row the form shows.
 */
export function checkRecord<R>(check: RecordCheck<R>): FormCheck<R> {
  const parsed = check.schema.safeParse(check.input);
  const errors = { ...check.found };
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, value: parsed.data };
  if (!parsed.success) {
    const { name, all, filled } = check.rows;
    for (const issue of parsed.error.issues) {
      let key = issue.path.map(String).join('.');
      const row = new RegExp(`^${name}\\.(\\d+)(.*)$`).exec(key);
      if (row) {
        const shown = filled[Number(row[1])];
        key = `${name}.${shown ? all.indexOf(shown) : row[1]}${row[2]}`;
      }
      const [formKey, message] = check.reword?.(key, issue.message) ?? [key, issue.message];
      errors[formKey] ??= message;
    }
  }
  return { ok: false, errors };
}
