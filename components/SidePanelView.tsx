import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ActorKind } from '@/lib/kb/schema';
import type { ActorCardData, ClaimCardData } from '@/lib/kb/types';
import type { Findings, ListedSnippet } from '@/lib/messaging';
import type { Level } from '@/lib/settings';
import { ActorCard } from './ActorCard';
import { OutletDetails } from './OutletDetails';
import { rejectionReason } from './PopupView';
import { kindLabel } from './kind-labels';
import { PageClaims, PageSnippets } from './PageClaims';
import { PageOutline } from './PageOutline';
import type { OutlineEntry } from './outline-entries';
import { t } from '@/lib/i18n';
import { displayName } from '@/lib/reader-language';

export interface SidePanelViewProps {
  /** What the shown tab reported, or null when it has reported nothing yet. */
  findings: Findings | null;
  /** The level the settings put in force on the tab now; null when not known (yet). */
  level: Level | null;
  /** The actor whose card is open, found on the page or reached through a relation. */
  selectedId: string | null;
  /** The card of the selected actor; one of another actor (still loading the new one) is ignored. */
  card: ActorCardData | null;
  /** An entry of the list was chosen. */
  onSelect: (id: string) => void;
  /** A related actor was chosen on the open card. */
  onSelectActor: (id: string) => void;
  /** The card was closed: back to the list alone. */
  onBack: () => void;
  /** The claim whose card is open, chosen in the list of the page's claims. */
  selectedClaimId?: string | null;
  claimCard?: ClaimCardData | null;
  onSelectClaim?: (id: string | null) => void;
  /** The reader's snippets from this page, with their state on it. */
  snippets?: readonly ListedSnippet[];
  onOpenLibrary?: () => void;
  /** The card of the outlet that publishes on this site, when it is a known outlet's. */
  outletCard?: ActorCardData | null;
  /** An outline entry was chosen: show its mark on the page and open its card there. */
  onReveal?: (entry: OutlineEntry) => Promise<boolean>;
}

interface ActorGroup {
  id: string;
  name: string;
  kind: ActorKind;
  count: number;
  /** The texts matched on the page, each once, in the order they first appear. */
  texts: string[];
  firstStart: number;
}

/** One entry per actor, in the order the actors first appear on the page. */
function groupByActor(findings: Findings): ActorGroup[] {
  const groups = new Map<string, ActorGroup>();
  for (const mention of findings.mentions) {
    // A name broken over lines in the page's source is still one name to a reader.
    const text = mention.text.replace(/\s+/g, ' ').trim();
    let group = groups.get(mention.actorId);
    if (!group) {
      group = {
        id: mention.actorId,
        name: displayName({ en: mention.name, zh: mention.zh }),
        kind: mention.kind,
        count: 0,
        texts: [],
        firstStart: Infinity,
      };
      groups.set(mention.actorId, group);
    }
    group.count += 1;
    if (text && !group.texts.includes(text)) group.texts.push(text);
    group.firstStart = Math.min(group.firstStart, mention.start);
  }
  // Array.prototype.sort is stable, so actors starting at the same offset keep the report's order.
  return [...groups.values()].sort((a, b) => a.firstStart - b.firstStart);
}

const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 dark:focus-visible:outline-sky-300';

function Notice({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div role="status" className="flex flex-col gap-1">
      <p className="m-0 font-medium">{title}</p>
      {children && <p className="m-0 text-slate-600 dark:text-slate-400">{children}</p>}
    </div>
  );
}

/**
 * The accessible view of a page's findings: every actor found, as a list a keyboard or a screen
 * reader can walk (Up and Down move, Enter or Space opens the actor's card right below its entry),
 * so nothing the highlights offer to a mouse is out of reach without one. Laid out for a side
 * panel, 320 to 400 px wide.
 */
export function SidePanelView(props: SidePanelViewProps) {
  const { findings, level } = props;
  const title = findings?.title.trim() || t('sidePanel.thisTab');
  let body: ReactNode;
  if (!findings) {
    body = <Notice title={t('sidePanel.notAnnotated')}>{t('sidePanel.notAnnotatedWhy')}</Notice>;
  } else if (level === 'off' || findings.level === 'off') {
    body = <Notice title={t('sidePanel.off')}>{t('sidePanel.offHow')}</Notice>;
  } else if (!findings.isArticle) {
    body = (
      <Notice title={t('sidePanel.notArticle')}>
        {rejectionReason(findings) && t('sidePanel.why', { reason: rejectionReason(findings)! })}
        {rejectionReason(findings) && ' '}
        {t('sidePanel.leftAlone')}
      </Notice>
    );
  } else {
    const groups = groupByActor(findings);
    body = (
      <>
        {groups.length === 0 ? (
          <Notice title={t('sidePanel.noActors')} />
        ) : (
          <ActorList {...props} groups={groups} />
        )}
        {props.onSelectClaim && (
          <PageClaims
            claims={findings.claims}
            selectedClaimId={props.selectedClaimId ?? null}
            claimCard={props.claimCard ?? null}
            onSelectClaim={props.onSelectClaim}
            onSelectActor={props.onSelectActor}
          />
        )}
        <PageSnippets snippets={props.snippets ?? []} onOpenLibrary={props.onOpenLibrary} />
        {props.onReveal && <PageOutline findings={findings} onReveal={props.onReveal} />}
      </>
    );
  }

  return (
    <main className="box-border flex min-h-screen min-w-0 flex-col gap-3 bg-white p-3 font-sans text-sm text-slate-900 dark:bg-neutral-950 dark:text-neutral-100">
      <header className="flex flex-col gap-0.5">
        <p className="m-0 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
          {t('sidePanel.onThisPage')}
        </p>
        <h1 className="m-0 text-base leading-snug font-bold break-words">{title}</h1>
      </header>
      {props.outletCard && (
        <OutletDetails card={props.outletCard} onSelectActor={props.onSelectActor} />
      )}
      {body}
    </main>
  );
}

function ActorList({
  groups,
  selectedId,
  card,
  onSelect,
  onSelectActor,
  onBack,
}: SidePanelViewProps & { groups: ActorGroup[] }) {
  const hintId = useId();
  const regionId = useId();
  const entries = useRef(new Map<string, HTMLButtonElement>());
  const region = useRef<HTMLDivElement>(null);
  // Roving focus: only one entry is in the Tab order, so Tab moves past the list in one step and
  // the arrow keys move within it. It is the last entry focused, else the open one, else the first.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const has = (id: string | null) => id !== null && groups.some((group) => group.id === id);
  const tabStop = has(focusedId) ? focusedId : has(selectedId) ? selectedId : groups[0]!.id;
  const selectedOnPage = has(selectedId);

  const focusEntry = (index: number) => {
    const group = groups[Math.max(0, Math.min(groups.length - 1, index))]!;
    entries.current.get(group.id)?.focus();
  };

  const back = () => {
    // Focus goes back to where the reader left the list before the card, and whatever had focus
    // inside it, goes away.
    entries.current.get((selectedOnPage ? selectedId : tabStop)!)?.focus();
    onBack();
  };

  const onEntryKey = (event: KeyboardEvent<HTMLButtonElement>, index: number, id: string) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: groups.length - 1,
    };
    const to = moves[event.key];
    if (to !== undefined) {
      // The arrows would otherwise scroll the panel as well.
      event.preventDefault();
      focusEntry(to);
    } else if (event.key === 'Enter' || event.key === ' ') {
      // Handled here rather than left to the button's click, which comes on key-up for Space:
      // one path for both keys, and the same in every browser.
      event.preventDefault();
      if (id === selectedId) back();
      else onSelect(id);
    } else if (event.key === 'Escape' && id === selectedId) {
      event.preventDefault();
      back();
    }
  };

  // After a related actor is chosen, the button just pressed goes with the old card; without a
  // new home focus would fall to the page's body. The card's region takes it once it has moved
  // (under the actor's own entry when that actor is on the page too).
  const focusCardNext = useRef(false);
  useEffect(() => {
    if (!focusCardNext.current) return;
    focusCardNext.current = false;
    region.current?.focus();
  }, [selectedId]);
  const selectRelated = (id: string) => {
    focusCardNext.current = true;
    onSelectActor(id);
  };

  const cardRegion = selectedId && (
    <div
      id={regionId}
      ref={region}
      tabIndex={-1}
      role="region"
      aria-label={t('sidePanel.actorCard')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          back();
        }
      }}
      // The card is sized for a hover over a page; here it takes the panel's width and grows with
      // its content, so the panel scrolls once instead of the card scrolling inside it.
      className={`mt-1 flex flex-col items-start gap-2 rounded ${focusRing} [&>section]:max-h-none [&>section]:w-full [&>section]:max-w-none [&>section]:shadow-none`}
    >
      <button
        type="button"
        onClick={back}
        className={`cursor-pointer rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800 hover:bg-slate-100 dark:border-neutral-600 dark:bg-neutral-900 dark:text-neutral-100 dark:hover:bg-neutral-800 ${focusRing}`}
      >
        <span aria-hidden="true">← </span>
        {t('sidePanel.back')}
      </button>
      {card && card.actor.id === selectedId ? (
        <ActorCard data={card} onSelectActor={selectRelated} />
      ) : (
        <p role="status" className="m-0 text-slate-600 dark:text-slate-400">
          {t('sidePanel.loadingCard')}
        </p>
      )}
    </div>
  );

  return (
    <section className="flex flex-col gap-2">
      <p id={hintId} className="m-0 text-xs text-slate-600 dark:text-slate-400">
        {t('sidePanel.actorCount', groups.length)}
      </p>
      <ul
        aria-label={t('sidePanel.actorsOnPage')}
        aria-describedby={hintId}
        className="m-0 flex list-none flex-col gap-1 p-0"
      >
        {groups.map((group, index) => {
          const selected = group.id === selectedId;
          const kind = group.kind;
          return (
            <li key={group.id}>
              <button
                type="button"
                ref={(element) => {
                  if (element) entries.current.set(group.id, element);
                  else entries.current.delete(group.id);
                }}
                tabIndex={group.id === tabStop ? 0 : -1}
                aria-expanded={selected}
                aria-current={selected ? 'true' : undefined}
                aria-controls={selected ? regionId : undefined}
                onFocus={() => setFocusedId(group.id)}
                onKeyDown={(event) => onEntryKey(event, index, group.id)}
                onClick={() => (selected ? back() : onSelect(group.id))}
                className={`box-border flex w-full cursor-pointer flex-col gap-0.5 rounded border px-2 py-1.5 text-left font-sans text-sm ${focusRing} ${
                  selected
                    ? 'border-sky-700 bg-sky-50 dark:border-sky-400 dark:bg-sky-950'
                    : 'border-slate-200 bg-white hover:bg-slate-50 dark:border-neutral-700 dark:bg-neutral-900 dark:hover:bg-neutral-800'
                } text-slate-900 dark:text-neutral-100`}
              >
                <span className="flex w-full items-baseline gap-2">
                  <span className="min-w-0 flex-1 font-semibold break-words">{group.name}</span>
                  {kind && (
                    <span className="shrink-0 text-xs text-slate-600 dark:text-slate-400">
                      {kindLabel(kind)}
                    </span>
                  )}
                  <span className="shrink-0 text-xs text-slate-600 tabular-nums dark:text-slate-400">
                    {t('sidePanel.mentions', group.count)}
                  </span>
                </span>
                <span className="text-xs break-words text-slate-600 dark:text-slate-400">
                  {group.texts.join(', ')}
                </span>
              </button>
              {selected && cardRegion}
            </li>
          );
        })}
      </ul>
      {!selectedOnPage && cardRegion}
    </section>
  );
}
