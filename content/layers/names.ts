/**
 * Names: every known actor in the article is highlighted in its kind's mark (a regulator, a
 * company, a law, ...), and a short dwell on one opens its card.
 */
import type { Mention } from '@/lib/kb/types';
import type { ActorKind } from '@/lib/kb/schema';
import { markHighlighter } from '@/lib/marks';
import { createMarkPainter } from '../mark-painter';
import type { AnnotationLayer, LayerContext, LayerSession, Passage } from '../types';

function start(context: LayerContext): LayerSession {
  const painter = createMarkPainter<Mention & { kind?: ActorKind }>(context, {
    highlighter: (scheme) => markHighlighter('names', scheme),
    kindOf: (mention) => mention.kind,
    cardFor: (mention) => ({ kind: 'actor', id: mention.actorId }),
  });
  const addPassage = ({ analyses, textMap }: Passage) =>
    painter.paint(
      textMap,
      (analyses.names?.mentions ?? []).map((mention) => ({
        ...mention,
        kind: analyses.names?.actors[mention.actorId]?.kind,
      })),
    );
  context.page.passages.forEach(addPassage);
  return { addPassage };
}

export const names: AnnotationLayer<'names'> = {
  id: 'names',
  level: 'names',
  findingsKey: 'mentions',
  start,
  // The analysis labels every actor it mentions; a mention without a label has no actor to name.
  report: (analysis) =>
    analysis.mentions.flatMap(({ actorId, text, start, end }) => {
      const label = analysis.actors[actorId];
      return label ? [{ actorId, name: label.name, kind: label.kind, text, start, end }] : [];
    }),
};
