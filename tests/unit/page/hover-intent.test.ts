import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent } from '@/lib/page/hover-intent';

function setup() {
  const events: string[] = [];
  const intent = createHoverIntent({
    onOpen: (id) => events.push(`open:${id}`),
    onClose: () => events.push('close'),
  });
  return { intent, events };
}

describe('hover intent', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens after the pointer dwells on a highlight', () => {
    const { intent, events } = setup();
    intent.pointerOverTarget('pboc');
    vi.advanceTimersByTime(299);
    expect(events).toEqual([]);
    // Repeated reports from the same highlight (moving over its text) do not restart the dwell.
    intent.pointerOverTarget('pboc');
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open:pboc']);
    expect(intent.current()).toBe('pboc');
  });

  it('does not open on a quick pass', () => {
    const { intent, events } = setup();
    intent.pointerOverTarget('pboc');
    vi.advanceTimersByTime(150);
    intent.pointerOverTarget(null);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });

  it('restarts the dwell when the pointer moves to another highlight', () => {
    const { intent, events } = setup();
    intent.pointerOverTarget('pboc');
    vi.advanceTimersByTime(200);
    intent.pointerOverTarget('ant');
    vi.advanceTimersByTime(200);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(events).toEqual(['open:ant']);
  });

  it('stays open while the pointer moves from the highlight onto the card', () => {
    const { intent, events } = setup();
    intent.pointerOverTarget('pboc');
    vi.advanceTimersByTime(300);
    intent.pointerOverTarget(null);
    vi.advanceTimersByTime(100);
    intent.pointerOverCard(true);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open:pboc']);
  });

  it('closes after the grace once the pointer has left both highlight and card', () => {
    const { intent, events } = setup();
    intent.pointerOverTarget('pboc');
    vi.advanceTimersByTime(300);
    intent.pointerOverTarget(null);
    intent.pointerOverCard(true);
    intent.pointerOverCard(false);
    vi.advanceTimersByTime(249);
    expect(events).toEqual(['open:pboc']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open:pboc', 'close']);
    expect(intent.current()).toBeNull();
  });

  it('cancels the close when the pointer comes back within the grace', () => {
    const { intent, events } = setup();
    intent.pointerOverTarget('pboc');
    vi.advanceTimersByTime(300);
    intent.pointerOverTarget(null);
    vi.advanceTimersByTime(200);
    intent.pointerOverTarget('pboc');
    vi.advanceTimersByTime(1000);
    intent.pointerOverTarget(null);
    intent.pointerOverCard(true);
    intent.pointerOverCard(false);
    vi.advanceTimersByTime(200);
    intent.pointerOverCard(true);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open:pboc']);
  });

  it('closes at once on Escape, and the highlight under the pointer does not reopen', () => {
    const { intent, events } = setup();
    intent.pointerOverTarget('pboc');
    vi.advanceTimersByTime(300);
    intent.escape();
    expect(events).toEqual(['open:pboc', 'close']);
    intent.pointerOverTarget('pboc');
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open:pboc', 'close']);
    // Leaving and coming back is a new hover.
    intent.pointerOverTarget(null);
    intent.pointerOverTarget('pboc');
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['open:pboc', 'close', 'open:pboc']);
  });

  it('Escape also cancels a pending open', () => {
    const { intent, events } = setup();
    intent.pointerOverTarget('pboc');
    vi.advanceTimersByTime(100);
    intent.escape();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });

  it('switches from an open card to another highlight after the dwell, without closing', () => {
    const { intent, events } = setup();
    intent.pointerOverTarget('pboc');
    vi.advanceTimersByTime(300);
    intent.pointerOverTarget(null);
    vi.advanceTimersByTime(100);
    intent.pointerOverTarget('ant');
    // Past the close grace: the open card waits for the new one instead of closing.
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['open:pboc']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open:pboc', 'open:ant']);
    expect(intent.current()).toBe('ant');
  });

  it('keeps the open card when the pointer only passes over another highlight', () => {
    const { intent, events } = setup();
    intent.pointerOverTarget('pboc');
    vi.advanceTimersByTime(300);
    intent.pointerOverTarget('ant');
    vi.advanceTimersByTime(100);
    intent.pointerOverTarget('pboc');
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open:pboc']);
    // On the way to the card, crossing another highlight does not steal the card either.
    intent.pointerOverTarget('ant');
    vi.advanceTimersByTime(100);
    intent.pointerOverTarget(null);
    intent.pointerOverCard(true);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open:pboc']);
  });

  it('ignores the card while no card is open', () => {
    const { intent, events } = setup();
    intent.pointerOverCard(true);
    intent.pointerOverCard(false);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });

  it('does nothing after dispose', () => {
    const { intent, events } = setup();
    intent.pointerOverTarget('pboc');
    intent.dispose();
    vi.advanceTimersByTime(1000);
    intent.pointerOverTarget('ant');
    vi.advanceTimersByTime(1000);
    intent.escape();
    expect(events).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
  it('opens at once from the keyboard, and a move off the mark closes it after the grace', () => {
    const { intent, events } = setup();
    intent.open('ant');
    expect(events).toEqual(['open:ant']);
    expect(intent.current()).toBe('ant');
    intent.open('ant');
    expect(events).toEqual(['open:ant']);
    intent.pointerOverTarget(null);
    vi.advanceTimersByTime(250);
    expect(events).toEqual(['open:ant', 'close']);
  });

  it('switches the open card from the keyboard and forgets a pending dwell', () => {
    const { intent, events } = setup();
    intent.pointerOverTarget('pboc');
    vi.advanceTimersByTime(100);
    intent.open('ant');
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open:ant']);
  });

  it('takes a new dwell for cards opened after the setting changed', () => {
    const { intent, events } = setup();
    intent.setOpenDelay(800);
    expect(intent.openDelay()).toBe(800);
    intent.pointerOverTarget('pboc');
    vi.advanceTimersByTime(799);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open:pboc']);
  });
});

describe('hover intent: the dwell as it goes', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setupWithDwell() {
    const events: string[] = [];
    const intent = createHoverIntent({
      onOpen: (id) => events.push(`open:${id}`),
      onClose: () => events.push('close'),
      onDwell: (id) => events.push(`dwell:${id}`),
    });
    return { intent, events };
  }

  it('tells when a dwell begins; one that ends opens without being dropped', () => {
    const { intent, events } = setupWithDwell();
    intent.pointerOverTarget('pboc');
    intent.pointerOverTarget('pboc');
    expect(events).toEqual(['dwell:pboc']);
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['dwell:pboc', 'open:pboc']);
  });

  it('tells when a dwell is dropped: the pointer leaves, moves to another mark, Escape', () => {
    const { intent, events } = setupWithDwell();
    intent.pointerOverTarget('pboc');
    intent.pointerOverTarget(null);
    intent.pointerOverTarget(null);
    intent.pointerOverTarget('ant');
    intent.pointerOverTarget('cac');
    intent.escape();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([
      'dwell:pboc',
      'dwell:null',
      'dwell:ant',
      'dwell:null',
      'dwell:cac',
      'dwell:null',
    ]);
  });

  it('drops the dwell when the keyboard opens a card, and says nothing after dispose', () => {
    const { intent, events } = setupWithDwell();
    intent.pointerOverTarget('pboc');
    intent.open('ant');
    expect(events).toEqual(['dwell:pboc', 'dwell:null', 'open:ant']);
    intent.pointerOverTarget('cac');
    intent.dispose();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['dwell:pboc', 'dwell:null', 'open:ant', 'dwell:cac']);
  });

  it('a dwell on another mark while a card is open is told too', () => {
    const { intent, events } = setupWithDwell();
    intent.pointerOverTarget('pboc');
    vi.advanceTimersByTime(300);
    intent.pointerOverTarget('ant');
    intent.pointerOverCard(true);
    expect(events).toEqual(['dwell:pboc', 'open:pboc', 'dwell:ant', 'dwell:null']);
  });
});

describe('hover intent with injected timers', () => {
  it('uses the given delays and timer functions', () => {
    const timers = new Map<number, { at: number; run: () => void }>();
    let now = 0;
    let nextId = 0;
    const advance = (ms: number) => {
      now += ms;
      for (const [id, timer] of [...timers].sort(([, a], [, b]) => a.at - b.at)) {
        if (timer.at > now || !timers.has(id)) continue;
        timers.delete(id);
        timer.run();
      }
    };
    const events: string[] = [];
    const intent = createHoverIntent({
      openDelay: 50,
      closeDelay: 20,
      setTimer: (run, ms) => {
        timers.set(nextId, { at: now + ms, run });
        return nextId++;
      },
      clearTimer: (id) => timers.delete(id as number),
      onOpen: (id) => events.push(`open:${id}`),
      onClose: () => events.push('close'),
    });
    intent.pointerOverTarget('cac');
    advance(50);
    expect(events).toEqual(['open:cac']);
    intent.pointerOverTarget(null);
    advance(19);
    expect(events).toEqual(['open:cac']);
    advance(1);
    expect(events).toEqual(['open:cac', 'close']);
    expect(timers.size).toBe(0);
  });
});
