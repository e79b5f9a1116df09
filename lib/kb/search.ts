/**
 * Searching the knowledge base for its page: actors by their names and aliases, claims
 * by their words. Names go through the `aliasKeys` index first (prefix), then a scan for the
 * text anywhere inside a name; the tables hold hundreds of rows, so the scan stays cheap.
 */
import { normalizeAliasText } from './check';
import type { ActorRow, ClaimRow, RegLensDb } from './db';
import { storedClaimSchema, type ActorKind, type Claim } from './schema';

export interface ActorHit {
  id: string;
  kind: ActorKind;
  name: string;
  zh?: string;
  /** The name or alias the query matched, as written ("PBoC" for "pbo"). */
  matched: string;
  origin: 'bundled' | 'user' | 'imported';
  userEdited: boolean;
}

export interface ClaimHit {
  claim: Claim;
  origin: 'bundled' | 'user' | 'imported';
  userEdited: boolean;
}

export interface KbSearchResult {
  actors: ActorHit[];
  claims: ClaimHit[];
}

/** How well a name matched; lower is better. */
const EXACT = 0;
const PREFIX = 1;
const INSIDE = 2;

/**
 * Actors whose names or aliases match `query` (whole, then at the start, then anywhere) and
 * claims whose statement or cues contain it, at most `limit` of each. Matching ignores case,
 * curly quotes and runs of spaces, like the page matcher.
 */
export async function searchKnowledge(
  db: RegLensDb,
  query: string,
  limit: number,
): Promise<KbSearchResult> {
  const key = normalizeAliasText(query);
  if (key === '') return { actors: [], claims: [] };

  const [byPrefix, all] = await db.transaction('r', [db.actors, db.claims], async () => [
    await db.actors.where('aliasKeys').startsWith(key).distinct().toArray(),
    await db.claims.toArray(),
  ]);
  const rows = new Map<string, ActorRow>(byPrefix.map((row) => [row.id, row]));
  if (rows.size < limit) {
    const inside = await db.actors
      .filter((row) => row.id.includes(key) || (row.aliasKeys ?? []).some((k) => k.includes(key)))
      .toArray();
    for (const row of inside) if (!rows.has(row.id)) rows.set(row.id, row);
  }

  const actors: (ActorHit & { rank: number })[] = [];
  for (const row of rows.values()) {
    const hit = actorHit(row, key);
    if (hit) actors.push(hit);
  }
  actors.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));

  const claims: ClaimHit[] = [];
  for (const row of all as ClaimRow[]) {
    const parsed = storedClaimSchema.safeParse(row);
    if (!parsed.success) continue;
    const { origin, datasetId: _d, userEdited, updatedAt: _u, ...claim } = parsed.data;
    const texts = [claim.statement, claim.id, ...claim.cues];
    if (texts.some((text) => normalizeAliasText(text).includes(key))) {
      claims.push({ claim, origin, userEdited });
    }
  }
  // Newest events first, as on the actor card; undated claims last.
  claims.sort((a, b) => (b.claim.eventDate ?? '').localeCompare(a.claim.eventDate ?? ''));

  return {
    actors: actors.slice(0, limit).map(({ rank: _rank, ...hit }) => hit),
    claims: claims.slice(0, limit),
  };
}

/** The hit for one row, with the best-matching name; rows too damaged to show are skipped. */
function actorHit(row: ActorRow, key: string): (ActorHit & { rank: number }) | null {
  const names = row.names as Partial<ActorRow['names']> | undefined;
  if (typeof names?.en !== 'string' || typeof row.kind !== 'string') return null;
  // Names and aliases before the id: on a tie the hit shows what a reader would recognise.
  const texts = [names.en, names.zh, names.zhHant, names.pinyin];
  for (const alias of row.aliases ?? []) texts.push(alias.text);
  texts.push(row.id);

  let best: { text: string; rank: number } | null = null;
  for (const text of texts) {
    if (!text) continue;
    const normal = normalizeAliasText(text);
    const rank =
      normal === key ? EXACT : normal.startsWith(key) ? PREFIX : normal.includes(key) ? INSIDE : -1;
    if (rank >= 0 && (!best || rank < best.rank)) best = { text, rank };
  }
  if (!best) return null;
  const hit: ActorHit & { rank: number } = {
    id: row.id,
    kind: row.kind,
    name: names.en,
    matched: best.text,
    origin: row.origin,
    userEdited: row.userEdited === true,
    rank: best.rank,
  };
  if (names.zh) hit.zh = names.zh;
  return hit;
}
