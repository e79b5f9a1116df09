/**
 * Reads from the knowledge base. Every row is parsed by its schema on the way out: rows written
 * by an older build, or damaged, are reported and skipped instead of breaking the caller.
 */
import type { ActorCardData, ActorLabel, ClaimCardData } from './types';
import type { SourcingGrade } from '../sourcing/types';
import { gradeClaim, type GradeOptions } from '../sourcing/grade';
import { readerReasonWords } from '../grade-words';
import { displayName, readerLanguage, shortName } from '../reader-language';
import { formatIssues } from './check';
import type { RegLensDb } from './db';
import {
  storedActorSchema,
  storedClaimSchema,
  type Actor,
  type Claim,
  type StoredActor,
  type StoredClaim,
} from './schema';

/** Receives a description of each row that failed to parse. */
export type ProblemReporter = (problem: string) => void;

const warn: ProblemReporter = (problem) => console.warn(`[reglens/kb] ${problem}`);

/** The compact label other actors show for this one (cards, page analysis). */
export function labelOf(actor: Actor): ActorLabel {
  const label: ActorLabel = { id: actor.id, kind: actor.kind, name: actor.names.en };
  if (actor.names.zh) label.zh = actor.names.zh;
  return label;
}

/** All actors that parse, without storage metadata, in id order. */
export async function loadActors(db: RegLensDb, report: ProblemReporter = warn): Promise<Actor[]> {
  const rows = await db.actors.toArray();
  const actors: Actor[] = [];
  for (const row of rows) {
    const actor = parseActorRow(row, report);
    if (actor) actors.push(actor);
  }
  return actors;
}

/** All claims that parse, without storage metadata, in id order. */
export async function loadClaims(db: RegLensDb, report: ProblemReporter = warn): Promise<Claim[]> {
  const claims: Claim[] = [];
  for (const row of await db.claims.toArray()) {
    const claim = parseClaimRow(row, report);
    if (claim) claims.push(claim);
  }
  return claims;
}

/**
 * Everything a card shows about one actor: the actor, its relations in both directions (those
 * it states, and those other actors state about it, marked `inverse`), and its claims.
 * Returns null when the actor does not exist or its row cannot be read.
 */
export async function getActorCard(
  db: RegLensDb,
  id: string,
  report: ProblemReporter = warn,
): Promise<ActorCardData | null> {
  const row = await db.actors.get(id);
  const actor = row ? parseActorRow(row, report) : null;
  if (!actor) return null;

  // Relations live on one side only, so the inverse ones need every actor; the table is small
  // (hundreds of rows) and this runs once per card, so a scan beats a second derived index.
  const all = await loadActors(db, report);
  const byId = new Map(all.map((other) => [other.id, other]));
  const relations: ActorCardData['relations'] = [];

  for (const relation of actor.relations) {
    const other = byId.get(relation.target);
    if (!other) {
      report(
        `actor "${actor.id}": relation ${relation.kind} targets missing actor "${relation.target}"`,
      );
      continue;
    }
    relations.push({ ...relationFields(relation), inverse: false, other: labelOf(other) });
  }
  for (const other of all) {
    if (other.id === actor.id) continue;
    for (const relation of other.relations) {
      if (relation.target !== actor.id) continue;
      relations.push({ ...relationFields(relation), inverse: true, other: labelOf(other) });
    }
  }

  const claimRows = await db.claims.where('actors').equals(id).toArray();
  const parsedClaims: Claim[] = [];
  for (const claimRow of claimRows) {
    const claim = parseClaimRow(claimRow, report);
    if (claim) parsedClaims.push(claim);
  }
  // Newest event first; undated claims last; the id keeps equal dates in a stable order.
  parsedClaims.sort(
    (a, b) => (b.eventDate ?? '').localeCompare(a.eventDate ?? '') || a.id.localeCompare(b.id),
  );
  const claims = parsedClaims.map((claim) => ({ claim, grade: gradeWithNames(claim, byId) }));
  return { actor, relations, claims, outletNames: outletNamesOf(parsedClaims, byId) };
}

/**
 * Everything a claim card shows: the claim and its grade, its actors, and up to `relatedLimit`
 * other claims about the same actors. Returns null when the claim does not exist or cannot be read.
 */
export async function getClaimCard(
  db: RegLensDb,
  id: string,
  report: ProblemReporter = warn,
  relatedLimit = 5,
): Promise<ClaimCardData | null> {
  const row = await db.claims.get(id);
  const claim = row ? parseClaimRow(row, report) : null;
  if (!claim) return null;
  const byId = new Map((await loadActors(db, report)).map((actor) => [actor.id, actor]));
  const actors = claim.actors.flatMap((actorId) => {
    const actor = byId.get(actorId);
    return actor ? [labelOf(actor)] : [];
  });

  // Claims sharing an actor, found through the multi-entry index on actors.
  const others = new Map<string, { claim: Claim; shared: number }>();
  for (const actorId of new Set(claim.actors)) {
    for (const otherRow of await db.claims.where('actors').equals(actorId).toArray()) {
      if (otherRow.id === claim.id) continue;
      const known = others.get(otherRow.id);
      if (known) {
        known.shared += 1;
        continue;
      }
      const other = parseClaimRow(otherRow, report);
      if (other) others.set(other.id, { claim: other, shared: 1 });
    }
  }
  const distance = (other: Claim) =>
    claim.eventDate && other.eventDate
      ? Math.abs(Date.parse(padDate(claim.eventDate)) - Date.parse(padDate(other.eventDate)))
      : Number.POSITIVE_INFINITY;
  const related = [...others.values()]
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        distance(a.claim) - distance(b.claim) ||
        a.claim.id.localeCompare(b.claim.id),
    )
    .slice(0, relatedLimit)
    .map(({ claim: other }) => ({
      id: other.id,
      statement: other.statement,
      grade: gradeWithNames(other, byId),
    }));

  return {
    claim,
    grade: gradeWithNames(claim, byId),
    actors,
    related,
    outletNames: outletNamesOf([claim], byId),
  };
}

/** A partial date ("2021", "2021-04") as its first day, so dates of any precision compare. */
function padDate(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** A claim's grade, its reasons naming outlets and actors as the actors table names them. */
export function gradeWithNames(claim: Claim, byId: ReadonlyMap<string, Actor>): SourcingGrade {
  return gradeClaim(claim, gradeNames(byId));
}

/** Outlet names by id for every outlet the claims' sources name or relay. */
function outletNamesOf(claims: readonly Claim[], byId: ReadonlyMap<string, Actor>) {
  const outletNames: Record<string, string> = {};
  for (const claim of claims) {
    for (const source of claim.sources) {
      for (const outlet of [source.outlet, source.cites]) {
        const known = outlet ? byId.get(outlet) : undefined;
        if (known) outletNames[known.id] = displayName(known.names);
      }
    }
  }
  return outletNames;
}

/** Kinds whose English names take "the" inside a sentence ("the People's Bank of China"). */
const articleKinds = new Set<Actor['kind']>(['regulator', 'institution', 'law']);

/**
 * Names for the grade's reasons, from the actors table: outlet ids become outlet names (plain
 * names pass through), and the actor asked for comment reads naturally mid-sentence.
 */
function gradeNames(byId: ReadonlyMap<string, Actor>): GradeOptions {
  const name = (id: string) => byId.get(id)?.names.en ?? id;
  const language = readerLanguage();
  return {
    outletNames: name,
    shownNames: (id) => {
      const actor = byId.get(id);
      return actor ? shortName(actor.names, language) : id;
    },
    actorName: (id) => {
      const actor = byId.get(id);
      if (!actor) return id;
      if (language === 'zh') return shortName(actor.names, language);
      const en = actor.names.en;
      return articleKinds.has(actor.kind) && !/^the /i.test(en) ? `the ${en}` : en;
    },
    words: readerReasonWords(language),
  };
}

function relationFields(relation: Actor['relations'][number]) {
  const out: { kind: typeof relation.kind; since?: string; until?: string; note?: string } = {
    kind: relation.kind,
  };
  if (relation.since) out.since = relation.since;
  if (relation.until) out.until = relation.until;
  if (relation.note) out.note = relation.note;
  return out;
}

/** Parses a stored actor row and strips what only storage needs (origin, aliasKeys, ...). */
function parseActorRow(row: object, report: ProblemReporter): Actor | null {
  const { aliasKeys: _aliasKeys, ...stored } = row as Record<string, unknown>;
  const parsed = storedActorSchema.safeParse(stored);
  if (!parsed.success) {
    report(
      `skipped unreadable actor row ${describe(row)}: ${formatIssues(parsed.error.issues).join('; ')}`,
    );
    return null;
  }
  return withoutMeta(parsed.data);
}

function parseClaimRow(row: object, report: ProblemReporter): Claim | null {
  const parsed = storedClaimSchema.safeParse(row);
  if (!parsed.success) {
    report(
      `skipped unreadable claim row ${describe(row)}: ${formatIssues(parsed.error.issues).join('; ')}`,
    );
    return null;
  }
  return withoutMeta(parsed.data);
}

function withoutMeta<T extends StoredActor | StoredClaim>(
  stored: T,
): Omit<T, 'origin' | 'datasetId' | 'userEdited' | 'updatedAt'> {
  const {
    origin: _origin,
    datasetId: _datasetId,
    userEdited: _userEdited,
    updatedAt: _updatedAt,
    ...record
  } = stored;
  return record;
}

function describe(row: object): string {
  const id = (row as { id?: unknown }).id;
  return typeof id === 'string' ? `"${id}"` : '(no id)';
}
