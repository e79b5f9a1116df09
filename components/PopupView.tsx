import type { ActorCardData } from '@/lib/kb/types';
import type { Findings } from '@/lib/messaging';
import { OutletDetails } from './OutletDetails';
import type { Level } from '@/lib/settings';
import { LevelPicker } from './LevelPicker';
import { SiteControls, neverChosenText, type SiteControlsProps } from './SiteControls';
import { t } from '@/lib/i18n';
import { displayName } from '@/lib/reader-language';
import { rejectionWords } from './rejection-words';

export interface PopupViewProps {
  host: string | null;
  globalLevel: Level;
  siteLevel: Level | null;
  findings: Findings | null;
  /** Each returns its write, when there is one: the pickers show the choice until it is stored. */
  onGlobalLevel: (level: Level) => Promise<unknown> | void;
  onSiteLevel: (level: Level | null) => Promise<unknown> | void;
  /** Opens the knowledge-base page; the link shows only when given. */
  onOpenKnowledgeBase?: () => void;
  /** Opens the side panel, the list of this page's actors; the button shows only when given. */
  onOpenSidePanel?: () => void;
  /** Opens the library of saved snippets; the link shows only when given. */
  onOpenLibrary?: () => void;
  /** The card of the outlet that publishes on this site, when it is a known outlet's. */
  outletCard?: ActorCardData | null;
  /** The site's choice over detection and "Annotate this page" (components/SiteControls). */
  site?: Pick<SiteControlsProps, 'policy' | 'onPolicy' | 'onAnnotate'>;
}

/** Groups a page's mentions by actor, most mentioned first. */
function countByActor(findings: Findings) {
  const counts = new Map<string, { name: string; count: number }>();
  for (const mention of findings.mentions) {
    const name = displayName({ en: mention.name, zh: mention.zh });
    const entry = counts.get(mention.actorId) ?? { name, count: 0 };
    entry.count += 1;
    counts.set(mention.actorId, entry);
  }
  return [...counts.entries()].sort(
    (a, b) => b[1].count - a[1].count || a[1].name.localeCompare(b[1].name),
  );
}

function FoundOnPage({ findings, host }: { findings: Findings | null; host: string | null }) {
  if (!findings) return <p className="text-sm text-slate-600">{t('popup.notAnnotated')}</p>;
  if (findings.level === 'off') return <p className="text-sm text-slate-600">{t('popup.off')}</p>;
  const chosen = neverChosenText(findings, host);
  if (chosen) return <p className="text-sm text-slate-600">{chosen}</p>;
  if (!findings.isArticle) {
    const reason = rejectionReason(findings);
    return (
      <p className="text-sm text-slate-600">
        {reason ? t('popup.notArticleBecause', { reason }) : t('popup.notArticle')}
      </p>
    );
  }
  const actors = countByActor(findings);
  if (actors.length === 0) return <p className="text-sm text-slate-600">{t('popup.noActors')}</p>;
  return (
    <ul className="flex flex-col gap-0.5 text-sm" aria-label={t('popup.actorsInArticle')}>
      {actors.map(([id, { name, count }]) => (
        <li key={id} className="flex justify-between gap-2">
          <span>{name}</span>
          <span className="text-slate-500 tabular-nums">{count}</span>
        </li>
      ))}
    </ul>
  );
}

/** Why detection passed the page over ("too little prose: ..."), in the reader's language. */
export function rejectionReason(findings: Findings): string | null {
  const signal = findings.signals.findLast((s) => s.startsWith('reason: '));
  return signal ? rejectionWords(signal.slice('reason: '.length)) : null;
}

/** A link-like button to another view of the extension; shown only when it can be opened. */
function PageLink({ onOpen, children }: { onOpen: (() => void) | undefined; children: string }) {
  if (!onOpen) return null;
  return (
    <button
      type="button"
      onClick={onOpen}
      className="cursor-pointer self-start border-0 bg-transparent p-0 text-sm text-sky-800 underline underline-offset-2 hover:decoration-2 focus-visible:outline-2 focus-visible:outline-sky-700"
    >
      {children}
    </button>
  );
}

export function PopupView(props: PopupViewProps) {
  const { host, globalLevel, siteLevel, findings } = props;
  return (
    <main className="flex w-80 flex-col gap-4 p-4 font-sans text-slate-900">
      <h1 className="text-base font-bold">RegLens</h1>
      <LevelPicker
        legend={t('popup.everywhere')}
        value={globalLevel}
        onChange={(level) => (level ? props.onGlobalLevel(level) : undefined)}
      />
      {host && (
        <LevelPicker
          legend={t('popup.onSite', { host })}
          value={siteLevel}
          inheritLabel={t('popup.asEverywhere')}
          onChange={props.onSiteLevel}
        />
      )}
      <section className="flex flex-col gap-1">
        <h2 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
          {t('popup.onThisPage')}
        </h2>
        <FoundOnPage findings={findings} host={host} />
      </section>
      <SiteControls {...{ host, globalLevel, siteLevel, findings }} {...props.site} />
      {props.outletCard && <OutletDetails card={props.outletCard} />}
      <PageLink onOpen={props.onOpenSidePanel}>{t('popup.openSidePanel')}</PageLink>
      <PageLink onOpen={props.onOpenLibrary}>{t('popup.library')}</PageLink>
      <PageLink onOpen={props.onOpenKnowledgeBase}>{t('popup.knowledgeBase')}</PageLink>
      <p className="text-xs text-slate-500">{t('popup.shortcuts')}</p>
    </main>
  );
}
