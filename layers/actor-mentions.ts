/**
 * Names: every known actor in the article is highlighted, and a short dwell on one opens its card.
 */
import type { ActorCardData } from '@/lib/messaging';
import { send } from '@/lib/send';
import {
  createHighlighter,
  createPaintWindow,
  paintMentions,
  type Highlighter,
  type PaintWindow,
} from '@/lib/page';
import { createHoverIntent } from '@/lib/page/hover-intent';
import type { AnnotationLayer, LayerContext, LayerSession, Passage } from './types';
import type { CardPopover } from './card-popover';
import { loadCardUi } from './card-ui-loader';

const highlightStyles = {
  base: 'background-color: rgba(255, 214, 102, 0.45); text-decoration: underline dotted rgba(146, 94, 0, 0.9);',
  active: 'background-color: rgba(255, 179, 0, 0.6);',
};

interface Painting {
  highlighter: Highlighter;
  paintWindow: PaintWindow | null;
}

function start({ doc, ctx, page, signal }: LayerContext): LayerSession {
  // Nothing is added to the page (no style sheet, no registered highlight) until there is a
  // name to paint: most articles a reader opens name no actor the knowledge base knows.
  let painting: Painting | null = null;
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
    return painting;
  };
  const actorOfHighlight = new Map<string, string>();
  let passages = 0;
  const addPassage = ({ analysis, textMap }: Passage) => {
    const idPrefix = `p${passages++}m`;
    if (analysis.mentions.length === 0) return;
    const { highlighter, paintWindow } = startPainting();
    const painted = paintMentions(highlighter, textMap, analysis.mentions, {
      idPrefix,
      paintWindow,
    });
    for (const [id, actorId] of painted) actorOfHighlight.set(id, actorId);
  };
  page.passages.forEach(addPassage);

  const cards = new Map<string, Promise<ActorCardData | null>>();
  const cardFor = (actorId: string) => {
    let card = cards.get(actorId);
    if (!card) {
      card = send('kb.actorCard', { id: actorId }).catch(() => null);
      cards.set(actorId, card);
    }
    return card;
  };

  // The popover's code and shadow root are created on the first hover, not on every page.
  let popover: CardPopover | null = null;
  let popoverLoading: Promise<CardPopover | null> | null = null;
  const getPopover = () => {
    popoverLoading ??= loadCardUi()
      .then((ui) => {
        if (signal.aborted) return null;
        popover = ui.createCardPopover(ctx);
        popover.onSelectActor((id) => void showCard(id, intent.current()));
        popover.onPointerInside((inside) => intent.pointerOverCard(inside));
        popover.onDismiss(() => intent.escape());
        return popover;
      })
      .catch((error: unknown) => {
        console.warn('RegLens could not load its card:', error);
        popoverLoading = null;
        return null;
      });
    return popoverLoading;
  };
  let anchor: DOMRect | null = null;
  const showCard = async (actorId: string, forHighlight: string | null) => {
    const [data, card] = await Promise.all([cardFor(actorId), getPopover()]);
    // The pointer may have moved on while the card loaded: only the current highlight shows.
    if (!data || !card || !anchor || signal.aborted || intent.current() !== forHighlight) return;
    card.show(anchor, data);
  };

  const intent = createHoverIntent({
    onOpen(highlightId) {
      const actorId = actorOfHighlight.get(highlightId);
      const rect = painting?.highlighter.rangesOf(highlightId)[0]?.getBoundingClientRect();
      if (!actorId || !rect) return;
      anchor = rect;
      painting?.highlighter.setActive(highlightId);
      void showCard(actorId, highlightId);
    },
    onClose() {
      painting?.highlighter.setActive(null);
      popover?.hide();
    },
  });

  // Pointer moves are coalesced to one hit test per frame. The card reports the pointer on
  // itself, so only moves over the page around it are hit-tested.
  let pending: { x: number; y: number } | null = null;
  const hitTest = () => {
    if (pending && painting) {
      intent.pointerOverTarget(painting.highlighter.idAtPoint(pending.x, pending.y));
    }
    pending = null;
  };
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (popover?.isOpen() && popover.containsEventTarget(event)) return;
      if (!pending) requestAnimationFrame(hitTest);
      pending = { x: event.clientX, y: event.clientY };
    },
    { passive: true, signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') intent.escape();
    },
    { signal },
  );
  // The card is anchored to where the name was; once the page scrolls it would point elsewhere.
  window.addEventListener('scroll', () => intent.escape(), { passive: true, signal });

  signal.addEventListener(
    'abort',
    () => {
      intent.dispose();
      popover?.destroy();
      painting?.highlighter.destroy();
    },
    { once: true },
  );
  return { addPassage };
}

export const actorMentions: AnnotationLayer = { id: 'actor-mentions', level: 'names', start };
