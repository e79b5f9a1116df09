import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Findings } from '@/lib/messaging';
import { t } from '@/lib/i18n';
import { outlineOf, type OutlineEntry } from './outline-entries';

export interface PageOutlineProps {
  findings: Findings;
  /** Shows the entry's mark on the page and opens its card; resolves whether the page found it. */
  onReveal: (entry: OutlineEntry) => Promise<boolean>;
}

const groupTitles = {
  actors: () => t('outline.actors'),
  claims: () => t('outline.claims'),
  snippets: () => t('outline.snippets'),
  attributions: () => t('outline.attributions'),
} as const;

const clip = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * Everything marked on the page as one listbox: a group per kind of mark, entries by actor, by
 * claim, by snippet, in reading order. The list takes focus once (Tab); Up, Down, Home and End move
 * the active entry; Enter or Space (or a click) shows the mark on the page, flashing it, and opens
 * its card there. It follows the tab and the level because the findings do.
 */
export function PageOutline({ findings, onReveal }: PageOutlineProps) {
  const groups = outlineOf(findings);
  const entries = groups.flatMap((group) => group.entries);
  const baseId = useId();
  const hintId = `${baseId}-hint`;
  const optionId = (index: number) => `${baseId}-o${index}`;
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState('');
  const list = useRef<HTMLDivElement>(null);
  const at = Math.min(active, Math.max(0, entries.length - 1));

  // The active entry stays in view as the arrows move it.
  useEffect(() => {
    list.current
      ?.querySelector(`[id="${CSS.escape(`${baseId}-o${at}`)}"]`)
      ?.scrollIntoView?.({ block: 'nearest' });
  }, [at, baseId]);

  if (entries.length === 0) {
    return (
      <section aria-labelledby={`${baseId}-title`} className={sectionClass}>
        <h2 id={`${baseId}-title`} className={headingClass}>
          {t('outline.title')}
        </h2>
        <p className="m-0 text-slate-600 dark:text-slate-400">{t('outline.empty')}</p>
      </section>
    );
  }

  const reveal = (index: number) => {
    const entry = entries[index];
    if (!entry) return;
    setActive(index);
    setStatus('');
    void onReveal(entry).then(
      (shown) => setStatus(shown ? t('outline.shown') : t('outline.notFound')),
      () => setStatus(t('outline.notFound')),
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: entries.length - 1,
    };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      setActive(Math.max(0, Math.min(entries.length - 1, to)));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      reveal(at);
    }
  };

  let index = 0;
  return (
    <section aria-labelledby={`${baseId}-title`} className={sectionClass}>
      <h2 id={`${baseId}-title`} className={headingClass}>
        {t('outline.title')}
      </h2>
      <p id={hintId} className="m-0 text-xs text-slate-600 dark:text-slate-400">
        {t('outline.hint')}
      </p>
      <div
        ref={list}
        role="listbox"
        tabIndex={0}
        aria-label={t('outline.label')}
        aria-describedby={hintId}
        aria-activedescendant={optionId(at)}
        onKeyDown={onKeyDown}
        className="flex max-h-[60vh] flex-col gap-2 overflow-y-auto rounded p-0.5 focus-visible:outline-2 focus-visible:outline-sky-700 dark:focus-visible:outline-sky-300"
      >
        {groups.map((group) => {
          const titleId = `${baseId}-${group.id}`;
          return (
            <div key={group.id} role="group" aria-labelledby={titleId} className="flex flex-col">
              <div
                id={titleId}
                role="presentation"
                className="px-1.5 pb-0.5 text-xs font-semibold text-slate-700 dark:text-slate-300"
              >
                {groupTitles[group.id]()}
              </div>
              {group.entries.map((entry) => {
                const mine = index++;
                const first = entry.nth === 1;
                return (
                  <div
                    key={entry.key}
                    id={optionId(mine)}
                    role="option"
                    aria-selected={mine === at}
                    onClick={() => reveal(mine)}
                    className={`cursor-pointer rounded px-1.5 py-1 text-sm text-slate-900 dark:text-neutral-100 ${
                      mine === at
                        ? 'bg-sky-100 outline-1 outline-sky-700 dark:bg-sky-950 dark:outline-sky-300'
                        : 'hover:bg-slate-100 dark:hover:bg-neutral-800'
                    }`}
                  >
                    {first && group.id !== 'claims' && group.id !== 'snippets' && (
                      <span className="block font-semibold">{entry.owner}</span>
                    )}
                    <span className="block text-xs break-words text-slate-700 dark:text-slate-300">
                      {entry.of > 1
                        ? t('outline.mention', [
                            clip(entry.text),
                            String(entry.nth),
                            String(entry.of),
                          ])
                        : clip(entry.text)}
                    </span>
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
      <p role="status" className="m-0 min-h-[1.25em] text-xs text-slate-700 dark:text-slate-300">
        {status}
      </p>
    </section>
  );
}

const sectionClass = 'flex flex-col gap-1 border-t border-slate-200 pt-2 dark:border-neutral-800';
const headingClass =
  'm-0 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400';
