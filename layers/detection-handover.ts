/**
 * The page script decides whether a page is an article before anything else is loaded; the
 * annotator, injected next into the same isolated world, takes that verdict over instead of
 * reading the page a second time. The hand-over is a global of that world, which the page's own
 * scripts cannot see.
 */
import type { ArticleDetection } from '@/lib/page';

const globalKey = '__reglensDetection';

type WithDetection = typeof globalThis & { [globalKey]?: ArticleDetection };

export function handOverDetection(detection: ArticleDetection): void {
  (globalThis as WithDetection)[globalKey] = detection;
}

/** The page script's verdict, once; null when the annotator came without one. */
export function takeDetection(): ArticleDetection | null {
  const scope = globalThis as WithDetection;
  const detection = scope[globalKey] ?? null;
  delete scope[globalKey];
  return detection;
}
