/**
 * Names: every known actor in the article is highlighted, and a short dwell on one opens its card.
 */
import {
  createHighlighter,
  createPaintWindow,
  paintMentions,
  type Highlighter,
  type PaintWindow,
} from '@/lib/page';
import type { AnnotationLayer, LayerContext, LayerSession, Passage } from '../types';

const highlightStyles = {
  base: 'background-color: rgba(255, 214, 102, 0.45); text-decoration: underline dotted rgba(146, 94, 0, 0.9);',
  active: 'background-color: rgba(255, 179, 0, 0.6);',
};

interface Painting {
  highlighter: Highlighter;
  paintWindow: PaintWindow | null;
}

function start({ doc, page, cards, signal }: LayerContext): LayerSession {
  // Nothing is added to the page (no style sheet, no registered highlight) until there is a
  // name to paint: most articles a reader opens name no actor the knowledge base knows.
  let painting: Painting | null = null;
  const actorOfHighlight = new Map<string, string>();
  const startPainting = (): Painting => {
    if (painting !== null) return painting;
    const highlighter = createHighlighter(doc, {
      name: 'reglens-actor',
      styles: highlightStyles.base,
      activeStyles: highlightStyles.active,
    });
    // Wrappers change the page's DOM locally and cost nothing per change elsewhere: no window there.
    const paintWindow =
      highlighter.mode === 'custom-highlight' ? createPaintWindow(doc, { signal }) : null;
    painting = { highlighter, paintWindow };
    cards.addSource(
      {
        idAtPoint: (x, y) => highlighter.idAtPoint(x, y),
        rectOf: (id) => highlighter.rangesOf(id)[0]?.getBoundingClientRect() ?? null,
        setActive: (id) => highlighter.setActive(id),
        cardFor: (id) => {
          const actorId = actorOfHighlight.get(id);
          return actorId === undefined ? null : { kind: 'actor', id: actorId };
        },
      },
      signal,
    );
    return painting;
  };

  let passages = 0;
  const addPassage = ({ analyses, textMap }: Passage) => {
    const idPrefix = `p${passages++}m`;
    const mentions = analyses.names?.mentions ?? [];
    if (mentions.length === 0) return;
    const { highlighter, paintWindow } = startPainting();
    const painted = paintMentions(highlighter, textMap, mentions, { idPrefix, paintWindow });
    for (const [id, actorId] of painted) actorOfHighlight.set(id, actorId);
  };
  page.passages.forEach(addPassage);

  signal.addEventListener('abort', () => painting?.highlighter.destroy(), { once: true });
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
