import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTextMap, buildTextMapSteps } from '../../../lib/page/text-map';
import { detectArticle, detectArticleSteps } from '../../../lib/page/detect';
import { runSliced, runToEnd, type Steps } from '../../../lib/page/slice';

function* countTo(n: number, log: number[]): Steps<number> {
  for (let i = 1; i <= n; i++) {
    log.push(i);
    yield;
  }
  return n * 10;
}

/** A clock that moves one ms each time it is read. */
function tickingClock() {
  let t = 0;
  return () => t++;
}

function fixture(name: string): Document {
  const html = readFileSync(path.resolve('tests/fixtures/pages', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('sliced work', () => {
  it('runs a generator straight through', () => {
    const log: number[] = [];
    expect(runToEnd(countTo(5, log))).toBe(50);
    expect(log).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives the thread back each time a slice has used its budget', async () => {
    const log: number[] = [];
    const pausedAfter: number[] = [];
    const value = await runSliced(countTo(9, log), {
      budgetMs: 3,
      now: tickingClock(),
      yieldToPage: () => {
        pausedAfter.push(log.length);
        return Promise.resolve();
      },
    });
    expect(value).toBe(90);
    // The clock moves a ms per step and the budget is 3 ms: a pause every three steps.
    expect(pausedAfter).toEqual([3, 6, 9]);
  });

  it('does not pause while the budget lasts', async () => {
    let pauses = 0;
    const value = await runSliced(countTo(100, []), {
      budgetMs: 1_000,
      now: () => 0,
      yieldToPage: () => {
        pauses++;
        return Promise.resolve();
      },
    });
    expect(value).toBe(1_000);
    expect(pauses).toBe(0);
  });

  it('stops at the next pause once the signal is aborted', async () => {
    const log: number[] = [];
    const controller = new AbortController();
    const run = runSliced(countTo(50, log), {
      budgetMs: 1,
      now: tickingClock(),
      signal: controller.signal,
      yieldToPage: () => {
        if (log.length >= 3) controller.abort(new Error('page left'));
        return Promise.resolve();
      },
    });
    await expect(run).rejects.toThrow('page left');
    expect(log.length).toBeLessThan(10);
  });

  it('detects and reads an article the same way in slices as in one go', async () => {
    for (const name of ['source-report.html', 'zh-article.html', 'home.html', 'traps.html']) {
      const doc = fixture(name);
      const whole = detectArticle(doc);
      let pauses = 0;
      const sliced = await runSliced(detectArticleSteps(doc), {
        budgetMs: 0,
        yieldToPage: () => {
          pauses++;
          return Promise.resolve();
        },
      });
      expect(sliced).toEqual(whole);
      expect(pauses).toBeGreaterThan(0);
      const root = whole.root ?? doc.body;
      const map = buildTextMap(root);
      const slicedMap = await runSliced(buildTextMapSteps(root), {
        budgetMs: 0,
        yieldToPage: () => Promise.resolve(),
      });
      expect(slicedMap.text).toBe(map.text);
      expect(slicedMap.nodes).toEqual(map.nodes);
      expect(slicedMap.starts).toEqual(map.starts);
    }
  });
});
