import { useId, useState } from 'react';
import type { Findings } from '@/lib/messaging';
import type { Level } from '@/lib/levels';
import {
  readerSignals,
  sitePolicies,
  type AnnotateOutcome,
  type PageScope,
  type SitePolicy,
} from '@/lib/site-policy';
import { t } from '@/lib/i18n';
import { usePendingChoice } from './use-pending-choice';

export interface SiteControlsProps {
  host: string | null;
  globalLevel: Level;
  siteLevel: Level | null;
  findings: Findings | null;
  /** The site's choice over detection; the choice shows only with a host and `onPolicy`. */
  policy?: SitePolicy;
  onPolicy?: (policy: SitePolicy) => Promise<unknown> | void;
  /** "Annotate this page" on the tab; the buttons show only with a host and this. */
  onAnnotate?: (scope: PageScope) => Promise<AnnotateOutcome>;
}

/** How many different actors a page names. */
function actorCount(findings: Findings): number {
  return new Set(findings.mentions.map((mention) => mention.actorId)).size;
}

/** The level in force here and where it comes from: this site's own, or everywhere's. */
function LevelInForce({ level, own }: { level: Level; own: boolean }) {
  return (
    <p className="text-sm">
      {t('site.levelHere', [t(`site.levels.${level}`)])}{' '}
      <span className="text-slate-600">({t(own ? 'site.fromSite' : 'site.fromEverywhere')})</span>
    </p>
  );
}

/** What the page's annotation found, as counts. */
function FoundHere({ findings }: { findings: Findings }) {
  const parts = [
    t('site.actors', actorCount(findings)),
    t('site.claims', findings.claims.length),
    t('site.attributions', findings.attributions.length),
    t('site.snippets', findings.snippets.length),
  ];
  return (
    <p className="text-xs text-slate-600" aria-label={t('site.foundHere')}>
      {parts.join(' · ')}
    </p>
  );
}

const buttonClass =
  'cursor-pointer rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-amber-700 disabled:cursor-not-allowed disabled:opacity-50';

/** "Annotate this page": the whole page, or only the passage the reader selected. */
function AnnotateButtons({
  disabled,
  onAnnotate,
}: {
  disabled: boolean;
  onAnnotate: (scope: PageScope) => Promise<AnnotateOutcome>;
}) {
  const [status, setStatus] = useState<string>(disabled ? t('site.annotateOffHint') : '');
  const [busy, setBusy] = useState(false);
  const annotate = (scope: PageScope) => {
    setBusy(true);
    setStatus(t('site.annotating'));
    void onAnnotate(scope)
      .catch((): AnnotateOutcome => 'failed')
      .then((outcome) => {
        setBusy(false);
        setStatus(
          t(
            outcome === 'annotated'
              ? 'site.annotated'
              : outcome === 'no-selection'
                ? 'site.noSelection'
                : 'site.annotateFailed',
          ),
        );
      });
  };
  return (
    <div className="flex flex-col gap-1">
      <div role="group" aria-label={t('site.annotateGroup')} className="flex flex-wrap gap-1">
        <button
          type="button"
          className={buttonClass}
          disabled={disabled || busy}
          onClick={() => annotate('page')}
        >
          {t('site.annotatePage')}
        </button>
        <button
          type="button"
          className={buttonClass}
          disabled={disabled || busy}
          onClick={() => annotate('selection')}
        >
          {t('site.annotateSelection')}
        </button>
      </div>
      <p role="status" className="min-h-4 text-xs text-slate-600">
        {disabled ? t('site.annotateOffHint') : status}
      </p>
    </div>
  );
}

/** The site's choice over detection: a radio group, operated with the arrow keys as any. */
function PolicyPicker({
  host,
  value,
  onChange,
}: {
  host: string;
  value: SitePolicy;
  onChange: (policy: SitePolicy) => Promise<unknown> | void;
}) {
  const name = useId();
  const [shown, choose] = usePendingChoice(value, onChange);
  const hintId = useId();
  return (
    <fieldset className="mt-1 flex flex-col gap-1" aria-describedby={hintId}>
      <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">
        {t('site.policyLegend', [host])}
      </legend>
      <div className="flex flex-wrap gap-1">
        {sitePolicies.map((policy) => (
          <label
            key={policy}
            className="cursor-pointer rounded border border-slate-300 px-2 py-1 text-sm has-[:checked]:border-amber-600 has-[:checked]:bg-amber-100 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-amber-700"
          >
            <input
              type="radio"
              className="sr-only"
              name={name}
              value={policy}
              checked={shown === policy}
              onChange={() => choose(policy)}
            />
            {t(`site.policy.${policy}`)}
          </label>
        ))}
      </div>
      <p id={hintId} className="text-xs text-slate-600">
        {t(`site.policyHint.${shown}`)}
      </p>
    </fieldset>
  );
}

/**
 * Where the reader overrules detection, and what is in force: the level here and its origin,
 * what was found, "Annotate this page" and the site's choice (always, never, follow detection).
 */
export function SiteControls(props: SiteControlsProps) {
  const { host, findings } = props;
  const level = props.siteLevel ?? props.globalLevel;
  const policy = props.policy ?? 'detect';
  const annotated = findings !== null && findings.isArticle && findings.level !== 'off';
  return (
    <section className="flex flex-col gap-2">
      {host && <LevelInForce level={level} own={props.siteLevel !== null} />}
      {annotated && <FoundHere findings={findings} />}
      {host && props.onAnnotate && (
        <AnnotateButtons disabled={level === 'off'} onAnnotate={props.onAnnotate} />
      )}
      {host && props.onPolicy && (
        <PolicyPicker host={host} value={policy} onChange={props.onPolicy} />
      )}
    </section>
  );
}

/** The popup's words for a page on a site the reader never wants annotated; null otherwise. */
export function neverChosenText(findings: Findings, host: string | null): string | null {
  return findings.signals.includes(readerSignals.never) && host
    ? t('site.neverChosen', [host])
    : null;
}
