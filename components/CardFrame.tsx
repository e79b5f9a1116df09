import { useId, type ReactNode } from 'react';
import { t } from '@/lib/i18n';
import { readerLang } from '@/lib/reader-language';

export interface CardFrameProps {
  /** The dialog's accessible name ("About Ant Group"). */
  label: string;
  /** The small tag above the title: the actor's kind, "Claim", "Attribution". */
  tag: string;
  title: ReactNode;
  /** Lines under the title (other names, the grade). */
  subtitle?: ReactNode;
  onClose?: () => void;
  children: ReactNode;
}

/** The frame every card shares: a dialog with a tag, a title, a close button and a scrolling body. */
export function CardFrame({ label, tag, title, subtitle, onClose, children }: CardFrameProps) {
  const labelId = useId();
  return (
    <section
      role="dialog"
      aria-labelledby={labelId}
      lang={readerLang()}
      className="box-border max-h-[min(480px,calc(100vh-16px))] w-[360px] max-w-[calc(100vw-16px)] overflow-y-auto overscroll-contain rounded-lg border border-neutral-200 bg-white p-3 text-left font-sans text-[13px] leading-snug font-normal text-neutral-800 shadow-lg dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-200"
    >
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <span className="inline-block rounded bg-neutral-100 px-1.5 py-px text-[10px] font-semibold tracking-wider text-neutral-600 uppercase dark:bg-neutral-800 dark:text-neutral-400">
            {tag}
          </span>
          <h2 className="m-0 mt-1 text-[15px] leading-tight font-semibold text-neutral-950 dark:text-white">
            {title}
          </h2>
          {subtitle}
        </div>
        {onClose && (
          <button
            type="button"
            aria-label={t('card.close')}
            onClick={onClose}
            className="-mt-1 -mr-1 shrink-0 cursor-pointer rounded border-0 bg-transparent px-1.5 text-lg leading-none text-neutral-500 hover:bg-neutral-100 hover:text-neutral-900 focus-visible:outline-2 focus-visible:outline-sky-700 dark:hover:bg-neutral-800 dark:hover:text-white"
          >
            ×
          </button>
        )}
      </div>
      {children}
      {/* The dialog's name, said on entering a pinned card; last, so the title comes first. */}
      <span id={labelId} hidden>
        {label}
      </span>
    </section>
  );
}
