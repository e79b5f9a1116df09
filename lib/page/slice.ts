/**
 * Long page work (detecting the article, reading its text) written once as a generator that
 * pauses at safe points. Tests and small pages run it straight through with `runToEnd`; the
 * page runs it with `runSliced`, which gives the main thread back whenever a slice has used its
 * time, so a page with a megabyte of text never freezes for the reader.
 */
import { schedulerYield } from '../scheduler-yield';

export type Steps<T> = Generator<void, T, void>;

/** How many loop turns pass between two checks of the clock inside a generator. */
export const STEP_EVERY = 64;

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export interface SliceOptions {
  /** Longest stretch of work before the page gets the thread back, in ms. */
  budgetMs?: number;
  /** Gives the thread back; resolves when work may go on. */
  yieldToPage?: () => Promise<void>;
  now?: () => number;
  /** Stops between slices; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Well under the 50 ms that counts as a long task, leaving room for the page's own work. */
const DEFAULT_BUDGET_MS = 10;

/**
 * `scheduler.yield()` where the browser has it: the work resumes ahead of other queued tasks.
 * Elsewhere a zero-delay timer, which lets input and rendering in between.
 */
export function yieldToPage(): Promise<void> {
  return schedulerYield() ?? new Promise((resolve) => setTimeout(resolve, 0));
}

export async function runSliced<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const pause = options.yieldToPage ?? yieldToPage;
  const now = options.now ?? (() => performance.now());
  const { signal } = options;
  let sliceStart = now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (now() - sliceStart < budget) continue;
    await pause();
    if (signal?.aborted) {
      steps.return(undefined as T);
      throw signal.reason;
    }
    sliceStart = now();
  }
}
