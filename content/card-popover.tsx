/**
 * The hover card on the page: any card (an actor's today; claims, snippets and the legend as their
 * layers arrive) in a shadow root, so the page's styles cannot reach
 * the card and the card's styles cannot reach the page.
 *
 * Nothing of it is in the page while no card shows or is staged: the host element is attached on
 * show() or stage() and detached on hide() or unstage(), and no stylesheet ever goes into the
 * page's <head>. A staged card is the real one drawn during the reader's dwell, placed by its mark
 * but hidden, inert and out of the accessibility tree; at the dwell's end reveal() only makes it
 * visible, so the reader sees it in the next frame. The card's CSS is
 * bundled as a string (`?inline`, so the content script has no CSS file for WXT to load) and put
 * into the shadow root only after shadowSafeCss has turned Tailwind's `@property` rules, which
 * WXT would otherwise copy into the page's <head>, into declarations inside the shadow root.
 *
 * The content script must declare `cssInjectionMode: 'manual'`: with 'ui', createShadowRootUi
 * fetches `content-scripts/<name>.css` (absent here, so a failed request and a console warning)
 * and copies any `@property` or `@font-face` rule it finds there into the page's <head>.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  hide as hideWhenClipped,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import { ActorCard } from '@/components/ActorCard';
import { AttributionLegend } from '@/components/AttributionLegend';
import { ClaimCard } from '@/components/ClaimCard';
import { SnippetCard } from '@/components/SnippetCard';
import { remToPx, shadowSafeCss } from '@/components/shadow-css';
import { NeverAnnotateSite } from '@/components/NeverAnnotateSite';
import { send } from '@/lib/send';
import { pageScheme } from '@/lib/page/page-scheme';
import type { CardContent } from './cards';
import { deepActiveElement, holdFocus } from './card-focus';
import stylesheet from '@/components/styles.css?inline';

/**
 * What a card is placed next to: a mark's range as Floating UI's virtual element (its box, its
 * line boxes, and the element it sits in, whose scrolling ancestors the card follows).
 */
export type CardAnchor = VirtualElement;

export interface CardPopover {
  /**
   * Shows (or switches to) the card for `content`, next to `anchor`; the card follows the anchor
   * while the page or a container scrolls, and takes the page's colour scheme.
   */
  show(anchor: CardAnchor, content: CardContent): void;
  /** Builds the shadow root ahead of the first card, so a card later has only to be drawn. */
  prepare(): Promise<void>;
  /**
   * Draws the card for `content` ahead of its showing, while no card is open: in the page, placed
   * next to `anchor` and following it, but unseen (hidden, inert, out of the accessibility tree),
   * so that reveal(`key`) has only to make it visible. `key` says which mark it is for. A later
   * stage(), show(), unstage() or hide() replaces it.
   */
  stage(key: string, anchor: CardAnchor, content: CardContent): void;
  /**
   * Shows the card staged for `key` as show() would have shown it, without drawing it again.
   * False when no card is staged for `key` (then nothing changed: show() is the way).
   */
  reveal(key: string): boolean;
  /** Takes a staged card off, so the page's DOM is as it was; an open card stays. */
  unstage(): void;
  hide(): void;
  isOpen(): boolean;
  /** Whether an event happened on the card; only valid while the event is being dispatched. */
  containsEventTarget(event: Event): boolean;
  /** The pointer entered (true) or left (false) the card. Returns an unsubscribe function. */
  onPointerInside(callback: (inside: boolean) => void): () => void;
  /** A related actor on the card was clicked. */
  onSelectActor(callback: (id: string) => void): () => void;
  /** A claim on the card was clicked. */
  onSelectClaim(callback: (id: string) => void): () => void;
  /** Moves the keyboard into the card (now, or once it shows); hide() gives it back. */
  pin(): void;
  /** The card closed itself (Escape, its close button); the caller should forget it is open. */
  onDismiss(callback: () => void): () => void;
  /** Removes the card and its host element for good; the page's DOM is as it was before. */
  destroy(): void;
}

/** The custom element that hosts the shadow root; "reglens-" so the text map skips it. */
export const CARD_HOST_NAME = 'reglens-card';

/**
 * The host sits outside the page's layout (fixed, zero-sized, topmost) whatever the page's CSS
 * says: `!important` declarations of a shadow root's :host beat any of the page's, even
 * `!important` ones, and `all: initial` drops everything inherited from the page.
 */
const hostCss = `:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
}
`;

let shadowCss: string | undefined;
/** The card's stylesheet as it goes into the shadow root, prepared once per content script. */
function cardCss(): string {
  shadowCss ??= hostCss + remToPx(shadowSafeCss(stylesheet));
  return shadowCss;
}

/** Room kept between the card and the viewport's edges, and between the card and its mark. */
const EDGE = 8;
const GAP = 6;
/** The card never shrinks below a few lines: past that it covers the mark rather than vanish. */
const MIN_HEIGHT = 120;

/**
 * Where the card goes by its anchor: below the mark, or above where there is more room; shifted
 * to stay inside the viewport; shorter (it scrolls) when neither side has room for all of it.
 * Tells whether the mark is scrolled out of its container, where the card is not to be seen either.
 */
async function placeCard(
  anchor: CardAnchor,
  frame: HTMLElement,
  card: HTMLElement,
  /** The card's own height limit (its stylesheet's), which the room left may lower, never raise. */
  tallest: number,
): Promise<{ x: number; y: number; clipped: boolean }> {
  const { x, y, middlewareData } = await computePosition(anchor, frame, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(GAP),
      flip({ padding: EDGE }),
      // Along the mark's line only: sliding up or down would put the card over its mark.
      shift({ padding: EDGE }),
      size({
        padding: EDGE,
        apply({ availableHeight }) {
          const room = Math.max(MIN_HEIGHT, Math.floor(availableHeight));
          card.style.maxHeight = `${Math.min(tallest, room)}px`;
        },
      }),
      hideWhenClipped({ strategy: 'referenceHidden' }),
    ],
  });
  return { x, y, clipped: middlewareData.hide?.referenceHidden === true };
}

/** The element a virtual anchor sits in, for the page's colour scheme. */
function anchorElement(anchor: CardAnchor): Element {
  const context = anchor.contextElement;
  return context instanceof Element ? context : document.body;
}

interface Mounted {
  root: Root;
  frame: HTMLDivElement;
}

export function createCardPopover(ctx: ContentScriptContext): CardPopover {
  let ui: ShadowRootContentScriptUi<Mounted> | null = null;
  let creating: Promise<ShadowRootContentScriptUi<Mounted>> | null = null;
  /** What the latest show() or stage() asked for; null after hide(). Drawing uses the latest. */
  let wanted: { anchor: CardAnchor; content: CardContent } | null = null;
  /** Stops following the anchor (Floating UI's autoUpdate) when the card goes or moves on. */
  let stopFollowing: (() => void) | null = null;
  /** Counts the cards drawn, so a placement that finishes after its card was replaced is dropped. */
  let drawn = 0;
  /** What the drawn card's latest placement found: its mark out of sight; null until placed. */
  let clipped: boolean | null = null;
  /** The drawn card's first placement. */
  let placed: Promise<void> = Promise.resolve();
  /** The drawn card is staged for the mark `key`: in the page, unseen until revealed. */
  let staged: { key: string } | null = null;
  /** A stage() waiting for the shadow root; anything asked after it drops it. */
  let staging: object | null = null;
  let open = false;
  let pointerInside = false;
  let destroyed = false;
  /** Pinned: the keyboard is in `card`; `release` gives it back to where it was, `previous`. */
  let pinned: {
    previous: Element | null;
    card: HTMLElement | null;
    release: ((restore?: boolean) => void) | null;
  } | null = null;

  const pointerListeners = new Set<(inside: boolean) => void>();
  const selectListeners = new Set<(id: string) => void>();
  const claimListeners = new Set<(id: string) => void>();
  const dismissListeners = new Set<() => void>();
  const subscribe = <T,>(set: Set<T>, callback: T) => {
    set.add(callback);
    return () => void set.delete(callback);
  };

  const setPointerInside = (inside: boolean) => {
    if (inside === pointerInside) return;
    pointerInside = inside;
    for (const callback of [...pointerListeners]) callback(inside);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.isComposing) dismiss();
  };

  const hide = () => {
    wanted = null;
    staged = null;
    staging = null;
    stopFollowing?.();
    stopFollowing = null;
    pinned?.release?.();
    pinned = null;
    if (open) {
      open = false;
      document.removeEventListener('keydown', onKeyDown, true);
    }
    // The pointer may be on the card as it goes: no pointerleave will follow.
    setPointerInside(false);
    if (ui?.mounted) ui.remove();
  };

  function dismiss() {
    if (!open) return;
    hide();
    for (const callback of [...dismissListeners]) callback();
  }

  const ensureUi = () => {
    creating ??= createShadowRootUi<Mounted>(ctx, {
      name: CARD_HOST_NAME,
      position: 'overlay',
      anchor: document.documentElement,
      append: 'last',
      // Keys typed on the card's buttons must not reach the page's own shortcuts.
      isolateEvents: true,
      onMount(container) {
        const frame = document.createElement('div');
        frame.style.position = 'fixed';
        frame.addEventListener('pointerenter', () => setPointerInside(true));
        frame.addEventListener('pointerleave', () => setPointerInside(false));
        container.append(frame);
        return { root: createRoot(frame), frame };
      },
      onRemove(mounted) {
        mounted?.root.unmount();
      },
    }).then((created) => {
      const style = document.createElement('style');
      style.textContent = cardCss();
      (created.shadow.querySelector('head') ?? created.shadow).append(style);
      ui = created;
      return created;
    });
    return creating;
  };

  const selectActor = (id: string) => {
    for (const callback of [...selectListeners]) callback(id);
  };
  const selectClaim = (id: string) => {
    for (const callback of [...claimListeners]) callback(id);
  };
  // Deferred: unmounting React from inside its own click handler is not allowed.
  const close = () => queueMicrotask(dismiss);
  /** What every card that links to actors and claims is given. */
  // A page taken for an article by mistake: its site is switched off, and its marks come off.
  const neverHere = () => {
    send('site.neverAnnotate', {}).catch((error: unknown) =>
      console.warn('RegLens could not switch this site off:', error),
    );
    close();
  };
  const footer = <NeverAnnotateSite host={location.hostname} onNever={neverHere} />;
  const linking = {
    onSelectActor: selectActor,
    onSelectClaim: selectClaim,
    onClose: close,
    footer,
  };
  /** The view for each kind of card. */
  const cardView = (content: CardContent) => {
    switch (content.kind) {
      case 'actor':
        return <ActorCard key={content.data.actor.id} data={content.data} {...linking} />;
      case 'claim':
        return <ClaimCard key={content.data.claim.id} data={content.data} {...linking} />;
      case 'snippet':
        return <SnippetCard key={content.snippet.id} snippet={content.snippet} onClose={close} />;
      case 'attribution':
        return (
          <AttributionLegend
            key={`${content.attribution}:${content.cue}`}
            kind={content.attribution}
            cue={content.cue}
            onClose={close}
          />
        );
    }
  };

  /** Seen only once placed, with its mark in sight, and not while staged. */
  const applyVisibility = (frame: HTMLElement) => {
    const unseen = staged !== null || clipped !== false;
    frame.style.visibility = unseen ? 'hidden' : '';
    frame.inert = staged !== null;
    if (staged) frame.setAttribute('aria-hidden', 'true');
    else frame.removeAttribute('aria-hidden');
  };

  /**
   * Draws what is wanted into the frame (mounting the host if it is not in the page), hidden at
   * the corner until placed, and follows its anchor from then on. Returns the card's element, or
   * null when there was nothing to draw.
   */
  const draw = (): { card: HTMLElement | null } | null => {
    if (destroyed || !wanted || !ui) return null;
    const { anchor, content } = wanted;
    if (!ui.mounted) ui.mount();
    const { root, frame } = ui.mounted!;
    // Drawn hidden at the corner first, so its size can be measured before it is placed.
    stopFollowing?.();
    stopFollowing = null;
    const drawing = ++drawn;
    clipped = null;
    applyVisibility(frame);
    frame.style.left = '0px';
    frame.style.top = '0px';
    // The card takes the scheme of the page around its mark: a dark card on a dark page.
    const scheme = pageScheme(anchorElement(anchor));
    frame.dataset.scheme = scheme;
    frame.style.colorScheme = scheme;
    flushSync(() => root.render(cardView(content)));
    const card = frame.firstElementChild as HTMLElement | null;
    placed = Promise.resolve();
    if (card) {
      card.style.maxHeight = '';
      const tallest = parseFloat(getComputedStyle(card).maxHeight) || Infinity;
      let first: Promise<void> | null = null;
      const follow = () => {
        const placing = placeCard(anchor, frame, card, tallest).then(
          (place) => {
            if (drawing !== drawn) return;
            frame.style.left = `${place.x}px`;
            frame.style.top = `${place.y}px`;
            clipped = place.clipped;
            applyVisibility(frame);
          },
          (error: unknown) => {
            console.warn('RegLens could not place the card:', error);
          },
        );
        first ??= placing;
      };
      stopFollowing = autoUpdate(anchor, frame, follow);
      placed = first ?? placed;
    } else {
      clipped = false;
      applyVisibility(frame);
    }
    return { card };
  };

  /** The drawn card is now the open one: the keyboard goes into it if pinned, Escape closes it. */
  const opened = (card: HTMLElement | null) => {
    // A card that replaces the pinned one (a related actor chosen on it) takes the keyboard over,
    // once it is placed: focus cannot land on a card that is still hidden for measuring.
    if (pinned && card && pinned.card !== card) {
      const entry = pinned;
      entry.release?.(false);
      entry.release = null;
      entry.card = card;
      void placed.then(() => {
        if (pinned === entry && entry.card === card && card.isConnected) {
          entry.release = holdFocus(card, entry.previous);
        }
      });
    }
    if (!open) {
      open = true;
      // Capture phase: the page cannot swallow the key before the card sees it.
      document.addEventListener('keydown', onKeyDown, true);
    }
  };

  const render = () => {
    staged = null;
    const drawing = draw();
    if (drawing) opened(drawing.card);
  };

  const destroy = () => {
    if (destroyed) return;
    hide();
    destroyed = true;
    ui?.remove();
    pointerListeners.clear();
    selectListeners.clear();
    claimListeners.clear();
    dismissListeners.clear();
  };
  ctx.onInvalidated(destroy);

  return {
    show(anchor, content) {
      if (destroyed) return;
      wanted = { anchor, content };
      staging = null;
      if (ui) {
        render();
        return;
      }
      ensureUi().then(render, (error: unknown) => {
        console.warn('RegLens could not show the card:', error);
      });
    },
    async prepare() {
      if (destroyed) return;
      await ensureUi();
    },
    stage(key, anchor, content) {
      if (destroyed || open) return;
      const request = {};
      staging = request;
      const drawStaged = () => {
        // Asked again, shown, hidden or opened meanwhile: this one is no longer wanted.
        if (staging !== request || destroyed || open) return;
        staging = null;
        wanted = { anchor, content };
        staged = { key };
        draw();
      };
      if (ui) drawStaged();
      else
        ensureUi().then(drawStaged, (error: unknown) => {
          console.warn('RegLens could not draw the card:', error);
        });
    },
    reveal(key) {
      if (destroyed || open || staged?.key !== key || !ui?.mounted) return false;
      staged = null;
      const { frame } = ui.mounted;
      // Seen now if it is placed; else its placement, under way, shows it.
      applyVisibility(frame);
      opened(frame.firstElementChild as HTMLElement | null);
      return true;
    },
    unstage() {
      staging = null;
      if (staged && !open) hide();
    },
    hide,
    pin() {
      if (destroyed) return;
      if (pinned) {
        pinned.card?.focus();
        return;
      }
      pinned = { previous: deepActiveElement(document), card: null, release: null };
      if (open) render();
    },
    isOpen: () => open,
    containsEventTarget(event) {
      const host = ui?.shadowHost;
      return !!host && event.composedPath().includes(host);
    },
    onPointerInside: (callback) => subscribe(pointerListeners, callback),
    onSelectActor: (callback) => subscribe(selectListeners, callback),
    onSelectClaim: (callback) => subscribe(claimListeners, callback),
    onDismiss: (callback) => subscribe(dismissListeners, callback),
    destroy,
  };
}
