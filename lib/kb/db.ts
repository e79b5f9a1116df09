/**
 * The extension's IndexedDB database. It lives in the extension's origin (background and
 * extension pages); content scripts reach it only through messages.
 */
import Dexie, { type EntityTable } from 'dexie';
import { normalizeAliasText } from './check';
import type { Actor, StoredActor, StoredClaim } from './schema';
import type { Snippet } from '../snippets/schema';
import { migrateSnippetRowsV1 } from './migrations';

/** Which version of a dataset was last written into the tables, and when. */
export interface DatasetRecord {
  id: string;
  version: string;
  seededAt: number;
}

/**
 * An actor row: the stored actor plus `aliasKeys`, a derived field that exists only so the
 * knowledge-base browser can search names through an index. It is not part of the schema and
 * is stripped before a row is parsed.
 */
export type ActorRow = StoredActor & { aliasKeys: string[] };
export type ClaimRow = StoredClaim;

export class RegLensDb extends Dexie {
  // `declare` so class-field semantics cannot overwrite the tables Dexie sets up in the constructor.
  declare actors: EntityTable<ActorRow, 'id'>;
  declare claims: EntityTable<ClaimRow, 'id'>;
  declare datasets: EntityTable<DatasetRecord, 'id'>;
  declare snippets: EntityTable<Snippet, 'id'>;

  constructor(name = 'reglens') {
    super(name);
    // Versions are only ever added, never edited: users' databases were created by the old ones.
    // A schema change means `this.version(2).stores({...}).upgrade(...)` below this one.
    this.version(1).stores({
      actors: 'id, kind, origin, datasetId, *aliasKeys',
      claims: 'id, *actors, status, origin, datasetId',
      datasets: 'id',
      snippets: 'id, url, saved, *tags, *actors, *claims',
    });
    // Version 2: snippets keep their citation whole (lib/snippets/schema.ts), with an index per
    // filter of the library: address, site, outlet, saved date, tags, actors, claims.
    this.version(2)
      .stores({
        snippets:
          'id, citation.url, citation.site, outlet, savedAt, updatedAt, *tags, *actors, *claims',
      })
      .upgrade(async (tx) => {
        // Rewritten whole rather than row by row: an id version 2 cannot hold changes, and a
        // row's key cannot change in place. All in the upgrade's own transaction.
        const table = tx.table('snippets');
        const rows = (await table.toArray()) as Record<string, unknown>[];
        await table.clear();
        await table.bulkAdd(migrateSnippetRowsV1(rows));
      });
  }
}

export function openDb(name = 'reglens'): RegLensDb {
  return new RegLensDb(name);
}

/** The search keys of an actor: its names and aliases, normalised, without repeats. */
export function aliasKeysOf(actor: Actor): string[] {
  const texts = [actor.names.en, actor.names.zh, actor.names.zhHant, actor.names.pinyin];
  for (const alias of actor.aliases) texts.push(alias.text);
  const keys = new Set<string>();
  for (const text of texts) if (text) keys.add(normalizeAliasText(text));
  return [...keys];
}
