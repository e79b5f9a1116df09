import { t } from '@/lib/i18n';

/**
 * The small action at the foot of a card on the page: a page taken for an article by mistake
 * switches its whole site off from here ("Not an article? Never annotate news.example"). It
 * stays in view at the bottom of a card that scrolls.
 */
export function NeverAnnotateSite({ host, onNever }: { host: string; onNever: () => void }) {
  return (
    <p className="sticky -bottom-3 m-0 -mx-3 mt-3 -mb-3 border-t border-neutral-200 bg-white px-3 py-2 text-xs text-neutral-500 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-400">
      {t('site.cardNotArticle')}{' '}
      <button
        type="button"
        onClick={onNever}
        className="cursor-pointer border-0 bg-transparent p-0 text-xs text-sky-800 underline underline-offset-2 hover:decoration-2 focus-visible:outline-2 focus-visible:outline-sky-700 dark:text-sky-300"
      >
        {t('site.cardNeverAnnotate', [host])}
      </button>
    </p>
  );
}
