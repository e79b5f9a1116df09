/**
 * The hover card on the page: any card (an actor's today; claims, snippets and the legend as their
 * layers arrive) in a shadow root, so the page's styles cannot reach
 * the card and the card's styles cannot reach the page.
 *
 * Nothing of it is in the page while no card shows: the host element is attached on show() and
 * detached on hide(), and no stylesheet ever goes into the page's <head>. The card's CSS is
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
  /**
   * Builds the shadow root ahead of the first show() and, given `content` while no card is open,
   * draws it once and takes it off in the same task (nothing is painted): the card's code and
   * style sheet are then warm when it shows.
   */
  prepare(content?: CardContent): Promise<void>;
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
 * Places the card by its anchor: below the mark, or above where there is more room; shifted to
 * stay inside the viewport; shorter (it scrolls) when neither side has room for all of it; hidden
 * while its mark is scrolled out of its container.
 */
async function placeCard(
  anchor: CardAnchor,
  frame: HTMLElement,
  card: HTMLElement,
  /** The card's own height limit (its stylesheet's), which the room left may lower, never raise. */
  tallest: number,
): Promise<void> {
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
  frame.style.left = `${x}px`;
  frame.style.top = `${y}px`;
  frame.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : '';
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
  /** What the latest show() asked for; null after hide(). Rendering always uses the latest. */
  let wanted: { anchor: CardAnchor; content: CardContent } | null = null;
  /** Stops following the anchor (Floating UI's autoUpdate) when the card goes or moves on. */
  let stopFollowing: (() => void) | null = null;
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

  const render = () => {
    if (destroyed || !wanted || !ui) return;
    const { anchor, content } = wanted;
    if (!ui.mounted) ui.mount();
    const { root, frame } = ui.mounted!;
    // Drawn hidden at the corner first, so its size can be measured before it is placed.
    stopFollowing?.();
    stopFollowing = null;
    frame.style.visibility = 'hidden';
    frame.style.left = '0px';
    frame.style.top = '0px';
    // The card takes the scheme of the page around its mark: a dark card on a dark page.
    const scheme = pageScheme(anchorElement(anchor));
    frame.dataset.scheme = scheme;
    frame.style.colorScheme = scheme;
    flushSync(() => root.render(cardView(content)));
    const card = frame.firstElementChild as HTMLElement | null;
    let placed: Promise<void> = Promise.resolve();
    if (card) {
      card.style.maxHeight = '';
      const tallest = parseFloat(getComputedStyle(card).maxHeight) || Infinity;
      let first: Promise<void> | null = null;
      const follow = () => {
        const placing = placeCard(anchor, frame, card, tallest).catch((error: unknown) => {
          console.warn('RegLens could not place the card:', error);
        });
        first ??= placing;
      };
      stopFollowing = autoUpdate(anchor, frame, follow);
      placed = first ?? placed;
    } else {
      frame.style.visibility = '';
    }
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
      if (ui) {
        render();
        return;
      }
      ensureUi().then(render, (error: unknown) => {
        console.warn('RegLens could not show the card:', error);
      });
    },
    async prepare(content) {
      if (destroyed) return;
      await ensureUi();
      if (!content || destroyed || open || wanted) return;
      wanted = { anchor: { getBoundingClientRect: () => new DOMRect() }, content };
      render();
      hide();
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
