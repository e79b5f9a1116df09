import type { ActorKind } from '@/lib/kb/schema';

/** The small label a card shows for each kind of actor; written for readers, not for the schema. */
export const kindLabels: Record<ActorKind, string> = {
  regulator: 'Regulator',
  institution: 'Institution',
  company: 'Company',
  product: 'Product',
  person: 'Person',
  outlet: 'News outlet',
  law: 'Law',
  event: 'Event',
};

export function kindLabel(kind: ActorKind): string {
  return kindLabels[kind];
}
