import type { Level } from '@/lib/settings';

const levelText: Record<Level, { label: string; hint: string }> = {
  off: { label: 'Off', hint: 'No annotation' },
  names: { label: 'Names', hint: 'Actors only' },
  claims: { label: 'Claims', hint: 'Actors and known claims' },
  full: { label: 'Full', hint: 'Everything, with each sentence’s attribution' },
};

export interface LevelPickerProps {
  legend: string;
  value: Level | null;
  /** Shown as an extra first choice when the setting may follow another one. */
  inheritLabel?: string;
  onChange: (level: Level | null) => void;
}

/** A radio group of annotation levels; arrow keys move between them as in any radio group. */
export function LevelPicker({ legend, value, inheritLabel, onChange }: LevelPickerProps) {
  const name = legend.replace(/\W+/g, '-').toLowerCase();
  const options: { value: Level | null; label: string; hint: string }[] = [
    ...(inheritLabel ? [{ value: null, label: inheritLabel, hint: '' }] : []),
    ...(Object.keys(levelText) as Level[]).map((level) => ({ value: level, ...levelText[level] })),
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
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
