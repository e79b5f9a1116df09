/**
 * Consistency checks for a dataset file, beyond what the zod schema can see: references between
 * records, duplicate ids, and aliases that would make two actors fight over the same text.
 * Pure (no database, no browser) so the dataset test and any script can share it.
 */
import type { z } from '../zod';
import { parseFigure } from '../match/numbers';
import { datasetSchema, type Actor, type Claim, type Dataset } from './schema';

/**
 * The alias key used to compare aliases: lowercase, curly quotes straightened, whitespace runs
 * collapsed. It mirrors what the matcher does to page text, so two aliases with the same key
 * would compete for the same words on a page.
 */
export function normalizeAliasText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Turns zod issues into one line each, naming the path as `actors[3].names.en`. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], data?: unknown): string[] {
  return issues.map((issue) => `${formatPath(issue.path, data)}: ${issue.message}`);
}

function formatPath(path: readonly PropertyKey[], data?: unknown): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  // Name the record too, so a problem deep in a 1000-actor file can be found by id.
  const [list, index] = path;
  if ((list === 'actors' || list === 'claims') && typeof index === 'number') {
    const id = recordId(data, list, index);
    if (id) out = out.replace(`${list}[${index}]`, `${list}[${index}] (id "${id}")`);
  }
  return out;
}

function recordId(data: unknown, list: string, index: number): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const records = (data as Record<string, unknown>)[list];
  if (!Array.isArray(records)) return undefined;
  const record: unknown = records[index];
  if (typeof record !== 'object' || record === null) return undefined;
  const id = (record as Record<string, unknown>).id;
  return typeof id === 'string' ? id : undefined;
}

/** Every name and alias an actor can be matched by, with whether it carries a context rule. */
function matchableTexts(actor: Actor): { text: string; guarded: boolean; what: string }[] {
  const out = actor.aliases.map((alias) => ({
    text: alias.text,
    guarded: alias.context !== undefined,
    what: `alias "${alias.text}"`,
  }));
  const { en, zh, zhHant } = actor.names;
  for (const [field, text] of [
    ['en', en],
    ['zh', zh],
    ['zhHant', zhHant],
  ] as const) {
    if (text) out.push({ text, guarded: false, what: `names.${field} "${text}"` });
  }
  return out;
}

const TONE_MARKED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ]/;

/**
 * Checks one dataset and returns its problems as readable sentences; an empty list means the
 * dataset is fit to ship. Schema errors are reported first and stop the deeper checks, which
 * need well-formed records.
 */
export function checkDataset(data: unknown): string[] {
  const parsed = datasetSchema.safeParse(data);
  if (!parsed.success) return formatIssues(parsed.error.issues, data);
  return checkParsedDataset(parsed.data);
}

export function checkParsedDataset(dataset: Dataset): string[] {
  return [...structuralProblems(dataset), ...qualityProblems(dataset)];
}

/**
 * Problems that make a dataset unusable: two records under one id, and references that lead
 * nowhere. `known` holds actor ids that exist outside the dataset (the user's database, for
 * an import), which references may also point at.
 */
export function structuralProblems(
  dataset: Dataset,
  known: ReadonlySet<string> = new Set(),
): string[] {
  const problems: string[] = [];
  // Index of each id's first record, so a repeat names where both are.
  const actorIndex = new Map<string, number>();
  dataset.actors.forEach((actor, i) => {
    const first = actorIndex.get(actor.id);
    if (first !== undefined) {
      problems.push(`actors[${i}].id: duplicate actor id "${actor.id}", also at actors[${first}]`);
    } else actorIndex.set(actor.id, i);
  });
  const actorIds = new Set(actorIndex.keys());
  const claimIndex = new Map<string, number>();
  dataset.claims.forEach((claim, i) => {
    const first = claimIndex.get(claim.id);
    if (first !== undefined) {
      problems.push(`claims[${i}].id: duplicate claim id "${claim.id}", also at claims[${first}]`);
    } else claimIndex.set(claim.id, i);
    if (actorIds.has(claim.id)) {
      problems.push(
        `claims[${i}].id: claim id "${claim.id}" is also an actor id (actors[${actorIndex.get(claim.id)}])`,
      );
    }
  });
  const exists = (id: string) => actorIds.has(id) || known.has(id);
  for (const actor of dataset.actors) {
    for (const relation of actor.relations) {
      if (relation.target === actor.id) {
        problems.push(`actor "${actor.id}": relation ${relation.kind} points at itself`);
      } else if (!exists(relation.target)) {
        problems.push(
          `actor "${actor.id}": relation ${relation.kind} targets unknown actor "${relation.target}"`,
        );
      }
    }
  }
  for (const claim of dataset.claims) {
    for (const id of claim.actors) {
      if (!exists(id)) problems.push(`claim "${claim.id}": unknown actor "${id}"`);
    }
    for (const term of claim.match?.terms ?? []) {
      for (const id of term.actors) {
        if (!exists(id)) {
          problems.push(`claim "${claim.id}": match term names unknown actor "${id}"`);
        }
      }
    }
  }
  return problems;
}

/** What a careful dataset author fixes, though the matcher would still work. */
export function qualityProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  for (const actor of dataset.actors) {
    if (actor.names.pinyin && !TONE_MARKED.test(actor.names.pinyin)) {
      problems.push(`actor "${actor.id}": names.pinyin "${actor.names.pinyin}" has no tone marks`);
    }
    if (actor.names.zhHant && actor.names.zhHant === actor.names.zh) {
      problems.push(`actor "${actor.id}": names.zhHant repeats names.zh (leave it out)`);
    }
    const seen = new Set<string>();
    for (const alias of actor.aliases) {
      const key = `${alias.caseRule}\u0000${alias.text}`;
      if (seen.has(key))
        problems.push(`actor "${actor.id}": alias "${alias.text}" is listed twice`);
      seen.add(key);
    }
    if (actor.domains && actor.kind !== 'outlet') {
      problems.push(`actor "${actor.id}": only outlets have domains (kind is ${actor.kind})`);
    }
  }
  problems.push(...aliasCollisions(dataset.actors), ...domainCollisions(dataset.actors));
  problems.push(...claimMatchProblems(dataset.claims));
  return problems;
}

/**
 * A claim's matching terms that could never do their work: a figure the matcher cannot read
 * as one figure, or a part with neither words nor actors.
 */
function claimMatchProblems(claims: readonly Claim[]): string[] {
  const problems: string[] = [];
  for (const claim of claims) {
    if (!claim.match) continue;
    for (const number of claim.match.numbers) {
      if (!parseFigure(number)) {
        problems.push(`claim "${claim.id}": match.numbers "${number}" is not read as one figure`);
      }
    }
    claim.match.terms.forEach((term, index) => {
      if (term.any.length === 0 && term.actors.length === 0) {
        problems.push(`claim "${claim.id}": match.terms[${index}] has neither words nor actors`);
      }
    });
  }
  return problems;
}

/**
 * Two actors may share a text only when a context rule can tell them apart; otherwise the
 * matcher would label the text with whichever it happened to index first.
 */
function aliasCollisions(actors: readonly Actor[]): string[] {
  const byKey = new Map<string, { actorId: string; guarded: boolean; what: string }[]>();
  for (const actor of actors) {
    for (const entry of matchableTexts(actor)) {
      const key = normalizeAliasText(entry.text);
      const list = byKey.get(key) ?? [];
      list.push({ actorId: actor.id, guarded: entry.guarded, what: entry.what });
      byKey.set(key, list);
    }
  }
  const problems: string[] = [];
  for (const [key, entries] of byKey) {
    const owners = [...new Set(entries.map((entry) => entry.actorId))];
    if (owners.length < 2) continue;
    for (let i = 0; i < owners.length; i++) {
      for (let j = i + 1; j < owners.length; j++) {
        const a = entries.filter((entry) => entry.actorId === owners[i]);
        const b = entries.filter((entry) => entry.actorId === owners[j]);
        // One unguarded text on each side is enough for the matcher to mislabel a page.
        const clash = a.some((entry) => !entry.guarded) && b.some((entry) => !entry.guarded);
        if (clash) {
          problems.push(
            `"${key}" is shared by actors "${owners[i]}" (${a.map((e) => e.what).join(', ')}) and "${owners[j]}" (${b.map((e) => e.what).join(', ')}) and neither side has a context rule`,
          );
        }
      }
    }
  }
  return problems;
}

/** A page's host must lead to one outlet, or the page's own outlet would be ambiguous. */
function domainCollisions(actors: readonly Actor[]): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const actor of actors) {
    for (const domain of actor.domains ?? []) {
      const previous = owner.get(domain);
      if (previous && previous !== actor.id) {
        problems.push(`domain "${domain}" is claimed by both "${previous}" and "${actor.id}"`);
      }
      owner.set(domain, actor.id);
    }
  }
  return problems;
}
