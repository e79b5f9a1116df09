import type { RelationKind } from '@/lib/kb/schema';
import type { ActorCardData } from '@/lib/kb/types';
import { formatPartialDate } from '@/lib/kb/dates';
import { t } from '@/lib/i18n';
import { readerLanguage } from '@/lib/reader-language';

export type CardRelation = ActorCardData['relations'][number];

/**
 * How a relation reads on a card (the message keys of its label), always from the card's actor's
 * side. `forward` is used when
 * the card's actor holds the relation ("pboc supervises ant" on the PBoC's card: "Supervises"),
 * `inverse` when the other actor holds it and it points here (on Ant's card: "Supervised by").
 * Pairs of kinds that say the same thing from opposite ends (ledBy/leads, parentOf/subsidiaryOf)
 * share labels on purpose, so both ways of recording a fact land in one line of the card.
 *
 * The order of the entries is the order of the card's lines: who the actor is part of and who
 * runs it first, then oversight, then what it did, then data flows, history and coverage.
 */
export const relationPhrasing = {
  partOf: { forward: 'relations.partOf', inverse: 'relations.includes' },
  parentOf: { forward: 'relations.parentOf', inverse: 'relations.subsidiaryOf' },
  subsidiaryOf: { forward: 'relations.subsidiaryOf', inverse: 'relations.parentOf' },
  owns: { forward: 'relations.owns', inverse: 'relations.ownedBy' },
  shareholderOf: { forward: 'relations.shareholderIn', inverse: 'relations.shareholders' },
  operates: { forward: 'relations.operates', inverse: 'relations.operatedBy' },
  ledBy: { forward: 'relations.ledBy', inverse: 'relations.leads' },
  leads: { forward: 'relations.leads', inverse: 'relations.ledBy' },
  founded: { forward: 'relations.founded', inverse: 'relations.foundedBy' },
  foundedBy: { forward: 'relations.foundedBy', inverse: 'relations.founded' },
  worksFor: { forward: 'relations.worksFor', inverse: 'relations.employs' },
  supervises: { forward: 'relations.supervises', inverse: 'relations.supervisedBy' },
  regulates: { forward: 'relations.regulates', inverse: 'relations.regulatedBy' },
  licensed: { forward: 'relations.licensed', inverse: 'relations.licensedBy' },
  enforces: { forward: 'relations.enforces', inverse: 'relations.enforcedBy' },
  issued: { forward: 'relations.issued', inverse: 'relations.issuedBy' },
  drafted: { forward: 'relations.drafted', inverse: 'relations.draftedBy' },
  fined: { forward: 'relations.fined', inverse: 'relations.finedBy' },
  summoned: { forward: 'relations.summoned', inverse: 'relations.summonedBy' },
  investigated: { forward: 'relations.investigated', inverse: 'relations.investigatedBy' },
  // "A sharesDataWith B" means data goes from A to B, so B's card reads "Receives data from: A".
  sharesDataWith: { forward: 'relations.sharesDataWith', inverse: 'relations.receivesDataFrom' },
  receivesDataFrom: { forward: 'relations.receivesDataFrom', inverse: 'relations.sharesDataWith' },
  successorOf: { forward: 'relations.successorOf', inverse: 'relations.succeededBy' },
  predecessorOf: { forward: 'relations.predecessorOf', inverse: 'relations.precededBy' },
  reportedOn: { forward: 'relations.reportedOn', inverse: 'relations.coveredBy' },
  subjectOf: { forward: 'relations.subjectOf', inverse: 'relations.concerns' },
  relatedTo: { forward: 'relations.relatedTo', inverse: 'relations.relatedTo' },
} as const satisfies Record<RelationKind, { forward: string; inverse: string }>;

const kindOrder = Object.keys(relationPhrasing) as RelationKind[];

export function relationLabel(kind: RelationKind, inverse: boolean): string {
  const phrasing = relationPhrasing[kind];
  return t(inverse ? phrasing.inverse : phrasing.forward);
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
  const language = readerLanguage();
  const since = relation.since ? formatPartialDate(relation.since, language) : null;
  const until = relation.until ? formatPartialDate(relation.until, language) : null;
  if (since && until) return t('relations.span', { since, until });
  if (since) return t('relations.since', { date: since });
  if (until) return t('relations.until', { date: until });
  return null;
}
