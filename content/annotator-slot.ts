/**
 * One annotator per page, and the way the reader's "Annotate this page" reaches it. Both live on
 * a global of the page's isolated world (lib/site-policy.ts names it), shared with what the
 * background runs there: the page script, an always-annotated site and the popup's request may
 * each have the annotator injected, and only the first one to run starts.
 */
import { ANNOTATOR_SLOT_KEY, type PageScope, type PageStart } from '@/lib/site-policy';

interface AnnotatorSlot {
  /** An annotator runs in this frame. */
  claimed?: boolean;
  /** A request left before the annotator could take it (the background injects it next). */
  pending?: PageScope;
  /** Takes a request at once, while an annotator runs. */
  listener?: (scope: PageScope) => void;
  /**
   * The background's answer to the page script's request for the annotator: the settings it
   * starts with, so it need not ask for them (one round trip instead of two in a row).
   */
  start?: Promise<PageStart | null>;
}

type WithSlot = typeof globalThis & { [ANNOTATOR_SLOT_KEY]?: AnnotatorSlot };

function slot(): AnnotatorSlot {
  return ((globalThis as WithSlot)[ANNOTATOR_SLOT_KEY] ??= {});
}

/** Runs `start` unless an annotator already runs here. */
export function runAnnotatorOnce(start: () => unknown): void {
  const here = slot();
  if (here.claimed) return;
  here.claimed = true;
  start();
}

/**
 * Hands the reader's requests to `listener`: one left before the annotator started at once,
 * then each later one. Returns how to stop.
 */
export function takePageRequests(listener: (scope: PageScope) => void): () => void {
  const here = slot();
  here.listener = listener;
  const pending = here.pending;
  delete here.pending;
  if (pending) listener(pending);
  return () => {
    if (here.listener === listener) delete here.listener;
  };
}

/** The page script leaves the background's answer for the annotator it asked for. */
export function leaveStart(start: Promise<PageStart | null>): void {
  slot().start = start;
}

/**
 * The settings left by the page script, taken once: null where none were left (an annotator
 * injected by the popup or for an always-annotated site) or the background sent none.
 */
export function takeStart(): Promise<PageStart | null> {
  const here = slot();
  const start = here.start ?? Promise.resolve(null);
  delete here.start;
  return start.catch(() => null);
}
