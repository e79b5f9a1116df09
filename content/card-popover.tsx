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
import type { CardContent } from './cards';
import stylesheet from '@/components/styles.css?inline';

export interface CardPopover {
  /** Shows (or switches to) the card for `content`, next to `anchor` (viewport coordinates). */
  show(anchor: DOMRect, content: CardContent): void;
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

export interface Placement {
  left: number;
  top: number;
  /** The height the card may take; smaller than its natural height when space is short. */
  maxHeight: number;
  side: 'below' | 'above';
}

interface Box {
  top: number;
  bottom: number;
  left: number;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/**
 * Where the card goes: below the highlight, or above it when the card does not fit below and
 * there is more room above; never outside the viewport, keeping `margin` from its edges.
 */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  margin = 8,
  gap = 6,
): Placement {
  const below = viewport.height - margin - (anchor.bottom + gap);
  const above = anchor.top - gap - margin;
  const side = card.height <= below || below >= above ? 'below' : 'above';
  // Too little room either way: shrink the card (it scrolls) rather than cover the highlight,
  // down to a height that still shows a few lines.
  const room = Math.max(side === 'below' ? below : above, Math.min(120, viewport.height));
  const maxHeight = Math.min(card.height, room, viewport.height - 2 * margin);
  const top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - maxHeight;
  return {
    left: clamp(anchor.left, margin, viewport.width - margin - card.width),
    top: clamp(top, margin, viewport.height - margin - maxHeight),
    maxHeight,
    side,
  };
}

interface Mounted {
  root: Root;
  frame: HTMLDivElement;
}

export function createCardPopover(ctx: ContentScriptContext): CardPopover {
  let ui: ShadowRootContentScriptUi<Mounted> | null = null;
  let creating: Promise<ShadowRootContentScriptUi<Mounted>> | null = null;
  /** What the latest show() asked for; null after hide(). Rendering always uses the latest. */
  let wanted: { anchor: DOMRect; content: CardContent } | null = null;
  let open = false;
  let pointerInside = false;
  let destroyed = false;

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
  const linking = { onSelectActor: selectActor, onSelectClaim: selectClaim, onClose: close };
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
    frame.style.visibility = 'hidden';
    frame.style.left = '0px';
    frame.style.top = '0px';
    flushSync(() => root.render(cardView(content)));
    const card = frame.firstElementChild as HTMLElement | null;
    if (card) {
      card.style.maxHeight = '';
      const size = card.getBoundingClientRect();
      const viewport = {
        width: document.documentElement.clientWidth || window.innerWidth,
        height: window.innerHeight,
      };
      const place = placeCard(anchor, size, viewport);
      if (place.maxHeight < size.height) card.style.maxHeight = `${place.maxHeight}px`;
      frame.style.left = `${place.left}px`;
      frame.style.top = `${place.top}px`;
    }
    frame.style.visibility = '';
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
      wanted = { anchor: new DOMRect(), content };
      render();
      hide();
    },
    hide,
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
