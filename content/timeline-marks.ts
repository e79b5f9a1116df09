/**
 * Marks on the page's performance timeline, for the benchmark and for anyone profiling a page
 * in DevTools: the whole path a reader waits for, step by step.
 */
export const timelineMarks = {
  start: 'reglens:start',
  detected: 'reglens:detected',
  analysed: 'reglens:analysed',
  painted: 'reglens:painted',
} as const;
