/**
 * Writes a dataset (the bundled one, or one the user imports) into the database. A dataset owns
 * the rows it wrote; a newer version replaces and prunes those rows, and never touches rows the
 * user created or edited.
 */
import { formatIssues } from './check';
import { aliasKeysOf, type ActorRow, type ClaimRow, type RegLensDb } from './db';
import { datasetSchema, type Actor, type Claim, type Dataset } from './schema';

export interface SeedResult {
  /** Rows that did not exist before. */
  added: number;
  /** Existing rows whose content or ownership changed. */
  updated: number;
  /** Rows the previous version owned that the new version dropped. */
  removed: number;
  /** Rows the dataset would have replaced or removed but left alone because the user owns them. */
  keptUserEdits: number;
  /** Existing rows that already held exactly the dataset's record. */
  unchanged: number;
  /** True when this dataset version (or a newer one) was already seeded; nothing was written. */
  skipped: boolean;
}

export type SeedOrigin = 'bundled' | 'imported';

export class DatasetValidationError extends Error {
  override name = 'DatasetValidationError';
  constructor(
    /** One line per problem, each naming its path (`actors[3] (id "x").names.en: ...`). */
    readonly problems: string[],
  ) {
    const shown = problems.slice(0, 10).join('\n  ');
    const more = problems.length > 10 ? `\n  ... and ${problems.length - 10} more` : '';
    super(`Dataset rejected:\n  ${shown}${more}`);
  }
}

/** Compares "1.2.3" versions numerically ("1.10.0" is newer than "1.9.0"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

/**
 * Validates `input` as a dataset and writes it, all in one transaction so a failure leaves the
 * database as it was. Throws DatasetValidationError (database untouched) when the input is not
 * a valid dataset.
 */
export async function seedDataset(
  db: RegLensDb,
  input: unknown,
  origin: SeedOrigin = 'bundled',
): Promise<SeedResult> {
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) throw new DatasetValidationError(formatIssues(parsed.error.issues, input));
  const dataset = parsed.data;

  return db.transaction('rw', [db.actors, db.claims, db.datasets], async () => {
    const result: SeedResult = {
      added: 0,
      updated: 0,
      removed: 0,
      keptUserEdits: 0,
      unchanged: 0,
      skipped: false,
    };
    // Read inside the transaction so two contexts seeding at once cannot both pass this check.
    const previous = await db.datasets.get(dataset.id);
    if (previous && compareVersions(previous.version, dataset.version) >= 0) {
      return { ...result, skipped: true };
    }
    const now = Date.now();
    const meta = { origin, datasetId: dataset.id, userEdited: false, updatedAt: now };

    await syncTable<ActorRow, Actor>(db.actors, dataset, dataset.actors, result, (actor) => ({
      ...actor,
      ...meta,
      aliasKeys: aliasKeysOf(actor),
    }));
    await syncTable<ClaimRow, Claim>(db.claims, dataset, dataset.claims, result, (claim) => ({
      ...claim,
      ...meta,
    }));
    await db.datasets.put({ id: dataset.id, version: dataset.version, seededAt: now });
    return result;
  });
}

interface SyncableTable<Row> {
  bulkGet(keys: string[]): Promise<(Row | undefined)[]>;
  bulkPut(rows: Row[]): Promise<unknown>;
  bulkDelete(keys: string[]): Promise<void>;
  where(index: 'datasetId'): { equals(value: string): { toArray(): Promise<Row[]> } };
}

/** Upserts one table's records and prunes what this dataset owned before and has now dropped. */
async function syncTable<Row extends { id: string }, Rec extends { id: string }>(
  table: SyncableTable<Row>,
  dataset: Dataset,
  records: readonly Rec[],
  result: SeedResult,
  toRow: (record: Rec) => Row,
): Promise<void> {
  const ids = records.map((record) => record.id);
  const existing = await table.bulkGet(ids);
  const writes: Row[] = [];
  records.forEach((record, i) => {
    const row = existing[i];
    if (!row) {
      result.added++;
      writes.push(toRow(record));
    } else if (isUserOwned(row)) {
      result.keptUserEdits++;
    } else if (sameContent(row, record) && sameOwner(row, toRow(record))) {
      result.unchanged++;
    } else {
      result.updated++;
      writes.push(toRow(record));
    }
  });
  if (writes.length > 0) await table.bulkPut(writes);

  const keep = new Set(ids);
  const owned = await table.where('datasetId').equals(dataset.id).toArray();
  const drop: string[] = [];
  for (const row of owned) {
    if (keep.has(row.id)) continue;
    if (isUserOwned(row)) result.keptUserEdits++;
    else drop.push(row.id);
  }
  if (drop.length > 0) await table.bulkDelete(drop);
  result.removed += drop.length;
}

/** Rows the user made or changed are theirs: no dataset overwrites or deletes them. */
function isUserOwned(row: object): boolean {
  const { origin, userEdited } = row as { origin?: unknown; userEdited?: unknown };
  return origin === 'user' || userEdited === true;
}

const META_KEYS = new Set(['origin', 'datasetId', 'userEdited', 'updatedAt', 'aliasKeys']);

function sameContent(row: object, record: object): boolean {
  const content = Object.fromEntries(Object.entries(row).filter(([key]) => !META_KEYS.has(key)));
  return canonical(content) === canonical(record);
}

function sameOwner(row: object, next: object): boolean {
  const a = row as { origin?: unknown; datasetId?: unknown };
  const b = next as { origin?: unknown; datasetId?: unknown };
  return a.origin === b.origin && a.datasetId === b.datasetId;
}

/** JSON with object keys sorted, so key order never makes equal records look different. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
