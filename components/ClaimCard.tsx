import type { ReactNode } from 'react';
import type { ClaimCardData } from '@/lib/kb/types';
import { CardFrame } from './CardFrame';
import { ClaimDetails } from './ClaimList';
import { SourcingBadge, admiraltyWords } from './SourcingBadge';
import { t } from '@/lib/i18n';
import { displayName, readerDate } from '@/lib/reader-language';

export interface ClaimCardProps {
  data: ClaimCardData;
  onSelectActor?: (id: string) => void;
  onSelectClaim?: (id: string) => void;
  onClose?: () => void;
  /** Shown at the card's foot (the page's card: "Never annotate this site"). */
  footer?: ReactNode;
}

const chipClass =
  'cursor-pointer rounded border border-neutral-300 bg-transparent px-1.5 py-px text-xs text-neutral-800 hover:bg-neutral-100 focus-visible:outline-2 focus-visible:outline-sky-700 dark:border-neutral-600 dark:text-neutral-200 dark:hover:bg-neutral-800';

const subheadClass =
  'm-0 mt-3 text-[11px] font-semibold tracking-wider text-neutral-500 uppercase dark:text-neutral-400';

/**
 * A claim a page retells, in plain words: how well it is sourced on both Admiralty axes with the
 * reasons, every outlet that reported it, what happened later, who is in it, and related claims.
 */
export function ClaimCard({ data, onSelectActor, onSelectClaim, onClose, footer }: ClaimCardProps) {
  const { claim, grade } = data;
  return (
    <CardFrame
      label={t('card.aboutClaim')}
      tag={
        claim.eventDate
          ? t('card.claimTagDated', { date: readerDate(claim.eventDate) })
          : t('card.claimTag')
      }
      title={claim.statement}
      onClose={onClose}
      subtitle={
        <p className="m-0 mt-1 flex flex-wrap items-center gap-1.5 text-xs text-neutral-600 dark:text-neutral-400">
          <SourcingBadge grade={grade} />
          <span>{admiraltyWords(grade)}</span>
        </p>
      }
    >
      <div className="mt-2 text-xs text-neutral-700 dark:text-neutral-300">
        <ClaimDetails claim={claim} grade={grade} outletNames={data.outletNames} subheading="h3" />
      </div>
      {data.actors.length > 0 && (
        <>
          <h3 className={subheadClass}>{t('card.whoIsInIt')}</h3>
          <ul
            aria-label={t('card.actorsInClaim')}
            className="m-0 mt-1 flex list-none flex-wrap gap-1 p-0"
          >
            {data.actors.map((actor) => (
              <li key={actor.id}>
                {onSelectActor ? (
                  <button
                    type="button"
                    className={chipClass}
                    onClick={() => onSelectActor(actor.id)}
                  >
                    {displayName({ en: actor.name, zh: actor.zh })}
                  </button>
                ) : (
                  <span className="text-xs">{displayName({ en: actor.name, zh: actor.zh })}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {data.related.length > 0 && (
        <>
          <h3 className={subheadClass}>{t('card.relatedClaims')}</h3>
          <ul aria-label={t('card.relatedClaims')} className="m-0 mt-1 list-none space-y-1 p-0">
            {data.related.map((related) => (
              <li key={related.id} className="text-xs">
                {onSelectClaim ? (
                  <button
                    type="button"
                    onClick={() => onSelectClaim(related.id)}
                    className="cursor-pointer border-0 bg-transparent p-0 text-left text-xs text-sky-800 underline decoration-sky-800/30 underline-offset-2 hover:decoration-current focus-visible:outline-2 focus-visible:outline-sky-700 dark:text-sky-300"
                  >
                    {related.statement}
                  </button>
                ) : (
                  related.statement
                )}{' '}
                <SourcingBadge grade={related.grade} />
              </li>
            ))}
          </ul>
        </>
      )}
      {footer}
    </CardFrame>
  );
}
