/**
 * RegLens's own timeline of a page, for the benchmark, the end-to-end tests and anyone profiling
 * a page: the whole path a reader waits for, step by step.
 *
 * Kept out of the page's sight. Marks on the page's performance timeline can be read by every
 * script of every page, so any site could tell that RegLens is installed, on the pages it leaves
 * alone as well. The entries live in the extension's isolated world instead, on its global, which
 * the page script and the annotator (two bundles in one world) share and readers reach over the
 * DevTools protocol (tests/e2e/harness.ts). A DevTools trace sees each one as a
 * `console.timeStamp` event, which no page script can read.
 */
export const timelineMarks = {
  start: 'reglens:start',
  detected: 'reglens:detected',
  analysed: 'reglens:analysed',
  painted: 'reglens:painted',
  /** The hover-intent dwell ended and a card was asked for: the start of dwell-to-card. */
  dwellEnd: 'reglens:dwell-end',
} as const;

export type TimelineMark = (typeof timelineMarks)[keyof typeof timelineMarks];

export interface TimelineEntry {
  name: TimelineMark;
  /** On the document's clock (`performance.now()`), the same in every world of the page. */
  startTime: number;
  detail?: Record<string, unknown>;
}

/** The isolated world's global holding the entries, oldest first. */
export const TIMELINE_GLOBAL = 'reglensTimeline';

/** A page that lives long (re-detected as a reader's app changes) keeps its latest entries only. */
const KEPT = 64;

function entries(): TimelineEntry[] {
  const world = globalThis as unknown as Partial<Record<typeof TIMELINE_GLOBAL, TimelineEntry[]>>;
  return (world[TIMELINE_GLOBAL] ??= []);
}

export function markTimeline(name: TimelineMark, detail?: TimelineEntry['detail']): void {
  const list = entries();
  const startTime = performance.now();
  list.push(detail ? { name, startTime, detail } : { name, startTime });
  if (list.length > KEPT) list.splice(0, list.length - KEPT);
  // Not in every console (test runners replace it): the timeline is kept without it.
  (console as Partial<Console>).timeStamp?.(name);
}

/**
 * A mark that happens again and again (one per card), keeping only the latest: nothing piles up
 * while no one reads them.
 */
export function markAgain(name: TimelineMark): void {
  const list = entries();
  const earlier = list.findIndex((entry) => entry.name === name);
  if (earlier !== -1) list.splice(earlier, 1);
  markTimeline(name);
}
