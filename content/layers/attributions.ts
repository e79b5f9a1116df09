/**
 * Attributions (the fullest level): in every sentence that says where it comes from, the words
 * that say so are underlined in their kind's style (unnamed sources, a named official, a document,
 * the company, no comment, another outlet, vague voices); a dwell opens the legend.
 */
import type { AttributedSentence } from '@/lib/background/analyzers/attributions';
import { attributionMarks, markHighlighter } from '@/lib/marks';
import { t } from '@/lib/i18n';
import { createMarkPainter } from '../mark-painter';
import type { AnnotationLayer, LayerContext, LayerSession, Passage } from '../types';

function start(context: LayerContext): LayerSession {
  const painter = createMarkPainter<AttributedSentence>(context, {
    highlighter: (scheme) => markHighlighter('attributions', scheme),
    kindOf: (hit) => hit.kind,
    cardFor: (hit) => ({ kind: 'attribution', attribution: hit.kind, cue: hit.cue }),
    describe: (hit) => ({
      name: t(attributionMarks[hit.kind].label),
      kind: t('walk.kindAttribution'),
    }),
  });
  // The cue words are marked, not the whole sentence: a sentence that carries a known claim is
  // marked by the claims layer, and the two must stay apart.
  const addPassage = ({ analyses, textMap }: Passage) =>
    painter.paint(
      textMap,
      (analyses.attributions?.sentences ?? []).map((hit) => ({
        ...hit,
        start: hit.cueStart,
        end: hit.cueEnd,
      })),
    );
  context.page.passages.forEach(addPassage);
  return { addPassage };
}

export const attributions: AnnotationLayer<'attributions'> = {
  id: 'attributions',
  level: 'full',
  findingsKey: 'attributions',
  start,
  report: (analysis) =>
    analysis.sentences.map(({ kind, text, start, end }) => ({ kind, text, start, end })),
};
