/**
 * Reading the database's rows back as records, each with where it came from. A row that no
 * longer passes the schema (written by an older release, or by hand) is skipped with a warning
 * rather than shown or exported half-read.
 */
import { formatIssues } from './check';
import type { z } from '../zod';
import {
  storedActorSchema,
  storedClaimSchema,
  type Actor,
  type Claim,
  type storedMetaSchema,
} from './schema';

export type KbTable = 'actors' | 'claims';

type StoredMeta = z.infer<typeof storedMetaSchema>;

/** Where a stored record came from and whether the user edited it. */
export type RecordMeta = Omit<StoredMeta, 'updatedAt'>;

export interface Stored<T> {
  record: T;
  meta: RecordMeta;
}

export function readActorRow(row: object): Stored<Actor> | null {
  const { aliasKeys: _aliasKeys, ...rest } = row as Record<string, unknown>;
  const parsed = storedActorSchema.safeParse(rest);
  if (!parsed.success) {
    warnUnreadable('actor', row, formatIssues(parsed.error.issues));
    return null;
  }
  return splitMeta(parsed.data);
}

export function readClaimRow(row: object): Stored<Claim> | null {
  const parsed = storedClaimSchema.safeParse(row);
  if (!parsed.success) {
    warnUnreadable('claim', row, formatIssues(parsed.error.issues));
    return null;
  }
  return splitMeta(parsed.data);
}

function splitMeta<T extends object>(stored: T & StoredMeta): Stored<Omit<T, keyof StoredMeta>> {
  const { origin, datasetId, userEdited, updatedAt: _updatedAt, ...record } = stored;
  const meta: RecordMeta = { origin, userEdited };
  if (datasetId !== undefined) meta.datasetId = datasetId;
  return { record, meta };
}

function warnUnreadable(what: string, row: object, problems: string[]): void {
  const id = (row as { id?: unknown }).id;
  console.warn(
    `[reglens/kb] skipped unreadable ${what} row ${typeof id === 'string' ? `"${id}"` : '(no id)'}: ${problems.join('; ')}`,
  );
}
