/**
 * The annotator for pages that change after they were read. Each reading of the page is one
 * session of the page flow (controller.ts) with its own context; when the page shows another
 * article (a single-page app's navigation), replaces the text that was read (a framework
 * rendering it again), or a page that may be an article fills in its text, the session is ended
 * (its marks, cards and pending reports go with it) and the page is read afresh.
 *
 * How navigations are seen, with no permission beyond what the annotator has: a content script
 * runs in an isolated world, so wrapping history.pushState there never sees the page's own calls.
 * The Navigation API's `currententrychange` does (Chromium), and elsewhere the address is compared
 * whenever the page mutates, which a new article always does, and on popstate.
 * webNavigation.onHistoryStateUpdated in the background would need the webNavigation permission.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ArticleDetection } from '@/lib/page';
import { watchPageChanges, type PageChange } from '@/lib/page/page-changes';
import { prefilterArticle } from '@/lib/page/prefilter';
import { extensionServices, runContentScript, type AnnotatorOptions } from './controller';
import { quietContext } from './script-context';

/** How long a page that may be an article is watched for its text to arrive. */
const GROWTH_WATCH_MS = 30_000;
/** A page rendering its article again and again is read again at most this often. */
const REWRITE_INTERVAL_MS = 1_000;
/** Cheap signs that a page wants to be an article even while it has too little text. */
const DECLARED_ARTICLE = /^prefilter:(?:json-ld|og:type|article-element)/;

export function annotateChangingPage(
  outer: ContentScriptContext,
  options: AnnotatorOptions = {},
): void {
  const doc = options.doc ?? document;
  const services = options.services ?? extensionServices;
  let session: ContentScriptContext | null = null;
  let read = new WeakSet<Text>();
  let root: Element | null = null;
  /** Until when added text may turn this page into an article: 0 not yet decided, -1 never. */
  let growthUntil = 0;
  let startedAt = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;

  const start = () => {
    pending = undefined;
    if (outer.isInvalid) return;
    session?.abort('The page changed');
    // A new context of this name also ends any earlier one, as of an older RegLens in this page.
    const ctx = quietContext('annotator-page');
    const unlink = outer.onInvalidated(() => ctx.abort('RegLens stopped'));
    ctx.onInvalidated(unlink);
    const mine = new WeakSet<Text>();
    session = ctx;
    read = mine;
    root = null;
    startedAt = performance.now();
    const detected = (detection: ArticleDetection) => {
      if (session !== ctx) return;
      root = detection.isArticle ? detection.root : null;
      if (detection.isArticle) growthUntil = -1;
      else if (growthUntil === 0) {
        const declared = DECLARED_ARTICLE.test(prefilterArticle(doc).signal);
        growthUntil = declared ? performance.now() + GROWTH_WATCH_MS : -1;
      }
    };
    runContentScript(ctx, {
      ...options,
      doc,
      // A session that ended reports nothing more: its findings are of a page no longer shown.
      services: {
        ...services,
        report: (found) => (ctx.isInvalid ? Promise.resolve(null) : services.report(found)),
      },
      watch: {
        detected,
        read: (nodes) => {
          if (session === ctx) for (const node of nodes) mine.add(node);
        },
      },
    }).catch((error: unknown) => {
      if (!ctx.isInvalid) console.warn('RegLens could not annotate this page:', error);
    });
  };

  const changed = (change: PageChange) => {
    if (outer.isInvalid) return;
    clearTimeout(pending);
    if (change === 'navigated') {
      // Another article: it may be thin at first and is given its own time to fill in.
      growthUntil = 0;
      start();
      return;
    }
    const wait = change === 'rewritten' ? startedAt + REWRITE_INTERVAL_MS - performance.now() : 0;
    if (wait <= 0) start();
    else pending = setTimeout(start, wait);
  };
  outer.onInvalidated(() => {
    clearTimeout(pending);
    session?.abort('RegLens stopped');
  });

  watchPageChanges(doc, {
    signal: outer.signal,
    isRead: (node) => read.has(node),
    articleRoot: () => root,
    countGrowth: () => growthUntil > 0 && performance.now() < growthUntil,
    onChange: changed,
    navigation: (globalThis as { navigation?: EventTarget }).navigation ?? null,
  });
  start();
}
