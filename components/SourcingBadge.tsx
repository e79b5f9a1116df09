import type { SourcingGrade } from '@/lib/sourcing/types';

/** Each grade level in words, for badges and lists. */
export const levelLabels: Record<SourcingGrade['level'], string> = {
  confirmed: 'Confirmed',
  'partly-confirmed': 'Partly confirmed',
  strong: 'Strong',
  moderate: 'Moderate',
  weak: 'Weak',
  unsupported: 'Unsupported',
};

/**
 * How assistive technology names each level. Confirmation is said about the claim; the other
 * levels grade sourcing that nothing has confirmed yet.
 */
const spokenLevels: Record<SourcingGrade['level'], string> = {
  confirmed: 'Confirmed claim',
  'partly-confirmed': 'Partly confirmed claim',
  strong: 'Strong sourcing',
  moderate: 'Moderate sourcing',
  weak: 'Weak sourcing',
  unsupported: 'Unsupported sourcing',
};

// Colour only repeats the word, never replaces it, so the badge reads the same without colour.
// Confirmed claims alone get a solid badge: the one difference a reader must see at a glance.
const levelClasses: Record<SourcingGrade['level'], string> = {
  confirmed: 'bg-emerald-700 text-white dark:bg-emerald-400 dark:text-emerald-950',
  'partly-confirmed':
    'bg-emerald-100 text-emerald-900 ring-1 ring-emerald-700/40 ring-inset dark:bg-emerald-950 dark:text-emerald-200',
  strong: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200',
  moderate: 'bg-neutral-200 text-neutral-800 dark:bg-neutral-800 dark:text-neutral-200',
  weak: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  unsupported: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200',
};

/** The Admiralty code in words: "Fairly reliable source, probably true". */
export function admiraltyWords(grade: SourcingGrade): string {
  // F's standard wording already names what cannot be judged, so "source" must lead instead.
  const source =
    grade.reliability === 'F'
      ? 'Source reliability cannot be judged'
      : `${grade.reliabilityText} source`;
  const credibility = grade.credibilityText;
  return `${source}, ${credibility.charAt(0).toLowerCase()}${credibility.slice(1)}`;
}

/**
 * A claim's level with its Admiralty code ("Confirmed · D1", "Moderate · D3"). The code means
 * little to most readers, so its words are in the tooltip and in the name assistive technology
 * reads.
 */
export function SourcingBadge({ grade }: { grade: SourcingGrade }) {
  const level = levelLabels[grade.level];
  const code = `${grade.reliability}${grade.credibility}`;
  const words = admiraltyWords(grade);
  return (
    <span
      role="img"
      aria-label={`${spokenLevels[grade.level]}, ${code}: ${words}`}
      title={words}
      className={`inline-block rounded px-1.5 py-px text-[11px] leading-tight font-semibold whitespace-nowrap ${levelClasses[grade.level]}`}
    >
      {level} · {code}
    </span>
  );
}
