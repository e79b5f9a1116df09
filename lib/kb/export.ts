/**
 * The knowledge base as a dataset file: all of it, or only what is the user's. The file reads
 * back with parseDatasetFile, so an export can be imported into another browser.
 */
import type { RegLensDb } from './db';
import type { Actor, Claim, Dataset } from './schema';
import { readActorRow, readClaimRow, type RecordMeta } from './stored-rows';

export type ExportScope = 'all' | 'mine';

export interface ExportOptions {
  scope: ExportScope;
  /** The export's time; it becomes the dataset version. */
  now?: Date;
}

/**
 * The knowledge base as a dataset file: 'all' is every readable record, 'mine' only what the
 * user created, edited or imported. The result passes parseDatasetFile; for 'mine', relations
 * and claims may point at bundled actors, so it is read back with the database's actor ids.
 */
export async function exportKnowledge(db: RegLensDb, options: ExportOptions): Promise<Dataset> {
  const { scope } = options;
  const now = options.now ?? new Date();
  const [actorRows, claimRows] = await db.transaction('r', [db.actors, db.claims], () =>
    Promise.all([db.actors.toArray(), db.claims.toArray()]),
  );
  const mine = (meta: RecordMeta) => meta.origin !== 'bundled' || meta.userEdited;

  const actors: Actor[] = [];
  for (const row of actorRows) {
    const stored = readActorRow(row);
    if (stored && (scope === 'all' || mine(stored.meta))) actors.push(stored.record);
  }
  const claims: Claim[] = [];
  for (const row of claimRows) {
    const stored = readClaimRow(row);
    if (stored && (scope === 'all' || mine(stored.meta))) claims.push(stored.record);
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  return {
    id: scope === 'all' ? 'reglens-export' : 'reglens-mine',
    version: versionAt(now),
    title: scope === 'all' ? 'RegLens knowledge base' : 'My RegLens records',
    description:
      scope === 'all'
        ? `Every record of a RegLens knowledge base, exported ${now.toISOString()}.`
        : `The records a RegLens user created, edited or imported, exported ${now.toISOString()}.`,
    actors: actors.sort(byId),
    claims: claims.sort(byId),
  };
}

/**
 * A semantic version that grows with time (2026.1128.181344 for 2026-11-28 18:13:44 UTC), so a
 * later export of the same scope imports over an earlier one instead of being skipped as old.
 */
export function versionAt(date: Date): string {
  const monthDay = (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
  const time = date.getUTCHours() * 10_000 + date.getUTCMinutes() * 100 + date.getUTCSeconds();
  return `${date.getUTCFullYear()}.${monthDay}.${time}`;
}
