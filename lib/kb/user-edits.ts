/**
 * The user's own edits: reading one record for an editor, saving an actor or claim the user
 * wrote or changed, and deleting what the user created or imported. Every write is validated
 * whole and runs in one transaction, so a refused record leaves the database exactly as it was.
 */
import { formatIssues } from './check';
import { aliasKeysOf, type RegLensDb } from './db';
import { actorSchema, claimSchema, type Actor, type Claim, type RecordOrigin } from './schema';
import { readActorRow, readClaimRow, type KbTable, type RecordMeta } from './stored-rows';
import { KnowledgeWriteError } from './write-error';

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
