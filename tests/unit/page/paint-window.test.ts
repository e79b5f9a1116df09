import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPaintWindow } from '../../../lib/page/paint-window';

/** Stands in for the browser's observer: the test says which blocks are near. */
class FakeObserver {
  static last: FakeObserver | null = null;
  observed = new Set<Element>();
  disconnected = false;
  constructor(
    private readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void,
    readonly options: { rootMargin?: string },
  ) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  disconnect() {
    this.disconnected = true;
    this.observed.clear();
  }
  report(changes: [Element, boolean][]) {
    this.callback(changes.map(([target, isIntersecting]) => ({ target, isIntersecting })));
  }
}

const w = window as unknown as Record<string, unknown>;
let saved: unknown;

beforeEach(() => {
  saved = w.IntersectionObserver;
  w.IntersectionObserver = FakeObserver;
  document.body.innerHTML = '<p id="a">A</p><p id="b">B</p><p id="c">C</p>';
});

afterEach(() => {
  w.IntersectionObserver = saved;
  FakeObserver.last = null;
});

const el = (id: string) => document.getElementById(id)!;

describe('paint window', () => {
  it('paints a block as it comes near and takes it off as it leaves', () => {
    const log: string[] = [];
    const controller = new AbortController();
    const paintWindow = createPaintWindow(document, { signal: controller.signal })!;
    for (const id of ['a', 'b', 'c']) {
      paintWindow.watch(
        el(id),
        () => log.push(`show ${id}`),
        () => log.push(`hide ${id}`),
      );
    }
    const observer = FakeObserver.last!;
    expect(observer.observed.size).toBe(3);
    expect(observer.options.rootMargin).toContain('200%');
    expect(log).toEqual([]);

    observer.report([
      [el('a'), true],
      [el('b'), true],
    ]);
    expect(log).toEqual(['show a', 'show b']);
    // A repeated report for a block already near changes nothing.
    observer.report([[el('a'), true]]);
    observer.report([
      [el('a'), false],
      [el('c'), true],
    ]);
    expect(log).toEqual(['show a', 'show b', 'hide a', 'show c']);

    // A second passage in a block already near is painted at once.
    paintWindow.watch(
      el('c'),
      () => log.push('show c2'),
      () => log.push('hide c2'),
    );
    expect(log.at(-1)).toBe('show c2');
    observer.report([[el('c'), false]]);
    expect(log.slice(-2)).toEqual(['hide c', 'hide c2']);

    controller.abort();
    expect(observer.disconnected).toBe(true);
    observer.report([[el('b'), false]]);
    expect(log.at(-1)).toBe('hide c2');
  });

  it('is absent without IntersectionObserver or once aborted, so callers paint everything', () => {
    expect(createPaintWindow(document, { signal: AbortSignal.abort() })).toBeNull();
    w.IntersectionObserver = undefined;
    expect(createPaintWindow(document, { signal: new AbortController().signal })).toBeNull();
  });
});
