/**
 * Names: every known actor in the article is highlighted in its kind's mark (a regulator, a
 * company, a law, ...), and a short dwell on one opens its card.
 */
import type { ActorLabel, Mention } from '@/lib/kb/types';
import type { ActorKind } from '@/lib/kb/schema';
import { kindLabel } from '@/components/kind-labels';
import { markHighlighter } from '@/lib/marks';
import { createMarkPainter } from '../mark-painter';
import type { AnnotationLayer, LayerContext, LayerSession, Passage } from '../types';

function start(context: LayerContext): LayerSession {
  const actors = new Map<string, ActorLabel>();
  const painter = createMarkPainter<Mention & { kind?: ActorKind }>(context, {
    highlighter: (scheme) => markHighlighter('names', scheme),
    kindOf: (mention) => mention.kind,
    cardFor: (mention) => ({ kind: 'actor', id: mention.actorId }),
    describe: (mention) => {
      const actor = actors.get(mention.actorId);
      return actor
        ? { name: actor.name, kind: kindLabel(actor.kind) }
        : { name: mention.text, kind: '' };
    },
  });
  const addPassage = ({ analyses, textMap }: Passage) => {
    for (const [id, label] of Object.entries(analyses.names?.actors ?? {})) actors.set(id, label);
    painter.paint(
      textMap,
      (analyses.names?.mentions ?? []).map((mention) => ({
        ...mention,
        kind: analyses.names?.actors[mention.actorId]?.kind,
      })),
    );
  };
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
