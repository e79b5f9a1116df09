import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  markAgain,
  markTimeline,
  TIMELINE_GLOBAL,
  timelineMarks,
  type TimelineEntry,
} from '@/content/timeline-marks';

const world = globalThis as unknown as Record<string, TimelineEntry[] | undefined>;
const timeline = () => world[TIMELINE_GLOBAL] ?? [];

afterEach(() => {
  delete world[TIMELINE_GLOBAL];
  performance.clearMarks();
});

describe("RegLens's timeline of a page", () => {
  it('is kept on its own world and leaves nothing on the performance timeline pages read', () => {
    const before = performance.now();
    markTimeline(timelineMarks.start);
    markTimeline(timelineMarks.detected, { isArticle: false });
    expect(timeline().map((entry) => entry.name)).toEqual(['reglens:start', 'reglens:detected']);
    expect(timeline()[1]!.detail).toEqual({ isArticle: false });
    expect(timeline()[0]!.startTime).toBeGreaterThanOrEqual(before);
    expect(performance.getEntriesByType('mark')).toEqual([]);
  });

  it('reaches a DevTools trace as console time stamps', () => {
    const stamp = vi.fn();
    const { timeStamp } = console;
    console.timeStamp = stamp;
    try {
      markTimeline(timelineMarks.painted);
    } finally {
      console.timeStamp = timeStamp;
    }
    expect(stamp).toHaveBeenCalledWith('reglens:painted');
  });

  it('keeps only the latest of a mark made again and again', () => {
    markTimeline(timelineMarks.painted);
    markAgain(timelineMarks.dwellEnd);
    markAgain(timelineMarks.dwellEnd);
    markAgain(timelineMarks.dwellEnd);
    expect(timeline().map((entry) => entry.name)).toEqual(['reglens:painted', 'reglens:dwell-end']);
  });

  it('keeps the latest entries of a page that lives long', () => {
    for (let i = 0; i < 500; i++) markTimeline(timelineMarks.detected, { i });
    expect(timeline()).toHaveLength(64);
    expect(timeline().at(-1)!.detail).toEqual({ i: 499 });
    expect(timeline()[0]!.detail).toEqual({ i: 436 });
  });
});
