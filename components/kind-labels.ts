import type { ActorKind } from '@/lib/kb/schema';
import { t } from '@/lib/i18n';

/** The message of the small label a card shows for each kind of actor. */
const kindKeys = {
  regulator: 'kinds.regulator',
  institution: 'kinds.institution',
  company: 'kinds.company',
  product: 'kinds.product',
  person: 'kinds.person',
  outlet: 'kinds.outlet',
  law: 'kinds.law',
  event: 'kinds.event',
} as const satisfies Record<ActorKind, string>;

/** The kind of an actor, written for readers, not for the schema. */
export function kindLabel(kind: ActorKind): string {
  return t(kindKeys[kind]);
}
