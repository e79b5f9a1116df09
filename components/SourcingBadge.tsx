import { t } from '@/lib/i18n';
import type { SourcingGrade } from '@/lib/sourcing/types';

type Level = SourcingGrade['level'];

/** Each grade level in words, for badges and lists. */
const levelKeys = {
  confirmed: 'grade.level.confirmed',
  'partly-confirmed': 'grade.level.partlyConfirmed',
  strong: 'grade.level.strong',
  moderate: 'grade.level.moderate',
  weak: 'grade.level.weak',
  unsupported: 'grade.level.unsupported',
} as const satisfies Record<Level, string>;

export function levelLabel(level: Level): string {
  return t(levelKeys[level]);
}

/**
 * How assistive technology names each level. Confirmation is said about the claim; the other
 * levels grade sourcing that nothing has confirmed yet.
 */
const spokenKeys = {
  confirmed: 'grade.spoken.confirmed',
  'partly-confirmed': 'grade.spoken.partlyConfirmed',
  strong: 'grade.spoken.strong',
  moderate: 'grade.spoken.moderate',
  weak: 'grade.spoken.weak',
  unsupported: 'grade.spoken.unsupported',
} as const satisfies Record<Level, string>;

const reliabilityKeys = {
  A: 'grade.reliability.A',
  B: 'grade.reliability.B',
  C: 'grade.reliability.C',
  D: 'grade.reliability.D',
  E: 'grade.reliability.E',
  F: 'grade.reliability.F',
} as const satisfies Record<SourcingGrade['reliability'], string>;

/** The Admiralty Code's standard wording for each number, as it reads after a comma. */
const credibilityKeys = [
  'grade.credibilityInline.c1',
  'grade.credibilityInline.c2',
  'grade.credibilityInline.c3',
  'grade.credibilityInline.c4',
  'grade.credibilityInline.c5',
  'grade.credibilityInline.c6',
] as const;

// Colour only repeats the word, never replaces it, so the badge reads the same without colour.
// Confirmed claims alone get a solid badge: the one difference a reader must see at a glance.
const levelClasses: Record<Level, string> = {
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
      ? t('grade.sourceUnjudged')
      : t('grade.source', { reliability: t(reliabilityKeys[grade.reliability]) });
  const credibility = t(credibilityKeys[grade.credibility - 1] ?? credibilityKeys[5]);
  return t('grade.admiralty', { source, credibility });
}

/**
 * A claim's level with its Admiralty code ("Confirmed · D1", "Moderate · D3"). The code means
 * little to most readers, so its words are in the tooltip and in the name assistive technology
 * reads.
 */
export function SourcingBadge({ grade }: { grade: SourcingGrade }) {
  const level = levelLabel(grade.level);
  const code = `${grade.reliability}${grade.credibility}`;
  const words = admiraltyWords(grade);
  return (
    <span
      role="img"
      aria-label={t('grade.badgeSpoken', { level: t(spokenKeys[grade.level]), code, words })}
      title={words}
      className={`inline-block rounded px-1.5 py-px text-[11px] leading-tight font-semibold whitespace-nowrap ${levelClasses[grade.level]}`}
    >
      {t('grade.badge', { level, code })}
    </span>
  );
}
