import { useEffect, useId, useState } from 'react';
import { t } from '@/lib/i18n';
import {
  DEFAULT_HOVER_DELAY_MS,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  HOVER_DELAY_STEP_MS,
  readHoverDelay,
} from '@/lib/hover-delay';
import { Button } from './FormField';

export interface HoverDelaySettingProps {
  /** The reader's delay in ms; null while the settings load. */
  value: number | null;
  /** Stores a delay (null: back to the default). */
  onChange: (ms: number | null) => Promise<unknown>;
}

/**
 * How long the pointer rests on a mark before its card opens: a number field that stores every
 * valid value as it is typed and says what is wrong with any other, and a way back to the default.
 */
export function HoverDelaySetting({ value, onChange }: HoverDelaySettingProps) {
  const id = useId();
  const [text, setText] = useState(value === null ? '' : String(value));
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid'>('idle');
  // The stored value arrives after the first render, and changes from other pages too.
  useEffect(() => {
    if (value !== null)
      setText((typed) => (readHoverDelay(Number(typed)) === value ? typed : String(value)));
  }, [value]);

  const save = (ms: number | null) =>
    void onChange(ms).then(
      () => setStatus('saved'),
      () => setStatus('invalid'),
    );

  const typed = (next: string) => {
    setText(next);
    const ms = next.trim() === '' ? undefined : readHoverDelay(Number(next));
    if (ms === undefined) {
      setStatus('invalid');
      return;
    }
    save(ms);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-2">
      <h2 id={`${id}-title`} className="m-0 text-base font-semibold">
        {t('walk.hoverDelayHeading')}
      </h2>
      <label htmlFor={`${id}-input`} className="text-sm font-medium">
        {t('walk.hoverDelayLabel')}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={`${id}-input`}
          type="number"
          inputMode="numeric"
          min={HOVER_DELAY_MIN_MS}
          max={HOVER_DELAY_MAX_MS}
          step={HOVER_DELAY_STEP_MS}
          value={text}
          disabled={value === null}
          aria-invalid={status === 'invalid'}
          aria-describedby={`${id}-hint ${id}-status`}
          onChange={(event) => typed(event.target.value)}
          className="w-28 rounded border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-700"
        />
        <Button
          onClick={() => {
            setText(String(DEFAULT_HOVER_DELAY_MS));
            save(null);
          }}
        >
          {t('walk.hoverDelayReset')}
        </Button>
      </div>
      <p id={`${id}-hint`} className="m-0 max-w-prose text-sm text-slate-700">
        {t('walk.hoverDelayHint')}
      </p>
      <p
        id={`${id}-status`}
        role="status"
        className={`m-0 min-h-[1.25em] text-sm ${status === 'invalid' ? 'text-red-800' : 'text-slate-700'}`}
      >
        {status === 'saved' && t('walk.hoverDelaySaved')}
        {status === 'invalid' &&
          t('walk.hoverDelayInvalid', [String(HOVER_DELAY_MIN_MS), String(HOVER_DELAY_MAX_MS)])}
      </p>
    </section>
  );
}
