/**
 * Marks on the page's performance timeline, for the benchmark and for anyone profiling a page
 * in DevTools: the whole path a reader waits for, step by step.
 */
export const timelineMarks = {
  start: 'reglens:start',
  detected: 'reglens:detected',
  analysed: 'reglens:analysed',
  painted: 'reglens:painted',
  /** The hover-intent dwell ended and a card was asked for: the start of dwell-to-card. */
  dwellEnd: 'reglens:dwell-end',
} as const;

/**
 * Puts a mark that happens again and again (one per card) on the timeline, keeping only the
 * latest: an observer of the timeline still sees every one, and nothing piles up while no one
 * reads them.
 */
export function markAgain(name: string): void {
  performance.clearMarks(name);
  performance.mark(name);
}
