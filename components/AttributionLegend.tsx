import { ATTRIBUTION_KINDS, type AttributionKind } from '@/lib/match/attribution';
import { attributionLines, attributionMarks } from '@/lib/marks';
import { CardFrame } from './CardFrame';
import { MarkSwatch } from './MarkSwatch';
import { t } from '@/lib/i18n';

export interface AttributionLegendProps {
  /** The kind of the mark the reader is on; the legend starts from it. */
  kind: AttributionKind;
  /** The words that gave the kind away, as the page writes them. */
  cue: string;
  onClose?: () => void;
}

function Swatch({ kind }: { kind: AttributionKind }) {
  return (
    <span className="inline-block w-8 shrink-0 text-center leading-none">
      <MarkSwatch line={attributionLines[kind]} />
    </span>
  );
}

/**
 * What an attribution mark says about its sentence, and the legend of every kind, so a reader
 * learns the marks from the one in front of them.
 */
export function AttributionLegend({ kind, cue, onClose }: AttributionLegendProps) {
  const mark = attributionMarks[kind];
  return (
    <CardFrame
      label={t('legend.label')}
      tag={t('legend.tag')}
      title={t(mark.label)}
      onClose={onClose}
    >
      <p className="m-0 mt-1">{t(mark.meaning)}</p>
      <p className="m-0 mt-1 text-xs text-neutral-600 dark:text-neutral-400">
        {t('legend.cue')} <q>{cue}</q>
      </p>
      <h3 className="m-0 mt-3 text-[11px] font-semibold tracking-wider text-neutral-500 uppercase dark:text-neutral-400">
        {t('legend.heading')}
      </h3>
      <ul aria-label={t('legend.marks')} className="m-0 mt-1 list-none space-y-1 p-0 text-xs">
        {ATTRIBUTION_KINDS.map((other) => (
          <li
            key={other}
            className="flex items-baseline gap-2"
            aria-current={other === kind ? 'true' : undefined}
          >
            <Swatch kind={other} />
            <span className={other === kind ? 'font-semibold' : undefined}>
              {t(attributionMarks[other].label)}
            </span>
          </li>
        ))}
      </ul>
    </CardFrame>
  );
}
