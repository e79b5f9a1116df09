/**
 * The card drawn during the dwell (staged) and shown when the dwell ends: the card service with
 * the real popover in a shadow root, driven by pointer moves over two marks of a test source.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AttributionLegendProps } from '@/components/AttributionLegend';
import { DEFAULT_HOVER_DELAY_MS, STAGE_DELAY_MS } from '@/lib/hover-delay';
import type { AttributionKind } from '@/lib/match/attribution';

/** How many times each card's view was rendered, by the cue it shows. */
const renders = vi.hoisted(() => new Map<string, number>());

vi.mock('@/components/AttributionLegend', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/components/AttributionLegend')>();
  return {
    AttributionLegend(props: AttributionLegendProps) {
      renders.set(props.cue, (renders.get(props.cue) ?? 0) + 1);
      return real.AttributionLegend(props);
    },
  };
});
// The card's code is bundled with the test instead of injected by the background.
vi.mock('@/content/card-ui-loader', async () => {
  const { createCardPopover } = await import('@/content/card-popover');
  return { loadCardUi: () => Promise.resolve({ createCardPopover }) };
});
// The reader's delay is the default one; nothing asks the background for it.
vi.mock('@/lib/hover-delay-client', () => ({ followHoverDelay: () => {} }));

const { createCardService } = await import('@/content/cards');
type MarkSource = import('@/content/cards').MarkSource;

/** Two marks side by side: "a" from x 0 to 100, "b" from 100 to 200, both 20 px high at y 100. */
function twoMarks(): MarkSource & { active: (string | null)[] } {
  const cues: Record<string, { attribution: AttributionKind; cue: string }> = {
    a: { attribution: 'anonymous', cue: 'people familiar with' },
    b: { attribution: 'named-official', cue: 'said the minister' },
  };
  const active: (string | null)[] = [];
  return {
    active,
    idAtPoint: (x, y) => (y < 100 || y > 120 ? null : x < 100 ? 'a' : x < 200 ? 'b' : null),
    rectOf: (id) => (id === 'a' ? new DOMRect(0, 100, 100, 20) : new DOMRect(100, 100, 100, 20)),
    setActive: (id) => void active.push(id),
    cardFor: (id) => (cues[id] ? { kind: 'attribution', ...cues[id] } : null),
  };
}

const pointerAt = async (x: number, y: number) => {
  document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y }));
  // The hit test runs in the next frame; what it starts (the card's code, its drawing) then.
  await vi.advanceTimersByTimeAsync(20);
};
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);
/** Onto a point, and resting there long enough for the card to be drawn unseen. */
const restAt = async (x: number, y: number) => {
  await pointerAt(x, y);
  await wait(STAGE_DELAY_MS);
};

const host = () => document.querySelector('reglens-card');
/** The card's frame and dialog in the shadow root, and whether a reader can see and reach it. */
function card() {
  const dialog = host()?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
  const frame = dialog?.parentElement ?? null;
  return {
    dialog,
    text: dialog?.textContent ?? '',
    seen: !!frame && frame.style.visibility !== 'hidden' && !frame.inert,
    hiddenFromAssistiveTech: frame?.getAttribute('aria-hidden') === 'true',
  };
}

/** happy-dom lays nothing out: the viewport Floating UI places the card in is given its size. */
function giveViewportSize(): void {
  for (const [name, value] of [
    ['clientWidth', 1024],
    ['clientHeight', 768],
  ] as const) {
    Object.defineProperty(document.documentElement, name, { value, configurable: true });
  }
}

describe('the card staged during the dwell', () => {
  let controller: AbortController;
  let source: ReturnType<typeof twoMarks>;
  let sourceController: AbortController;
  let service: ReturnType<typeof createCardService>;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      setTimeout(() => callback(performance.now()), 16),
    );
    giveViewportSize();
    renders.clear();
    controller = new AbortController();
    const ctx = {
      onInvalidated: () => () => {},
      options: { cssInjectionMode: 'manual' },
    } as unknown as ContentScriptContext;
    service = createCardService(document, ctx, controller.signal);
    source = twoMarks();
    sourceController = new AbortController();
    service.addSource(source, sourceController.signal);
  });

  afterEach(() => {
    controller.abort();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('is drawn unseen while the pointer rests, then shown at the dwell’s end without drawing it again', async () => {
    await restAt(50, 110);
    // Drawn, in the page, but not to be seen, reached or read out.
    expect(card().text).toContain('people familiar with');
    expect(card().seen).toBe(false);
    expect(card().hiddenFromAssistiveTech).toBe(true);
    expect(renders.get('people familiar with')).toBe(1);
    expect(source.active).toEqual([]);

    await wait(DEFAULT_HOVER_DELAY_MS);
    expect(card().seen).toBe(true);
    expect(card().hiddenFromAssistiveTech).toBe(false);
    expect(source.active).toEqual(['a']);
    expect(renders.get('people familiar with')).toBe(1);
  });

  it('is not drawn for a mark the pointer only crosses', async () => {
    await pointerAt(50, 110);
    await pointerAt(150, 110);
    await pointerAt(250, 110);
    await wait(DEFAULT_HOVER_DELAY_MS * 2);
    expect(host()).toBeNull();
    expect(renders.size).toBe(0);
    expect(source.active).toEqual([]);
  });

  it('is taken off when the pointer leaves the mark before the dwell ends: the page is as before', async () => {
    const before = document.documentElement.innerHTML;
    await restAt(50, 110);
    expect(host()).not.toBeNull();

    await pointerAt(50, 300);
    expect(host()).toBeNull();
    expect(document.documentElement.innerHTML).toBe(before);
    await wait(DEFAULT_HOVER_DELAY_MS * 2);
    expect(host()).toBeNull();
    expect(source.active).toEqual([]);
  });

  it('is taken off on Escape during the dwell, and nothing opens', async () => {
    await restAt(50, 110);
    expect(host()).not.toBeNull();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(host()).toBeNull();
    await wait(DEFAULT_HOVER_DELAY_MS * 2);
    expect(host()).toBeNull();
  });

  it('follows the pointer to another mark: the dwell ending there shows that mark’s card', async () => {
    await restAt(50, 110);
    expect(card().text).toContain('people familiar with');
    await wait(DEFAULT_HOVER_DELAY_MS / 2);

    await restAt(150, 110);
    expect(card().text).toContain('said the minister');
    expect(card().text).not.toContain('people familiar with');
    expect(card().seen).toBe(false);

    // The first mark's dwell would have ended by now: nothing shows for it.
    await wait(DEFAULT_HOVER_DELAY_MS / 2);
    expect(card().seen).toBe(false);

    await wait(DEFAULT_HOVER_DELAY_MS / 2);
    expect(card().seen).toBe(true);
    expect(card().text).toContain('said the minister');
    expect(source.active).toEqual(['b']);
    expect(renders.get('said the minister')).toBe(1);
  });

  it('closes as a shown card does once the pointer leaves, leaving no trace', async () => {
    const before = document.documentElement.innerHTML;
    await restAt(50, 110);
    await wait(DEFAULT_HOVER_DELAY_MS);
    expect(card().seen).toBe(true);

    await pointerAt(50, 300);
    await wait(1000);
    expect(host()).toBeNull();
    expect(document.documentElement.innerHTML).toBe(before);
    expect(source.active).toEqual(['a', null]);
  });

  it('gives way to a card opened from the keyboard during the dwell', async () => {
    await restAt(50, 110);
    expect(card().text).toContain('people familiar with');

    service.openMark(source, 'b', () => source.rectOf('b'));
    await wait(0);
    expect(card().seen).toBe(true);
    expect(card().text).toContain('said the minister');
    expect(card().text).not.toContain('people familiar with');
    expect(document.querySelectorAll('reglens-card')).toHaveLength(1);
    // The dwell on the first mark was dropped: its card never comes back.
    await wait(DEFAULT_HOVER_DELAY_MS);
    expect(card().text).toContain('said the minister');
    expect(source.active).toEqual(['b']);
  });

  it('goes with its layer when the layer comes off during the dwell', async () => {
    const before = document.documentElement.innerHTML;
    await restAt(50, 110);
    expect(host()).not.toBeNull();
    sourceController.abort();
    expect(host()).toBeNull();
    await wait(DEFAULT_HOVER_DELAY_MS * 2);
    expect(document.documentElement.innerHTML).toBe(before);
  });
});

describe('the popover’s staged card', () => {
  const ctx = {
    onInvalidated: () => () => {},
    options: { cssInjectionMode: 'manual' },
  } as unknown as ContentScriptContext;
  const anchor = { getBoundingClientRect: () => new DOMRect(0, 100, 100, 20) };
  const legend = (cue: string) => ({ kind: 'attribution', attribution: 'anonymous', cue }) as const;

  beforeEach(() => {
    giveViewportSize();
    renders.clear();
  });

  it('is revealed only for the mark it was staged for; another mark’s card is drawn as before', async () => {
    const { createCardPopover } = await import('@/content/card-popover');
    const popover = createCardPopover(ctx);
    popover.stage('a', anchor, legend('staged for a'));
    await vi.waitFor(() => expect(card().text).toContain('staged for a'));

    expect(popover.reveal('b')).toBe(false);
    expect(card().seen).toBe(false);
    expect(popover.isOpen()).toBe(false);

    popover.show(anchor, legend('shown for b'));
    await vi.waitFor(() => expect(card().seen).toBe(true));
    expect(card().text).toContain('shown for b');
    expect(card().text).not.toContain('staged for a');
    expect(card().hiddenFromAssistiveTech).toBe(false);
    expect(popover.isOpen()).toBe(true);
    // The open card is not a staged one: unstaging leaves it.
    popover.unstage();
    expect(card().seen).toBe(true);
    popover.destroy();
    expect(host()).toBeNull();
  });

  it('stages nothing while a card is open', async () => {
    const { createCardPopover } = await import('@/content/card-popover');
    const popover = createCardPopover(ctx);
    popover.show(anchor, legend('open one'));
    await vi.waitFor(() => expect(card().seen).toBe(true));
    popover.stage('b', anchor, legend('would be staged'));
    await popover.prepare();
    expect(card().text).toContain('open one');
    expect(renders.get('would be staged')).toBeUndefined();
    expect(popover.reveal('b')).toBe(false);
    popover.destroy();
  });
});
