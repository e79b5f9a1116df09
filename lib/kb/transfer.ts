/**
 * Moving knowledge in and out of the database: importing a dataset file, exporting the
 * knowledge base (all of it, or only what is the user's), and the user's own edits. Every write
 * is validated whole before anything is written, and runs in one transaction, so a rejected
 * file or record leaves the database exactly as it was.
 */
import { formatIssues } from './check';
import { aliasKeysOf, type ActorRow, type ClaimRow, type RegLensDb } from './db';
import { parseDatasetFile } from './dataset-file';
import { DatasetValidationError, seedDataset, type SeedResult } from './seed';
import {
  actorSchema,
  claimSchema,
  storedActorSchema,
  storedClaimSchema,
  type Actor,
  type Claim,
  type Dataset,
} from './schema';

export {
  BUNDLED_DATASET_IDS,
  MAX_DATASET_BYTES,
  parseDatasetFile,
  type ParseDatasetOptions,
  type ParseDatasetResult,
} from './dataset-file';

export type KbTable = 'actors' | 'claims';
export type RecordOrigin = 'bundled' | 'user' | 'imported';

/** A write the knowledge base refused, with one line per reason (shown to the user as a list). */
export class KnowledgeWriteError extends Error {
  override name = 'KnowledgeWriteError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

// ---------------------------------------------------------------------------------------------
// Import

export interface ImportResult extends Omit<SeedResult, 'skipped'> {
  datasetId: string;
  version: string;
  title: string;
  /** This version (or a newer one) of the dataset was imported before; nothing was written. */
  alreadyImported: boolean;
  /**
   * Ids of records the file also holds but that belong to someone else (the bundled dataset,
   * another import, or the user): an import never takes over a record it did not create.
   */
  keptExisting: string[];
  /** Quality notes about the file that did not stop the import. */
  warnings: string[];
}

export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; errors: string[] };

/**
 * Imports a dataset file. The whole file is parsed and checked first (see parseDatasetFile);
 * relations and claims may point at actors already in the database. Then, in one transaction,
 * its records are written as origin "imported" with seedDataset's rules: a newer version of
 * the same dataset id updates and prunes what the previous one wrote, and records the user
 * edited are never overwritten. On any problem nothing is written.
 */
export async function importDataset(db: RegLensDb, text: string): Promise<ImportOutcome> {
  const known = new Set(await actorIds(db));
  const parsed = parseDatasetFile(text, { knownActorIds: known });
  if (!parsed.ok) return parsed;
  const { dataset, warnings } = parsed;

  try {
    const result = await db.transaction('rw', [db.actors, db.claims, db.datasets], async () => {
      await refuseBundledId(db, dataset.id);
      await refuseVanishedReferences(db, dataset);
      const { actors, claims, keptExisting } = await splitByOwner(db, dataset);
      const seeded = await seedDataset(db, { ...dataset, actors, claims }, 'imported');
      const { skipped, ...counts } = seeded;
      return {
        ...counts,
        datasetId: dataset.id,
        version: dataset.version,
        title: dataset.title,
        alreadyImported: skipped,
        keptExisting,
        warnings,
      };
    });
    return { ok: true, result };
  } catch (error) {
    if (error instanceof KnowledgeWriteError) return { ok: false, errors: error.problems };
    if (error instanceof DatasetValidationError) return { ok: false, errors: error.problems };
    throw error;
  }
}

async function actorIds(db: RegLensDb): Promise<string[]> {
  return (await db.actors.toCollection().primaryKeys()) as string[];
}

/** A bundled dataset's id may come from a newer release than BUNDLED_DATASET_IDS knows. */
async function refuseBundledId(db: RegLensDb, datasetId: string): Promise<void> {
  const owned = [
    await db.actors.where('datasetId').equals(datasetId).first(),
    await db.claims.where('datasetId').equals(datasetId).first(),
  ];
  if (owned.some((row) => row?.origin === 'bundled')) {
    throw new KnowledgeWriteError([
      `id: "${datasetId}": this id belongs to the bundled dataset; give your dataset an id of its own.`,
    ]);
  }
}

/**
 * The file was checked against the actor ids read before the transaction; one of them may have
 * been deleted since, so the outside references are checked again where the write happens.
 */
async function refuseVanishedReferences(db: RegLensDb, dataset: Dataset): Promise<void> {
  const inFile = new Set(dataset.actors.map((actor) => actor.id));
  const outside = new Set<string>();
  for (const actor of dataset.actors) {
    for (const relation of actor.relations) {
      if (!inFile.has(relation.target)) outside.add(relation.target);
    }
  }
  for (const claim of dataset.claims) {
    for (const id of claim.actors) if (!inFile.has(id)) outside.add(id);
  }
  const ids = [...outside];
  const rows = await db.actors.bulkGet(ids);
  const missing = ids.filter((_id, i) => !rows[i]);
  if (missing.length > 0) {
    throw new KnowledgeWriteError(
      missing.map((id) => `actor "${id}" was removed from your knowledge base during the import`),
    );
  }
}

/**
 * Separates the file's records into those this import may write (new ones, and its own from an
 * earlier version) and those someone else owns, which are left alone.
 */
async function splitByOwner(
  db: RegLensDb,
  dataset: Dataset,
): Promise<{ actors: Actor[]; claims: Claim[]; keptExisting: string[] }> {
  const ours = (row: ActorRow | ClaimRow | undefined) =>
    !row || (row.origin === 'imported' && row.datasetId === dataset.id);
  const actorRows = await db.actors.bulkGet(dataset.actors.map((actor) => actor.id));
  const claimRows = await db.claims.bulkGet(dataset.claims.map((claim) => claim.id));

  // One id for an actor and a claim would make the export of the knowledge base invalid.
  const crossActor = await db.claims.bulkGet(dataset.actors.map((actor) => actor.id));
  const crossClaim = await db.actors.bulkGet(dataset.claims.map((claim) => claim.id));
  const clashes = [
    ...dataset.actors
      .filter((_actor, i) => crossActor[i])
      .map((actor) => `actor "${actor.id}": your knowledge base has a claim with this id`),
    ...dataset.claims
      .filter((_claim, i) => crossClaim[i])
      .map((claim) => `claim "${claim.id}": your knowledge base has an actor with this id`),
  ];
  if (clashes.length > 0) throw new KnowledgeWriteError(clashes);

  const keptExisting: string[] = [];
  const actors = dataset.actors.filter((actor, i) => {
    if (ours(actorRows[i])) return true;
    keptExisting.push(actor.id);
    return false;
  });
  const claims = dataset.claims.filter((claim, i) => {
    if (ours(claimRows[i])) return true;
    keptExisting.push(claim.id);
    return false;
  });
  return { actors, claims, keptExisting };
}

// ---------------------------------------------------------------------------------------------
// Export

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
  const mine = (row: { origin: RecordOrigin; userEdited: boolean }) =>
    row.origin !== 'bundled' || row.userEdited;

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

// ---------------------------------------------------------------------------------------------
// The user's own edits

export interface RecordMeta {
  origin: RecordOrigin;
  datasetId?: string;
  userEdited: boolean;
}

export type EditableRecord =
  | { table: 'actors'; record: Actor; meta: RecordMeta }
  | { table: 'claims'; record: Claim; meta: RecordMeta };

export interface SaveResult {
  id: string;
  /** The id was new: the record is the user's own. */
  created: boolean;
  /** False when the record already held exactly this content (then nothing was written). */
  changed: boolean;
  origin: RecordOrigin;
}

/** One record with where it came from, for an editor; null when missing or unreadable. */
export async function getEditableRecord(
  db: RegLensDb,
  table: KbTable,
  id: string,
): Promise<EditableRecord | null> {
  if (table === 'actors') {
    const row = await db.actors.get(id);
    const stored = row ? readActorRow(row) : null;
    return stored ? { table, record: stored.record, meta: stored.meta } : null;
  }
  const row = await db.claims.get(id);
  const stored = row ? readClaimRow(row) : null;
  return stored ? { table, record: stored.record, meta: stored.meta } : null;
}

/**
 * Saves an actor the user wrote or edited. A new id becomes the user's own (origin "user"); an
 * edit of a bundled or imported actor keeps its origin and is marked userEdited, so no dataset
 * update overwrites it. Throws KnowledgeWriteError when the actor is invalid or its relations
 * point at actors that do not exist.
 */
export async function saveUserActor(
  db: RegLensDb,
  input: unknown,
  now = Date.now(),
): Promise<SaveResult> {
  const parsed = actorSchema.safeParse(input);
  if (!parsed.success) throw new KnowledgeWriteError(formatIssues(parsed.error.issues, input));
  const actor = parsed.data;

  return db.transaction('rw', [db.actors, db.claims], async () => {
    const problems: string[] = [];
    if (await db.claims.get(actor.id)) {
      problems.push(`id "${actor.id}" is already a claim's id; choose another`);
    }
    const targets = actor.relations.map((relation) => relation.target);
    const targetRows = await db.actors.bulkGet(targets);
    actor.relations.forEach((relation, i) => {
      if (relation.target === actor.id) {
        problems.push(`relations[${i}]: a relation cannot point at the actor itself`);
      } else if (!targetRows[i]) {
        problems.push(`relations[${i}]: there is no actor "${relation.target}"`);
      }
    });
    if (problems.length > 0) throw new KnowledgeWriteError(problems);

    const existing = await db.actors.get(actor.id);
    const previous = existing ? readActorRow(existing) : null;
    const meta = nextMeta(previous?.meta);
    if (previous && sameContent(previous.record, actor)) {
      return { id: actor.id, created: false, changed: false, origin: previous.meta.origin };
    }
    await db.actors.put({ ...actor, ...meta, updatedAt: now, aliasKeys: aliasKeysOf(actor) });
    return { id: actor.id, created: !existing, changed: true, origin: meta.origin };
  });
}

/**
 * Saves a claim the user wrote or edited, under the same ownership rules as saveUserActor.
 * Throws KnowledgeWriteError when the claim is invalid or names actors that do not exist.
 */
export async function saveUserClaim(
  db: RegLensDb,
  input: unknown,
  now = Date.now(),
): Promise<SaveResult> {
  const parsed = claimSchema.safeParse(input);
  if (!parsed.success) throw new KnowledgeWriteError(formatIssues(parsed.error.issues, input));
  const claim = parsed.data;

  return db.transaction('rw', [db.actors, db.claims], async () => {
    const problems: string[] = [];
    if (await db.actors.get(claim.id)) {
      problems.push(`id "${claim.id}" is already an actor's id; choose another`);
    }
    const actorRows = await db.actors.bulkGet(claim.actors);
    claim.actors.forEach((id, i) => {
      if (!actorRows[i]) problems.push(`actors[${i}]: there is no actor "${id}"`);
    });
    if (problems.length > 0) throw new KnowledgeWriteError(problems);

    const existing = await db.claims.get(claim.id);
    const previous = existing ? readClaimRow(existing) : null;
    const meta = nextMeta(previous?.meta);
    if (previous && sameContent(previous.record, claim)) {
      return { id: claim.id, created: false, changed: false, origin: previous.meta.origin };
    }
    await db.claims.put({ ...claim, ...meta, updatedAt: now });
    return { id: claim.id, created: !existing, changed: true, origin: meta.origin };
  });
}

/**
 * Deletes a record the user created or imported. Bundled records can be edited but not
 * deleted (the next release would only bring them back), and an actor that other records
 * point at is kept until those are changed, so no reference is left dangling.
 */
export async function deleteUserRecord(db: RegLensDb, table: KbTable, id: string): Promise<void> {
  await db.transaction('rw', [db.actors, db.claims], async () => {
    const row = table === 'actors' ? await db.actors.get(id) : await db.claims.get(id);
    const what = table === 'actors' ? 'actor' : 'claim';
    if (!row) throw new KnowledgeWriteError([`There is no ${what} "${id}".`]);
    if (row.origin === 'bundled') {
      throw new KnowledgeWriteError([
        `The ${what} "${id}" comes with RegLens: it can be edited, but not deleted.`,
      ]);
    }
    if (table === 'claims') {
      await db.claims.delete(id);
      return;
    }
    const claimIds = (await db.claims.where('actors').equals(id).primaryKeys()) as string[];
    const relatedIds = (
      await db.actors.filter((other) => other.relations.some((r) => r.target === id)).toArray()
    ).map((other) => other.id);
    const problems = [
      ...relatedIds.map((other) => `actor "${other}" has a relation to it`),
      ...claimIds.map((claim) => `claim "${claim}" is about it`),
    ];
    if (problems.length > 0) {
      throw new KnowledgeWriteError([
        `The actor "${id}" is still referred to; change these first:`,
        ...problems,
      ]);
    }
    await db.actors.delete(id);
  });
}

/** Who owns a record after the user saves it: theirs if new, else marked as their edit. */
function nextMeta(previous: RecordMeta | undefined): RecordMeta {
  if (!previous) return { origin: 'user', userEdited: false };
  if (previous.origin === 'user') return { origin: 'user', userEdited: false };
  const meta: RecordMeta = { origin: previous.origin, userEdited: true };
  if (previous.datasetId) meta.datasetId = previous.datasetId;
  return meta;
}

// ---------------------------------------------------------------------------------------------
// Reading stored rows

interface Stored<T> {
  record: T;
  meta: RecordMeta;
}

function readActorRow(row: object): Stored<Actor> | null {
  const { aliasKeys: _aliasKeys, ...rest } = row as Record<string, unknown>;
  const parsed = storedActorSchema.safeParse(rest);
  if (!parsed.success) {
    warnUnreadable('actor', row, formatIssues(parsed.error.issues));
    return null;
  }
  return splitMeta(parsed.data);
}

function readClaimRow(row: object): Stored<Claim> | null {
  const parsed = storedClaimSchema.safeParse(row);
  if (!parsed.success) {
    warnUnreadable('claim', row, formatIssues(parsed.error.issues));
    return null;
  }
  return splitMeta(parsed.data);
}

function splitMeta<T extends object>(
  stored: T & { origin: RecordOrigin; datasetId?: string; userEdited: boolean; updatedAt: number },
): Stored<Omit<T, 'origin' | 'datasetId' | 'userEdited' | 'updatedAt'>> {
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

function sameContent(a: object, b: object): boolean {
  return canonical(a) === canonical(b);
}

/** JSON with object keys sorted, so key order never makes equal records look different. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
