import type { ReactNode } from 'react';
import type { ActorCardData } from '@/lib/kb/types';
import { CardFrame } from './CardFrame';
import { ClaimList } from './ClaimList';
import { kindLabel } from './kind-labels';
import { groupRelations, relationSpan, type CardRelation } from './relation-labels';
import { t } from '@/lib/i18n';
import { displayName, readerLanguage } from '@/lib/reader-language';

export interface ActorCardProps {
  data: ActorCardData;
  /** A related actor was chosen: the caller decides whether to show that actor's card. */
  onSelectActor?: (id: string) => void;
  /** A claim was chosen: the caller shows the claim's own card. */
  onSelectClaim?: (id: string) => void;
  /** Shows a close button when given. */
  onClose?: () => void;
  /** Shown at the card's foot (the page's card: "Never annotate this site"). */
  footer?: ReactNode;
}

/**
 * Who an actor is, in a few lines: names in English and Chinese, what kind of actor it is, a
 * summary, how it relates to other actors, known traps, and the claims about it with their
 * sourcing. It is drawn inside a shadow root on arbitrary news sites, so every visual property
 * it needs is set here, never inherited.
 */
/** A card is read at a glance while hovering: the first groups show, the rest open on demand. */
const shownRelationGroups = 4;

function RelationGroups({
  groups,
  onSelectActor,
}: {
  groups: ReturnType<typeof groupRelations>;
  onSelectActor?: (id: string) => void;
}) {
  return (
    <ul aria-label={t('card.relations')} className="m-0 mt-2 list-none space-y-0.5 p-0">
      {groups.map((group) => (
        <li key={group.label}>
          <span className="font-medium text-neutral-600 dark:text-neutral-400">
            {t('card.relationLine', { label: group.label })}
          </span>{' '}
          {group.items.map((relation, index) => (
            <span key={relation.other.id}>
              {index > 0 && ', '}
              <RelatedActor relation={relation} onSelectActor={onSelectActor} />
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

export function ActorCard({ data, onSelectActor, onSelectClaim, onClose, footer }: ActorCardProps) {
  const { actor, claims } = data;
  const { names } = actor;
  const groups = groupRelations(data.relations);
  const cautions = actor.cautions ?? [];
  const showHant = names.zhHant && names.zhHant !== names.zh;
  // A Chinese reader has the Chinese name in the title already.
  const zhBelow = readerLanguage() === 'zh' ? undefined : names.zh;

  return (
    <CardFrame
      label={t('card.aboutActor', { name: displayName(names) })}
      tag={kindLabel(actor.kind)}
      title={displayName(names)}
      onClose={onClose}
      subtitle={
        (zhBelow || names.pinyin || showHant) && (
          <p className="m-0 mt-0.5 text-neutral-600 dark:text-neutral-400">
            {zhBelow && (
              <span lang="zh" className="text-neutral-800 dark:text-neutral-200">
                {zhBelow}
              </span>
            )}
            {showHant && (
              <>
                {zhBelow && ' '}
                <span lang="zh-Hant">({names.zhHant})</span>
              </>
            )}
            {names.pinyin && (
              <>
                {(zhBelow || showHant) && ' '}
                <span lang="zh-Latn-pinyin" className="italic">
                  {names.pinyin}
                </span>
              </>
            )}
          </p>
        )
      }
    >
      <p className="m-0 mt-2">{actor.summary}</p>

      {groups.length > 0 && (
        <RelationGroups
          groups={groups.slice(0, shownRelationGroups)}
          onSelectActor={onSelectActor}
        />
      )}
      {groups.length > shownRelationGroups && (
        <details className="mt-1">
          <summary className="cursor-pointer text-xs text-neutral-600 focus-visible:outline-2 focus-visible:outline-sky-700 dark:text-neutral-400">
            {t('card.moreRelations', [groups.length - shownRelationGroups])}
          </summary>
          <RelationGroups
            groups={groups.slice(shownRelationGroups)}
            onSelectActor={onSelectActor}
          />
        </details>
      )}

      {cautions.map((caution) => (
        <p key={caution} className="m-0 mt-2 text-xs text-neutral-500 italic dark:text-neutral-400">
          {caution}
        </p>
      ))}

      <ClaimList
        claims={claims}
        actorName={displayName(names)}
        outletNames={data.outletNames}
        onSelectClaim={onSelectClaim}
      />
      {footer}
    </CardFrame>
  );
}

function RelatedActor({
  relation,
  onSelectActor,
}: {
  relation: CardRelation;
  onSelectActor?: (id: string) => void;
}) {
  const { other } = relation;
  const span = relationSpan(relation);
  return (
    <>
      {onSelectActor ? (
        <button
          type="button"
          onClick={() => onSelectActor(other.id)}
          className="m-0 inline cursor-pointer border-0 bg-transparent p-0 text-left text-sky-800 underline decoration-sky-800/30 underline-offset-2 hover:decoration-current focus-visible:outline-2 focus-visible:outline-sky-700 dark:text-sky-300 dark:decoration-sky-300/40"
        >
          {displayName({ en: other.name, zh: other.zh })}
        </button>
      ) : (
        <span className="text-neutral-900 dark:text-neutral-100">
          {displayName({ en: other.name, zh: other.zh })}
        </span>
      )}
      {span && <span className="text-neutral-500 dark:text-neutral-400"> ({span})</span>}
      {relation.note && (
        // Notes are written as sentences, but here a comma may follow: no full stop before it.
        <span className="text-neutral-500 dark:text-neutral-400">
          {' '}
          — {relation.note.replace(/\.$/, '')}
        </span>
      )}
    </>
  );
}
