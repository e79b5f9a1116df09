import type { Level } from '@/lib/settings';
import { t } from '@/lib/i18n';
import { useId } from 'react';
import { usePendingChoice } from './use-pending-choice';

const levelKeys = {
  off: { label: 'levels.off', hint: 'levels.offHint' },
  names: { label: 'levels.names', hint: 'levels.namesHint' },
  claims: { label: 'levels.claims', hint: 'levels.claimsHint' },
  full: { label: 'levels.full', hint: 'levels.fullHint' },
} as const satisfies Record<Level, { label: string; hint: string }>;

export interface LevelPickerProps {
  legend: string;
  value: Level | null;
  /** Shown as an extra first choice when the setting may follow another one. */
  inheritLabel?: string;
  /** Its promise, when given, settles with the write: a failed write shows the stored level again. */
  onChange: (level: Level | null) => Promise<unknown> | void;
}

/** A radio group of annotation levels; arrow keys move between them as in any radio group. */
export function LevelPicker({ legend, value, inheritLabel, onChange }: LevelPickerProps) {
  const name = useId();
  const [shown, choose] = usePendingChoice(value, onChange);
  const options: { value: Level | null; label: string; hint: string }[] = [
    ...(inheritLabel ? [{ value: null, label: inheritLabel, hint: '' }] : []),
    ...(Object.keys(levelKeys) as Level[]).map((level) => ({
      value: level,
      label: t(levelKeys[level].label),
      hint: t(levelKeys[level].hint),
    })),
  ];
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-neutral-400">
        {legend}
      </legend>
      <div className="flex flex-wrap gap-1">
        {options.map((option) => (
          <label
            key={option.value ?? 'inherit'}
            title={option.hint}
            className="cursor-pointer rounded border border-slate-300 px-2 py-1 text-sm has-[:checked]:border-amber-600 has-[:checked]:bg-amber-100 has-[:checked]:text-amber-950 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-amber-700 dark:border-neutral-600 dark:has-[:checked]:border-amber-400 dark:has-[:checked]:bg-amber-900 dark:has-[:checked]:text-amber-50"
          >
            <input
              type="radio"
              className="sr-only"
              name={name}
              checked={shown === option.value}
              onChange={() => choose(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
