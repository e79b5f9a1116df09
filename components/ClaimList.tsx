import type { Claim, ClaimStatus, Development, Source } from '@/lib/kb/schema';
import type { ActorCardData } from '@/lib/kb/types';
import { t } from '@/lib/i18n';
import { attributionWord } from '@/lib/grade-words';
import { readerDate } from '@/lib/reader-language';
import type { SourcingGrade } from '@/lib/sourcing/types';
import { SourcingBadge } from './SourcingBadge';

export interface ClaimListProps {
  /** Claims with their computed grades, in the order to show them (newest first). */
  claims: ActorCardData['claims'];
  /** The card's actor, so the list's accessible name says whose claims these are. */
  actorName: string;
  /**
   * Outlet names by id ("bloomberg" -> "Bloomberg News"). Sources store outlet ids or plain
   * names; without an entry the stored value is shown as it is.
   */
  outletNames?: Readonly<Record<string, string>>;
  /** Opens a claim's own card; without it the list offers none. */
  onSelectClaim?: (id: string) => void;
}

const statusKeys = {
  reported: 'claimStatus.reported',
  confirmed: 'claimStatus.confirmed',
  'partially-confirmed': 'claimStatus.partiallyConfirmed',
  disputed: 'claimStatus.disputed',
  denied: 'claimStatus.denied',
  superseded: 'claimStatus.superseded',
} as const satisfies Record<ClaimStatus, string>;

/** A claim's status in words. */
export function statusLabel(status: ClaimStatus): string {
  return t(statusKeys[status]);
}

// The card cannot know which of a claim's actors was asked for comment, so it names none; the
// grade's summary sentence, which does, sits just above.
const responseKeys = {
  confirmed: 'claims.responseConfirmed',
  denied: 'claims.responseDenied',
  declined: 'claims.responseDeclined',
  'no-response': 'claims.responseNone',
} as const satisfies Record<NonNullable<Source['actorResponse']>, string>;

const effectKeys = {
  confirms: 'claims.confirms',
  'partly-confirms': 'claims.partlyConfirms',
  contradicts: 'claims.contradicts',
  context: null,
} as const satisfies Record<Development['effect'], string | null>;

const linkClass =
  'text-sky-800 underline decoration-sky-800/30 underline-offset-2 hover:decoration-current focus-visible:outline-2 focus-visible:outline-sky-700 dark:text-sky-300 dark:decoration-sky-300/40';

const subheadClass =
  'm-0 mt-2 text-[10px] font-semibold tracking-wider text-neutral-500 uppercase dark:text-neutral-400';

/**
 * The claims part of an actor card. Each claim is one line (statement and sourcing badge) that
 * opens to show why it is graded so, the sources and what happened next; only the newest starts
 * open, so a card with many claims stays short enough to hover.
 */
export function ClaimList({ claims, actorName, outletNames = {}, onSelectClaim }: ClaimListProps) {
  if (claims.length === 0) return null;
  return (
    <section
      aria-label={t('claims.claimsAbout', { name: actorName })}
      className="mt-3 border-t border-neutral-200 pt-2 dark:border-neutral-700"
    >
      <h3 className="m-0 text-[11px] font-semibold tracking-wider text-neutral-500 uppercase dark:text-neutral-400">
        {t('claims.heading')}
      </h3>
      <ul className="m-0 mt-1 list-none space-y-1.5 p-0">
        {claims.map(({ claim, grade }, index) => (
          <li key={claim.id}>
            <details open={index === 0 || undefined}>
              <summary className="cursor-pointer rounded focus-visible:outline-2 focus-visible:outline-sky-700">
                <span className="text-neutral-900 dark:text-neutral-100">{claim.statement}</span>{' '}
                <SourcingBadge grade={grade} />
              </summary>
              <div className="mt-1 ml-3 text-xs text-neutral-700 dark:text-neutral-300">
                <ClaimDetails claim={claim} grade={grade} outletNames={outletNames} />
                {onSelectClaim && (
                  <button
                    type="button"
                    onClick={() => onSelectClaim(claim.id)}
                    className={`mt-1 cursor-pointer border-0 bg-transparent p-0 text-xs ${linkClass}`}
                  >
                    {t('claims.openCard')}
                  </button>
                )}
              </div>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface ClaimDetailsProps {
  claim: Claim;
  grade: SourcingGrade;
  outletNames?: Readonly<Record<string, string>>;
  /** The level of its subheadings: one below the heading the details sit under. */
  subheading?: 'h3' | 'h4';
}

/** Why a claim is graded so, its status, every source and what happened next. */
export function ClaimDetails({
  claim,
  grade,
  outletNames = {},
  subheading: Subheading = 'h4',
}: ClaimDetailsProps) {
  const nameOf = (outlet: string) => outletNames[outlet] ?? outlet;
  return (
    <>
      <p className="m-0">{grade.summary}</p>
      {claim.status !== 'reported' && (
        <p className="m-0 mt-1">
          <span className="font-medium">{t('claims.status')}</span> {statusLabel(claim.status)}
        </p>
      )}
      <Subheading className={subheadClass}>{t('claims.sources')}</Subheading>
      <ul aria-label={t('claims.sources')} className="m-0 mt-0.5 list-none space-y-0.5 p-0">
        {claim.sources.map((source, i) => (
          <li key={`${source.outlet}-${i}`}>
            <SourceLine source={source} nameOf={nameOf} />
          </li>
        ))}
      </ul>
      <Timeline claim={claim} subheading={Subheading} />
    </>
  );
}

function SourceLine({ source, nameOf }: { source: Source; nameOf: (outlet: string) => string }) {
  const attribution =
    source.attribution === 'citing-outlet'
      ? source.cites
        ? t('attribution.relaying', { outlet: nameOf(source.cites) })
        : t('attribution.relayingUnnamed')
      : t('attribution.citing', { attribution: attributionWord(source.attribution) });
  return (
    <>
      <span className="font-medium text-neutral-900 dark:text-neutral-100">
        {nameOf(source.outlet)}
      </span>
      {source.date && (
        <>
          {', '}
          <time dateTime={source.date}>{readerDate(source.date)}</time>
        </>
      )}
      {source.headline && (
        <>
          {': '}
          {source.url ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer" className={linkClass}>
              {source.headline}
            </a>
          ) : (
            <span className="italic">{source.headline}</span>
          )}
        </>
      )}
      {!source.headline && source.url && (
        <>
          {' '}
          <a href={source.url} target="_blank" rel="noopener noreferrer" className={linkClass}>
            {t('claims.article')}
          </a>
        </>
      )}
      <span className="text-neutral-500 dark:text-neutral-400">
        {' '}
        — {attribution}
        {source.actorResponse && '; '}
        {source.actorResponse && t(responseKeys[source.actorResponse])}
      </span>
      {source.note && (
        <span className="block text-neutral-500 italic dark:text-neutral-400">{source.note}</span>
      )}
    </>
  );
}

/** Later developments, oldest first, so the list reads as a story from the claim onwards. */
function Timeline({ claim, subheading: Subheading }: { claim: Claim; subheading: 'h3' | 'h4' }) {
  if (claim.developments.length === 0) return null;
  const ordered = [...claim.developments].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <>
      <Subheading className={subheadClass}>{t('claims.whatHappenedNext')}</Subheading>
      <ol
        aria-label={t('claims.whatHappenedNext')}
        className="m-0 mt-0.5 list-none space-y-0.5 border-l border-neutral-300 p-0 pl-2 dark:border-neutral-600"
      >
        {ordered.map((development, i) => {
          const effectKey = effectKeys[development.effect];
          const effect = effectKey && t(effectKey);
          return (
            <li key={`${development.date}-${i}`}>
              <time
                dateTime={development.date}
                className="font-medium whitespace-nowrap text-neutral-900 dark:text-neutral-100"
              >
                {readerDate(development.date)}
              </time>{' '}
              {development.url ? (
                <a
                  href={development.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  className={linkClass}
                >
                  {development.event}
                </a>
              ) : (
                development.event
              )}
              {effect && (
                <span className="text-neutral-500 dark:text-neutral-400"> ({effect})</span>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
