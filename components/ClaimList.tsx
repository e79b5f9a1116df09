import type { Claim, ClaimStatus, Development, Source } from '@/lib/kb/schema';
import type { ActorCardData } from '@/lib/kb/types';
import { formatPartialDate } from '@/lib/kb/dates';
import { attributionWords } from '@/lib/sourcing/labels';
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

export const statusLabels: Record<ClaimStatus, string> = {
  reported: 'Reported',
  confirmed: 'Confirmed',
  'partially-confirmed': 'Partly confirmed',
  disputed: 'Disputed',
  denied: 'Denied',
  superseded: 'Superseded',
};

// The card cannot know which of a claim's actors was asked for comment, so it names none; the
// grade's summary sentence, which does, sits just above.
const responseLabels: Record<NonNullable<Source['actorResponse']>, string> = {
  confirmed: 'the actor confirmed',
  denied: 'the actor denied',
  declined: 'comment declined',
  'no-response': 'no response to a request for comment',
};

const effectLabels: Record<Development['effect'], string | null> = {
  confirms: 'confirms the claim',
  'partly-confirms': 'partly confirms the claim',
  contradicts: 'contradicts the claim',
  context: null,
};

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
      aria-label={`Claims about ${actorName}`}
      className="mt-3 border-t border-neutral-200 pt-2 dark:border-neutral-700"
    >
      <h3 className="m-0 text-[11px] font-semibold tracking-wider text-neutral-500 uppercase dark:text-neutral-400">
        Claims
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
                    Open the claim’s card
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
          <span className="font-medium">Status:</span> {statusLabels[claim.status]}
        </p>
      )}
      <Subheading className={subheadClass}>Sources</Subheading>
      <ul aria-label="Sources" className="m-0 mt-0.5 list-none space-y-0.5 p-0">
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
        ? `relaying ${nameOf(source.cites)}`
        : 'relaying another outlet'
      : `citing ${attributionWords[source.attribution]}`;
  return (
    <>
      <span className="font-medium text-neutral-900 dark:text-neutral-100">
        {nameOf(source.outlet)}
      </span>
      {source.date && (
        <>
          {', '}
          <time dateTime={source.date}>{formatPartialDate(source.date)}</time>
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
            (article)
          </a>
        </>
      )}
      <span className="text-neutral-500 dark:text-neutral-400">
        {' '}
        — {attribution}
        {source.actorResponse && `; ${responseLabels[source.actorResponse]}`}
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
      <Subheading className={subheadClass}>What happened next</Subheading>
      <ol
        aria-label="What happened next"
        className="m-0 mt-0.5 list-none space-y-0.5 border-l border-neutral-300 p-0 pl-2 dark:border-neutral-600"
      >
        {ordered.map((development, i) => {
          const effect = effectLabels[development.effect];
          return (
            <li key={`${development.date}-${i}`}>
              <time
                dateTime={development.date}
                className="font-medium whitespace-nowrap text-neutral-900 dark:text-neutral-100"
              >
                {formatPartialDate(development.date)}
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
