/**
 * Importing a dataset file into the database. The whole file is validated before anything is
 * written, and the write runs in one transaction, so a rejected file leaves the database exactly
 * as it was.
 */
import type { ActorRow, ClaimRow, RegLensDb } from './db';
import { parseDatasetFile } from './dataset-file';
import { DatasetValidationError, seedDataset, type SeedResult } from './seed';
import type { Actor, Claim, Dataset } from './schema';
import { KnowledgeWriteError } from './write-error';

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
