/**
 * `scheduler.yield()`, where the context has it (Chromium's pages and workers): the work gives
 * the thread back and resumes ahead of other queued tasks. Null elsewhere, where each caller
 * falls back in its own way.
 */
interface SchedulerLike {
  yield?: () => Promise<void>;
}

export function schedulerYield(): Promise<void> | null {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : null;
}
