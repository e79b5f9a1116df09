import type { RelationKind } from '@/lib/kb/schema';
import type { ActorCardData } from '@/lib/kb/types';
import { formatPartialDate } from '@/lib/kb/dates';

export type CardRelation = ActorCardData['relations'][number];

/**
 * How a relation reads on a card, always from the card's actor's side. `forward` is used when
 * the card's actor holds the relation ("pboc supervises ant" on the PBoC's card: "Supervises"),
 * `inverse` when the other actor holds it and it points here (on Ant's card: "Supervised by").
 * Pairs of kinds that say the same thing from opposite ends (ledBy/leads, parentOf/subsidiaryOf)
 * share labels on purpose, so both ways of recording a fact land in one line of the card.
 *
 * The order of the entries is the order of the card's lines: who the actor is part of and who
 * runs it first, then oversight, then what it did, then data flows, history and coverage.
 */
export const relationPhrasing: Record<RelationKind, { forward: string; inverse: string }> = {
  partOf: { forward: 'Part of', inverse: 'Includes' },
  parentOf: { forward: 'Parent of', inverse: 'Subsidiary of' },
  subsidiaryOf: { forward: 'Subsidiary of', inverse: 'Parent of' },
  owns: { forward: 'Owns', inverse: 'Owned by' },
  shareholderOf: { forward: 'Shareholder in', inverse: 'Shareholders' },
  operates: { forward: 'Operates', inverse: 'Operated by' },
  ledBy: { forward: 'Led by', inverse: 'Leads' },
  leads: { forward: 'Leads', inverse: 'Led by' },
  founded: { forward: 'Founded', inverse: 'Founded by' },
  foundedBy: { forward: 'Founded by', inverse: 'Founded' },
  worksFor: { forward: 'Works for', inverse: 'Employs' },
  supervises: { forward: 'Supervises', inverse: 'Supervised by' },
  regulates: { forward: 'Regulates', inverse: 'Regulated by' },
  licensed: { forward: 'Licensed', inverse: 'Licensed by' },
  enforces: { forward: 'Enforces', inverse: 'Enforced by' },
  issued: { forward: 'Issued', inverse: 'Issued by' },
  drafted: { forward: 'Drafted', inverse: 'Drafted by' },
  fined: { forward: 'Fined', inverse: 'Fined by' },
  summoned: { forward: 'Summoned', inverse: 'Summoned by' },
  investigated: { forward: 'Investigated', inverse: 'Investigated by' },
  // "A sharesDataWith B" means data goes from A to B, so B's card reads "Receives data from: A".
  sharesDataWith: { forward: 'Shares data with', inverse: 'Receives data from' },
  receivesDataFrom: { forward: 'Receives data from', inverse: 'Shares data with' },
  successorOf: { forward: 'Successor of', inverse: 'Succeeded by' },
  predecessorOf: { forward: 'Predecessor of', inverse: 'Preceded by' },
  reportedOn: { forward: 'Reported on', inverse: 'Covered by' },
  subjectOf: { forward: 'Subject of', inverse: 'Concerns' },
  relatedTo: { forward: 'Related to', inverse: 'Related to' },
};

const kindOrder = Object.keys(relationPhrasing) as RelationKind[];

export function relationLabel(kind: RelationKind, inverse: boolean): string {
  const phrasing = relationPhrasing[kind];
  return inverse ? phrasing.inverse : phrasing.forward;
}

export interface RelationGroup {
  label: string;
  items: CardRelation[];
}

/** Where a relation sorts among the card's lines: by kind, forward before inverse. */
function rank(relation: CardRelation): number {
  return kindOrder.indexOf(relation.kind) * 2 + (relation.inverse ? 1 : 0);
}

/**
 * Groups a card's relations into labelled lines ("Led by: Yi Gang (since 2018)"). The same fact
 * recorded on both actors (A ledBy B, B leads A) arrives twice, so each line lists an actor once,
 * keeping the record that says more about dates. Current relations come before ended ones.
 */
export function groupRelations(relations: readonly CardRelation[]): RelationGroup[] {
  const groups = new Map<string, { rank: number; items: CardRelation[] }>();
  for (const relation of relations) {
    const label = relationLabel(relation.kind, relation.inverse);
    const group = groups.get(label) ?? { rank: rank(relation), items: [] };
    group.rank = Math.min(group.rank, rank(relation));
    const same = group.items.findIndex((item) => item.other.id === relation.other.id);
    if (same === -1) group.items.push(relation);
    else if (detail(relation) > detail(group.items[same]!)) group.items[same] = relation;
    groups.set(label, group);
  }
  return [...groups.entries()]
    .sort(([, a], [, b]) => a.rank - b.rank)
    .map(([label, group]) => ({
      label,
      // Stable sort: within "current" and "ended" the dataset's own order is kept.
      items: group.items.toSorted((a, b) => Number(a.until != null) - Number(b.until != null)),
    }));
}

function detail(relation: CardRelation): number {
  return Number(relation.since != null) + Number(relation.until != null) + Number(!!relation.note);
}

/** The time a relation held, for the end of its line: "since 2018", "2002–2018", "until 2023". */
export function relationSpan(relation: Pick<CardRelation, 'since' | 'until'>): string | null {
  const since = relation.since ? formatPartialDate(relation.since) : null;
  const until = relation.until ? formatPartialDate(relation.until) : null;
  if (since && until) return `${since}–${until}`;
  if (since) return `since ${since}`;
  if (until) return `until ${until}`;
  return null;
}
