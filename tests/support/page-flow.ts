/**
 * What the page-flow tests (content/controller.ts run with fake services) share: a content-script
 * context, an article document, and a wait for the flow's reports.
 */
import { expect } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Findings } from '@/lib/messaging';

/** A context that is never invalidated unless its signal's controller aborts. */
export function fakeContext(): ContentScriptContext {
  const controller = new AbortController();
  return {
    signal: controller.signal,
    isInvalid: false,
    onInvalidated: (callback: () => void) => {
      controller.signal.addEventListener('abort', callback);
      return () => controller.signal.removeEventListener('abort', callback);
    },
  } as unknown as ContentScriptContext;
}

/** A news article (JSON-LD, an article element, six paragraphs of `sentence` twice). */
export function articleDocument(sentence: string): Document {
  const body = Array.from({ length: 6 }, () => `<p>${sentence.repeat(2)}</p>`).join('');
  return new DOMParser().parseFromString(
    `<!doctype html><html><head><title>A story</title>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"A story"}</script>
      </head><body><article><h1>A story</h1>${body}</article></body></html>`,
    'text/html',
  );
}

/** Lets the flow's work (detection slices, analysis, the yields between) run until `count` reports. */
export async function settle(reports: Findings[], count: number): Promise<void> {
  for (let i = 0; i < 200 && reports.length < count; i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  expect(reports.length).toBe(count);
}
