import type { ClaimCardData } from '@/lib/kb/types';
import type { Findings, ListedSnippet } from '@/lib/messaging';
import { ClaimCard } from './ClaimCard';
import { levelLabel } from './SourcingBadge';
import { t } from '@/lib/i18n';

const sectionClass = 'flex flex-col gap-1 border-t border-slate-200 pt-2 dark:border-neutral-800';
const headingClass =
  'm-0 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400';
const entryClass =
  'w-full cursor-pointer rounded border-0 bg-transparent px-1.5 py-1 text-left text-sm text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-700 aria-expanded:bg-sky-50 dark:text-neutral-100 dark:hover:bg-neutral-800 dark:aria-expanded:bg-sky-950';

export interface PageClaimsProps {
  claims: Findings['claims'];
  selectedClaimId: string | null;
  claimCard: ClaimCardData | null;
  onSelectClaim: (id: string | null) => void;
  onSelectActor?: (id: string) => void;
}

/** The sentences of the page that retell known claims, in reading order; each opens its card. */
export function PageClaims({
  claims,
  selectedClaimId,
  claimCard,
  onSelectClaim,
  onSelectActor,
}: PageClaimsProps) {
  if (claims.length === 0) return null;
  const ordered = [...claims].sort((a, b) => a.start - b.start);
  return (
    <section aria-label={t('pageClaims.heading')} className={sectionClass}>
      <h2 className={headingClass}>{t('pageClaims.heading')}</h2>
      <ul className="m-0 flex list-none flex-col gap-1 p-0">
        {ordered.map((claim, index) => {
          const open = claim.claimId === selectedClaimId;
          return (
            <li key={`${claim.claimId}-${index}`}>
              <button
                type="button"
                aria-expanded={open}
                className={entryClass}
                onClick={() => onSelectClaim(open ? null : claim.claimId)}
              >
                <span className="block">{claim.text.replace(/\s+/g, ' ')}</span>
                <span className="text-xs text-slate-600 dark:text-slate-400">
                  {t('pageClaims.gradeLine', {
                    level: levelLabel(claim.grade.level),
                    code: `${claim.grade.reliability}${claim.grade.credibility}`,
                  })}
                </span>
              </button>
              {open &&
                (claimCard && claimCard.claim.id === claim.claimId ? (
                  <div
                    role="region"
                    aria-label={t('pageClaims.claimCard')}
                    className="mt-1 [&>section]:w-full"
                  >
                    <ClaimCard
                      data={claimCard}
                      onSelectActor={onSelectActor}
                      onSelectClaim={onSelectClaim}
                      onClose={() => onSelectClaim(null)}
                    />
                  </div>
                ) : (
                  <p role="status" className="m-0 px-1.5 text-xs text-slate-600">
                    {t('pageClaims.loadingCard')}
                  </p>
                ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export interface PageSnippetsProps {
  snippets: readonly ListedSnippet[];
  /** Opens the library; the link shows only when given. */
  onOpenLibrary?: () => void;
}

/** The reader's snippets from this page, each said to be on the page now or not found. */
export function PageSnippets({ snippets, onOpenLibrary }: PageSnippetsProps) {
  if (snippets.length === 0) {
    return onOpenLibrary ? <LibraryLink onOpen={onOpenLibrary} /> : null;
  }
  return (
    <section aria-label={t('pageClaims.snippetsHeading')} className={sectionClass}>
      <h2 className={headingClass}>{t('pageClaims.snippetsHeading')}</h2>
      <ul className="m-0 flex list-none flex-col gap-1.5 p-0">
        {snippets.map((snippet) => (
          <li key={snippet.id} className="px-1.5">
            <q lang={snippet.citation.language} className="block text-sm">
              {snippet.quote.exact}
            </q>
            {snippet.state === 'not-found' && (
              <span className="text-xs font-medium text-amber-800 dark:text-amber-300">
                {t('pageClaims.notFound')}
              </span>
            )}
            {snippet.note && (
              <span className="block text-xs text-slate-600 dark:text-slate-400">
                {snippet.note}
              </span>
            )}
          </li>
        ))}
      </ul>
      {onOpenLibrary && <LibraryLink onOpen={onOpenLibrary} />}
    </section>
  );
}

function LibraryLink({ onOpen }: { onOpen: () => void }) {
  return (
    <button
      type="button"
      onClick={onOpen}
      className="cursor-pointer self-start border-0 bg-transparent p-0 text-sm text-sky-800 underline dark:text-sky-300"
    >
      {t('pageClaims.openLibrary')}
    </button>
  );
}
