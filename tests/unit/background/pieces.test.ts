import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask, piecesOf } from '@/lib/background/pieces';

describe('pieces of a long text', () => {
  it('cover the text exactly, in order, each ending at a block break', () => {
    const block = 'A sentence of the article.'.repeat(5);
    const text = Array.from({ length: 40 }, () => block).join('\u2029');
    const pieces = piecesOf(text, 500);
    expect(pieces[0]!.start).toBe(0);
    expect(pieces.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.start).toBe(pieces[i - 1]!.end);
    for (const piece of pieces.slice(0, -1)) expect(text[piece.end - 1]).toBe('\u2029');
    expect(pieces.length).toBeGreaterThan(5);
  });

  it('cut at line breaks where a text has no block breaks, and keep a short text whole', () => {
    expect(piecesOf('one line\nanother line\nthird', 5)).toEqual([
      { start: 0, end: 9 },
      { start: 9, end: 22 },
      { start: 22, end: 27 },
    ]);
    expect(piecesOf('short', 100)).toEqual([{ start: 0, end: 5 }]);
  });
});

describe('giving the thread back between pieces', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('uses scheduler.yield() where the worker has it', async () => {
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yielded });
    await nextTask();
    await nextTask();
    expect(yielded).toHaveBeenCalledTimes(2);
  });

  it('never sets a timer, which a long run of pieces would have held back 4 ms each', async () => {
    vi.stubGlobal('scheduler', undefined);
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const order: string[] = [];
    const pieces = (async () => {
      for (let i = 0; i < 10; i++) {
        await nextTask();
        order.push(`piece ${i}`);
      }
    })();
    // Work queued meanwhile runs between the pieces, not after all of them.
    await Promise.resolve();
    order.push('microtask');
    await pieces;
    expect(order[0]).toBe('microtask');
    expect(order).toHaveLength(11);
    expect(timers).not.toHaveBeenCalled();
  });
});
