/**
 * Names: every known actor in the article is highlighted, and a short dwell on one opens its card.
 */
import type { Mention } from '@/lib/kb/types';
import { nameMarkStyles } from '@/lib/marks';
import { createMarkPainter } from '../mark-painter';
import type { AnnotationLayer, LayerContext, LayerSession, Passage } from '../types';

function start(context: LayerContext): LayerSession {
  const painter = createMarkPainter<Mention>(context, {
    highlighter: {
      name: 'reglens-actor',
      styles: nameMarkStyles.base,
      activeStyles: nameMarkStyles.active,
      // Above claim sentences and attribution cues, which names often sit inside.
      priority: 4,
    },
    kindOf: (mention) => mention.actorId,
    cardFor: (mention) => ({ kind: 'actor', id: mention.actorId }),
  });
  const addPassage = ({ analyses, textMap }: Passage) =>
    painter.paint(textMap, analyses.names?.mentions ?? []);
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
      if (!label) return [];
      const zh = label.zh ? { zh: label.zh } : {};
      return [{ actorId, name: label.name, ...zh, kind: label.kind, text, start, end }];
    }),
};
