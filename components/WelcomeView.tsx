import { useEffect, useRef, useState } from 'react';
import type { Level } from '@/lib/levels';
import { levelIncludes } from '@/lib/levels';
import { t } from '@/lib/i18n';
import {
  attributionLines,
  claimMark,
  markHighlighter,
  nameMarks,
  snippetMark,
  type MarkLayer,
} from '@/lib/marks';
import type { ActorKind } from '@/lib/kb/schema';
import type { AttributionKind } from '@/lib/match/attribution';
import { createHighlighter, type Highlighter } from '@/lib/page/highlighter';
import { pageScheme } from '@/lib/page/page-scheme';
import { buildTextMap } from '@/lib/page/text-map';
import type { AnnotatedPassage } from '@/lib/welcome-sample';
import { LevelPicker } from './LevelPicker';
import { MarkSwatch } from './MarkSwatch';

export interface WelcomeViewProps {
  /** The sample, read by the annotator's own matchers (lib/welcome-sample.ts). */
  passages: readonly AnnotatedPassage[];
  /** The level the preview starts at. */
  initialLevel?: Level;
}

const kindNames: Record<ActorKind, () => string> = {
  regulator: () => t('look.kinds.regulator'),
  institution: () => t('look.kinds.institution'),
  company: () => t('look.kinds.company'),
  product: () => t('look.kinds.product'),
  person: () => t('look.kinds.person'),
  outlet: () => t('look.kinds.outlet'),
  law: () => t('look.kinds.law'),
  event: () => t('look.kinds.event'),
};

const attributionNames: Record<AttributionKind, () => string> = {
  anonymous: () => t('look.attributions.anonymous'),
  'named-official': () => t('look.attributions.namedOfficial'),
  'official-document': () => t('look.attributions.officialDocument'),
  'company-statement': () => t('look.attributions.companyStatement'),
  'no-comment': () => t('look.attributions.noComment'),
  'other-outlet': () => t('look.attributions.otherOutlet'),
  vague: () => t('look.attributions.vague'),
};

const levelMeanings: Record<Level, () => string> = {
  off: () => t('welcome.levels.off'),
  names: () => t('welcome.levels.names'),
  claims: () => t('welcome.levels.claims'),
  full: () => t('welcome.levels.full'),
};

/** Which layer each level adds, lowest first. */
const layerLevels: [MarkLayer, Level][] = [
  ['claims', 'claims'],
  ['attributions', 'full'],
  ['names', 'names'],
];

/** The spans of a passage a layer marks, with the kind that picks their style. */
function spansOf(passage: AnnotatedPassage, layer: MarkLayer) {
  switch (layer) {
    case 'names':
      return passage.names.map(({ start, end, kind }) => ({ start, end, kind: kind as string }));
    case 'claims':
      return passage.claims.map(({ start, end }) => ({ start, end, kind: undefined }));
    case 'attributions':
      return passage.cues.map(({ start, end, kind }) => ({ start, end, kind: kind as string }));
    case 'snippets':
      return [];
  }
}

/**
 * Paints the sample's marks at `level` with the page's own highlighters and mark styles, as the
 * annotator paints an article; the marks come off when the level changes.
 */
function useSampleMarks(
  texts: React.RefObject<(HTMLElement | null)[]>,
  passages: readonly AnnotatedPassage[],
  level: Level,
) {
  useEffect(() => {
    const elements = texts.current;
    const first = elements[0];
    if (!first) return;
    const doc = first.ownerDocument;
    const scheme = pageScheme(first);
    const highlighters: Highlighter[] = [];
    // Text maps, as the annotator reads an article: their ranges stay right where wrapper
    // highlights (browsers without the Custom Highlight API) have split the text.
    const maps = elements.map((element) => (element ? buildTextMap(element) : null));
    for (const [layer, from] of layerLevels) {
      if (!levelIncludes(level, from)) continue;
      const highlighter = createHighlighter(doc, markHighlighter(layer, scheme));
      highlighters.push(highlighter);
      passages.forEach((passage, p) => {
        const map = maps[p];
        if (!map) return;
        spansOf(passage, layer).forEach(({ start, end, kind }, k) => {
          const range = map.rangeFor(start, end);
          if (range) highlighter.add(`${layer}-${p}-${k}`, [range], kind);
        });
      });
    }
    return () => highlighters.forEach((highlighter) => highlighter.destroy());
  }, [texts, passages, level]);
}

function LegendRow({ swatch, label }: { swatch: React.ReactNode; label?: string }) {
  return (
    <li className="flex items-baseline gap-2">
      {swatch}
      {label && <span className="text-slate-600 dark:text-neutral-400">{label}</span>}
    </li>
  );
}

/** The first-run page: RegLens on a sample article, what each mark and each level means. */
export function WelcomeView({ passages, initialLevel = 'claims' }: WelcomeViewProps) {
  const [level, setLevel] = useState<Level>(initialLevel);
  const texts = useRef<(HTMLElement | null)[]>([]);
  useSampleMarks(texts, passages, level);

  const count = (what: (p: AnnotatedPassage) => readonly unknown[], from: Level) =>
    String(levelIncludes(level, from) ? passages.reduce((n, p) => n + what(p).length, 0) : 0);
  const heading =
    'm-0 mb-2 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-neutral-400';

  return (
    <main className="mx-auto box-border flex max-w-3xl flex-col gap-6 p-6 font-sans text-[15px] leading-relaxed">
      <header>
        <h1 className="m-0 text-2xl font-semibold">{t('welcome.title')}</h1>
        <p className="m-0 mt-2 text-slate-700 dark:text-neutral-300">{t('welcome.intro')}</p>
      </header>

      <section>
        <LevelPicker
          legend={t('welcome.previewLegend')}
          value={level}
          onChange={(picked) => setLevel(picked ?? 'claims')}
        />
        <p className="m-0 mt-2 text-sm" aria-live="polite" data-level-meaning={level}>
          {levelMeanings[level]()}
        </p>
      </section>

      <section aria-labelledby="welcome-sample">
        <h2 id="welcome-sample" className={heading}>
          {t('welcome.sampleHeading')}
        </h2>
        <div className="flex flex-col gap-4 rounded-lg border border-slate-200 p-4 dark:border-neutral-700">
          {passages.map((passage, p) => (
            <article key={passage.lang} lang={passage.lang} data-sample={passage.lang}>
              <h3 className="m-0 text-lg font-semibold">{passage.headline}</h3>
              <p
                className="m-0 mt-1 font-serif text-[17px] leading-8"
                ref={(element) => {
                  texts.current[p] = element;
                }}
              >
                {passage.text}
              </p>
            </article>
          ))}
        </div>
        <p className="m-0 mt-2 text-xs text-slate-600 dark:text-neutral-400" data-sample-count="">
          {t('welcome.found', [
            count((p) => p.names, 'names'),
            count((p) => p.claims, 'claims'),
            count((p) => p.cues, 'full'),
          ])}{' '}
          {t('welcome.sampleNote')}
        </p>
      </section>

      <section aria-labelledby="welcome-legend" className="grid gap-4 sm:grid-cols-3">
        <h2 id="welcome-legend" className={`${heading} sm:col-span-3`}>
          {t('welcome.legendHeading')}
        </h2>
        <div>
          <h3 className="m-0 mb-1 text-sm font-semibold">{t('welcome.namesHeading')}</h3>
          <ul className="m-0 flex list-none flex-col gap-1.5 p-0 text-sm">
            {(Object.keys(nameMarks) as ActorKind[]).map((kind) => (
              <LegendRow
                key={kind}
                swatch={
                  <MarkSwatch line={nameMarks[kind]} washed>
                    {kindNames[kind]()}
                  </MarkSwatch>
                }
              />
            ))}
          </ul>
        </div>
        <div>
          <h3 className="m-0 mb-1 text-sm font-semibold">{t('welcome.claimsHeading')}</h3>
          <ul className="m-0 flex list-none flex-col gap-1.5 p-0 text-sm">
            <LegendRow
              swatch={
                <MarkSwatch line={claimMark} washed>
                  {t('look.claim')}
                </MarkSwatch>
              }
            />
            <LegendRow
              swatch={
                <MarkSwatch line={snippetMark} washed>
                  {t('look.snippet')}
                </MarkSwatch>
              }
            />
          </ul>
        </div>
        <div>
          <h3 className="m-0 mb-1 text-sm font-semibold">{t('welcome.attributionsHeading')}</h3>
          <ul className="m-0 flex list-none flex-col gap-1.5 p-0 text-sm">
            {(Object.keys(attributionLines) as AttributionKind[]).map((kind) => (
              <LegendRow
                key={kind}
                swatch={
                  <MarkSwatch line={attributionLines[kind]}>{attributionNames[kind]()}</MarkSwatch>
                }
              />
            ))}
          </ul>
        </div>
      </section>

      <section aria-labelledby="welcome-how">
        <h2 id="welcome-how" className={heading}>
          {t('welcome.howHeading')}
        </h2>
        <ul className="m-0 flex list-disc flex-col gap-1 pl-5 text-sm">
          <li>{t('welcome.howLevel')}</li>
          <li>{t('welcome.howCard')}</li>
          <li>{t('welcome.howPanel')}</li>
          <li>{t('welcome.howSave')}</li>
        </ul>
      </section>
    </main>
  );
}
