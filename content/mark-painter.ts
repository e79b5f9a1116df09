/**
 * What every layer does with its marks: a highlighter made with the first mark (an article with
 * nothing to mark gets no style sheet and no registered highlight), painting near the viewport
 * when a passage has many marks, the marks handed to the card service, and all of it taken off
 * when the layer's signal aborts. The marks are drawn for the page they are on: light or dark, as
 * the background behind the article's root decides, read once with the first mark.
 */
import {
  createHighlighter,
  createPaintWindow,
  paintSpans,
  type Highlighter,
  type HighlighterOptions,
  type PaintWindow,
  type SpanToPaint,
  type TextMap,
} from '@/lib/page';
import { pageScheme, type PageScheme } from '@/lib/page/page-scheme';
import type { CardRequest } from './cards';
import type { ListedMark, MarkLabel } from './mark-walker';
import type { LayerContext } from './types';

export interface MarkPainterOptions<T> {
  /** The highlighter's options for a light or a dark page (lib/marks.ts's markHighlighter). */
  highlighter: (scheme: PageScheme) => HighlighterOptions;
  /** The style kind of a mark (a key of `highlighter.kindStyles`). */
  kindOf?: (span: T) => string | undefined;
  /** The card a mark opens, or null for none. */
  cardFor: (span: T) => CardRequest | null;
  /** What a mark is, in words, for the keyboard walk's announcement. */
  describe: (span: T) => MarkLabel;
}

export interface MarkPainter<T> {
  /** Paints one passage's marks. */
  paint(textMap: TextMap, spans: readonly T[]): void;
}

/**
 * The scheme behind a root, read once for the layers that start together: they start in one
 * task, and each read walks the root's ancestors' computed styles. Forgotten after that task, so
 * a layer started later (the level raised) reads the page as it is then.
 */
const schemes = new WeakMap<Element, PageScheme>();
function schemeBehind(root: Element): PageScheme {
  let scheme = schemes.get(root);
  if (scheme === undefined) {
    scheme = pageScheme(root);
    schemes.set(root, scheme);
    queueMicrotask(() => schemes.delete(root));
  }
  return scheme;
}

export function createMarkPainter<T extends SpanToPaint>(
  { doc, page, cards, signal }: Pick<LayerContext, 'doc' | 'page' | 'cards' | 'signal'>,
  options: MarkPainterOptions<T>,
): MarkPainter<T> {
  let painting: { highlighter: Highlighter; paintWindow: PaintWindow | null } | null = null;
  const spanOf = new Map<string, T>();
  const mapOf = new Map<string, TextMap>();
  let passages = 0;

  const start = () => {
    if (painting !== null) return painting;
    const highlighter = createHighlighter(doc, options.highlighter(schemeBehind(page.root)));
    // Wrappers change the page's DOM locally and cost nothing per change elsewhere: no window there.
    const paintWindow =
      highlighter.mode === 'custom-highlight' ? createPaintWindow(doc, { signal }) : null;
    painting = { highlighter, paintWindow };
    cards.addSource(
      {
        idAtPoint: (x, y) => highlighter.idAtPoint(x, y),
        rectOf: (id) => highlighter.rangesOf(id)[0]?.getBoundingClientRect() ?? null,
        rangeOf: (id) => highlighter.rangesOf(id)[0] ?? null,
        setActive: (id) => highlighter.setActive(id),
        cardFor: (id) => {
          const span = spanOf.get(id);
          return span === undefined ? null : options.cardFor(span);
        },
        // Painted or not yet (far from the viewport): the walk reaches every mark.
        listMarks: () =>
          [...spanOf].map(([id, span]): ListedMark => ({
            id,
            textMap: mapOf.get(id)!,
            start: span.start,
            end: span.end,
            label: () => options.describe(span),
          })),
      },
      signal,
    );
    signal.addEventListener('abort', () => highlighter.destroy(), { once: true });
    return painting;
  };

  return {
    paint(textMap, spans) {
      const idPrefix = `p${passages++}m`;
      if (spans.length === 0 || signal.aborted) return;
      const { highlighter, paintWindow } = start();
      const painted = paintSpans(highlighter, textMap, spans, {
        idPrefix,
        paintWindow,
        kindOf: options.kindOf,
      });
      for (const [id, span] of painted) {
        spanOf.set(id, span);
        mapOf.set(id, textMap);
      }
    },
  };
}
