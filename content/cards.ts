/**
 * One hover-intent and card service for every layer of a page. Layers add their marks as
 * sources; the service hit-tests the pointer against them once per frame, runs the one
 * hover-intent state machine, fetches what a card shows and hands it to the popover, which hosts
 * any kind of card. The card's code (React) is loaded once the page has marks and is idle, or
 * when the pointer first enters a mark, not with the page (card-preload.ts). During the dwell the
 * card is fetched, drawn and placed unseen (staged), so the dwell's end only has to reveal it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ActorCardData, ClaimCardData } from '@/lib/kb/types';
import type { AttributionKind } from '@/lib/match/attribution';
import type { Snippet } from '@/lib/snippets/schema';
import { send } from '@/lib/send';
import { createHoverIntent } from '@/lib/page/hover-intent';
import { DEFAULT_HOVER_DELAY_MS, HOVER_CLOSE_DELAY_MS, STAGE_DELAY_MS } from '@/lib/hover-delay';
import { followHoverDelay } from '@/lib/hover-delay-client';
import type { ListedMark } from './mark-walker';
import type { CardAnchor, CardPopover } from './card-popover';
import { markAnchor } from './card-anchor';
import { preloadWhenIdle } from './card-preload';
import { loadCardUi } from './card-ui-loader';
import { markAgain, timelineMarks } from './timeline-marks';

/** Which card a mark opens. */
export type CardRequest =
  | { kind: 'actor'; id: string }
  | { kind: 'claim'; id: string }
  | { kind: 'attribution'; attribution: AttributionKind; cue: string }
  | { kind: 'snippet'; snippet: Snippet };

/** What a card shows, fetched for a request. */
export type CardContent =
  | { kind: 'actor'; data: ActorCardData }
  | { kind: 'claim'; data: ClaimCardData }
  | { kind: 'attribution'; attribution: AttributionKind; cue: string }
  | { kind: 'snippet'; snippet: Snippet };

/** One layer's marks, as the service sees them. */
export interface MarkSource {
  /** The id of the layer's mark at a viewport point, or null. */
  idAtPoint(x: number, y: number): string | null;
  /** Where a mark is now, to place its card; null once it is gone. */
  rectOf(id: string): DOMRect | null;
  /** The mark's text, which its card follows as the page or a container scrolls. */
  rangeOf?(id: string): Range | null;
  /** Shows a mark as the one whose card is open (null: none). */
  setActive(id: string | null): void;
  /** The card a mark opens, or null when it opens none. */
  cardFor(id: string): CardRequest | null;
  /** Every mark of the layer, painted yet or not, for the keyboard walk and the side panel. */
  listMarks?(): readonly ListedMark[];
}

/** A source as the keyboard paths see it: its layer and its place among the layers. */
export interface ShownSource {
  source: MarkSource;
  layer: string;
  rank: number;
}

export interface CardService {
  /**
   * Adds a layer's marks; they stop opening cards when `signal` aborts. Where marks overlap, the
   * source with the lower `rank` wins (the page flow ranks layers by their place in the list),
   * whenever each was added.
   */
  addSource(source: MarkSource, signal: AbortSignal, rank?: number, layer?: string): void;
  /** The sources shown now, in rank order. */
  sources(): readonly ShownSource[];
  /**
   * Opens a mark's card without the pointer (the keyboard walk, the side panel), placed by
   * `anchor`, which is asked again as the page scrolls; `pin` moves the keyboard into the card.
   */
  openMark(source: MarkSource, id: string, anchor: () => DOMRect | null, pin?: boolean): void;
}

interface Target {
  source: MarkSource;
  id: string;
}

function fetchCard(request: CardRequest): Promise<CardContent | null> {
  switch (request.kind) {
    case 'actor':
      return send('kb.actorCard', { id: request.id }).then((data) =>
        data ? { kind: 'actor', data } : null,
      );
    case 'claim':
      return send('kb.claimCard', { id: request.id }).then((data) =>
        data ? { kind: 'claim', data } : null,
      );
    // The legend and a saved snippet are all in the page: nothing to ask for.
    case 'attribution':
    case 'snippet':
      return Promise.resolve(request);
  }
}

function cacheKey(request: CardRequest): string {
  switch (request.kind) {
    case 'attribution':
      return `${request.kind}:${request.attribution}:${request.cue}`;
    case 'snippet':
      // A snippet's note may change while the page is open: its card is never reused.
      return `${request.kind}:${request.snippet.id}:${request.snippet.updatedAt}`;
    default:
      return `${request.kind}:${request.id}`;
  }
}

export function createCardService(
  doc: Document,
  ctx: ContentScriptContext,
  signal: AbortSignal,
): CardService {
  const sources: MarkSource[] = [];
  const ranks = new WeakMap<MarkSource, number>();
  const layerOf = new WeakMap<MarkSource, string>();
  const serials = new WeakMap<MarkSource, number>();
  let added = 0;
  // Intent works on string keys; each key stands for one mark of one source.
  const targets = new Map<string, Target>();
  const keyOf = (source: MarkSource, id: string) => {
    const key = `${serials.get(source)}:${id}`;
    targets.set(key, { source, id });
    return key;
  };

  // Cards are asked for once per page: what they show does not change while the reader reads.
  const cards = new Map<string, Promise<CardContent | null>>();
  const cardOf = (request: CardRequest) => {
    const key = cacheKey(request);
    let card = cards.get(key);
    if (!card) {
      card = fetchCard(request).catch(() => null);
      cards.set(key, card);
    }
    return card;
  };

  let popover: CardPopover | null = null;
  let popoverLoading: Promise<CardPopover | null> | null = null;
  const getPopover = () => {
    popoverLoading ??= loadCardUi()
      .then((ui) => {
        if (signal.aborted) return null;
        popover = ui.createCardPopover(ctx);
        popover.onSelectActor((id) => void show({ kind: 'actor', id }, intent.current()));
        popover.onSelectClaim((id) => void show({ kind: 'claim', id }, intent.current()));
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

  let anchor: CardAnchor | null = null;
  let active: Target | null = null;
  /** A card opened from the keyboard: where its mark is, where the pointer was, whether to pin. */
  let keyboard: {
    anchor: () => DOMRect | null;
    pointer: { x: number; y: number } | null;
    pin: boolean;
  } | null = null;
  let lastPointer: { x: number; y: number } | null = null;
  const show = async (request: CardRequest, forKey: string | null) => {
    const [content, card] = await Promise.all([cardOf(request), getPopover()]);
    // The pointer may have moved on while the card loaded: only the current mark shows.
    if (!content || !card || !anchor || signal.aborted || intent.current() !== forKey) return;
    card.show(anchor, content);
    if (keyboard?.pin) card.pin();
  };

  /** The mark whose dwell is under way, whose card is staged once it is fetched and drawn. */
  let dwelling: string | null = null;
  /**
   * Fetches the card of the mark the dwell began on at once, and draws it unseen once it and the
   * card's code are in and the pointer has rested STAGE_DELAY_MS (half the dwell, if shorter).
   */
  const stage = (key: string) => {
    const target = targets.get(key);
    const request = target?.source.cardFor(target.id);
    if (!target || !request) return;
    // A card that cannot be drawn now is reported when it is asked to show.
    void Promise.all([
      cardOf(request),
      getPopover(),
      new Promise((resolve) =>
        setTimeout(resolve, Math.min(STAGE_DELAY_MS, intent.openDelay() / 2)),
      ),
    ])
      .then(([content, card]) => {
        // Only while the dwell on this mark goes on, and no card is open: one is shown at a time.
        if (!content || !card || signal.aborted || dwelling !== key || intent.current() !== null)
          return;
        const rect = target.source.rectOf(target.id);
        if (rect) card.stage(key, markAnchor(target.source, target.id, rect), content);
      })
      .catch(() => {});
  };

  const intent = createHoverIntent({
    openDelay: DEFAULT_HOVER_DELAY_MS,
    closeDelay: HOVER_CLOSE_DELAY_MS,
    onDwell(key) {
      dwelling = key;
      popover?.unstage();
      if (key !== null) stage(key);
    },
    onOpen(key) {
      markAgain(timelineMarks.dwellEnd);
      dwelling = null;
      const target = targets.get(key);
      const request = target?.source.cardFor(target.id);
      const rect = keyboard ? keyboard.anchor() : target?.source.rectOf(target.id);
      if (!target || !request || !rect) {
        popover?.unstage();
        return;
      }
      // The card follows its mark as the page scrolls, whether opened by pointer or keyboard.
      anchor = markAnchor(target.source, target.id, rect);
      // Switching to another layer's mark: the last one is no longer the active one.
      if (active && active.source !== target.source) active.source.setActive(null);
      active = target;
      target.source.setActive(target.id);
      // Staged during the dwell: only to be seen now. Otherwise (not ready yet, from the keyboard,
      // switching from another open card) it is drawn now.
      if (keyboard || !popover?.reveal(key)) void show(request, key);
    },
    onClose() {
      active?.source.setActive(null);
      active = null;
      keyboard = null;
      popover?.hide();
    },
  });
  followHoverDelay((ms) => intent.setOpenDelay(ms), signal);

  const markAt = (x: number, y: number): string | null => {
    for (const source of sources) {
      const id = source.idAtPoint(x, y);
      if (id !== null) return keyOf(source, id);
    }
    return null;
  };

  // Pointer moves are coalesced to one hit test per frame. The card reports the pointer on
  // itself, so only moves over the page around it are hit-tested.
  let pending: { x: number; y: number } | null = null;
  const hitTest = () => {
    if (pending) {
      intent.pointerOverTarget(markAt(pending.x, pending.y));
    }
    pending = null;
  };
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (sources.length === 0) return;
      if (popover?.isOpen() && popover.containsEventTarget(event)) return;
      lastPointer = { x: event.clientX, y: event.clientY };
      // The browser reports the resting pointer again as the page scrolls under it: a card opened
      // from the keyboard stays until the pointer really moves.
      if (keyboard && (!keyboard.pointer || near(keyboard.pointer, lastPointer))) {
        keyboard.pointer ??= lastPointer;
        return;
      }
      keyboard = null;
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

  signal.addEventListener(
    'abort',
    () => {
      intent.dispose();
      popover?.destroy();
    },
    { once: true },
  );

  return {
    addSource(source, sourceSignal, rank = 0, layer = '') {
      if (sourceSignal.aborted) return;
      if (added === 0) {
        preloadWhenIdle(
          () => void getPopover().then((card) => card?.prepare().catch(() => {})),
          signal,
        );
      }
      serials.set(source, added++);
      ranks.set(source, rank);
      layerOf.set(source, layer);
      sources.push(source);
      // Stable: sources of one rank keep the order they came in.
      sources.sort((a, b) => ranks.get(a)! - ranks.get(b)!);
      sourceSignal.addEventListener(
        'abort',
        () => {
          if (active?.source === source) intent.escape();
          // A card staged for one of its marks goes with them; the dwell ends on a mark now gone.
          if (dwelling !== null && targets.get(dwelling)?.source === source) popover?.unstage();
          const index = sources.indexOf(source);
          if (index >= 0) sources.splice(index, 1);
          for (const [key, target] of targets) if (target.source === source) targets.delete(key);
        },
        { once: true },
      );
    },
    sources: () =>
      sources.map((source) => ({
        source,
        layer: layerOf.get(source) ?? '',
        rank: ranks.get(source) ?? 0,
      })),
    openMark(source, id, anchorOf, pin = false) {
      if (!sources.includes(source)) return;
      const key = keyOf(source, id);
      if (keyboard && intent.current() === key) {
        // Already open from the keyboard: pinning moves the keyboard in (now, or once it shows).
        keyboard.anchor = anchorOf;
        keyboard.pin ||= pin;
        if (pin) popover?.pin();
        return;
      }
      keyboard = { anchor: anchorOf, pointer: lastPointer, pin };
      intent.open(key);
    },
  };
}

/** Whether the pointer is still about where it was: a few pixels of jitter are no move. */
function near(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return Math.abs(a.x - b.x) < 6 && Math.abs(a.y - b.y) < 6;
}
