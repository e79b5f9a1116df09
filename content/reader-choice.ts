/**
 * The reader's say over detection, as the page flow sees it: the site's choice (always, never,
 * follow detection), followed as it changes, and "Annotate this page" from the popup, whose
 * selection is read the moment it arrives. lib/site-policy.ts makes the decision.
 */
import { findContentRoot, type ArticleDetection } from '@/lib/page';
import { selectionBlock } from '@/lib/page/selection-block';
import {
  decidePage,
  type PageDecision,
  type PageRequest,
  type PageScope,
  type SitePolicy,
} from '@/lib/site-policy';

export interface ReaderChoiceServices {
  loadSitePolicy?(host: string): Promise<SitePolicy>;
  watchSitePolicy?(host: string, onChange: (policy: SitePolicy) => void): () => void;
  takePageRequests?(listener: (scope: PageScope) => void): () => void;
}

export interface ReaderChoice {
  /**
   * Reads the site's choice; the page flow awaits it with the level. `known` is the choice the
   * background already sent with the annotator: then nothing is asked.
   */
  load(known?: SitePolicy): Promise<void>;
  /** A site the reader never wants annotated, and no request for this page. */
  blocked(): boolean;
  decide(detection: ArticleDetection | null): PageDecision;
  /** Calls `onChange` after each change of either; returns how to stop. */
  watch(onChange: () => void): () => void;
}

/**
 * Created before the page flow awaits anything, so a request left for an annotator about to
 * start (content/annotator-slot.ts) is taken with the selection as it is.
 */
export function createReaderChoice(
  doc: Document,
  host: string,
  services: ReaderChoiceServices,
): ReaderChoice {
  let policy: SitePolicy = 'detect';
  let request: PageRequest | null = null;
  let changed: (() => void) | null = null;
  const stopRequests = services.takePageRequests?.((scope) => {
    const root = scope === 'selection' ? selectionBlock(doc) : null;
    request = root ? { scope: 'selection', root } : { scope: 'page' };
    changed?.();
  });
  return {
    async load(known) {
      policy = known ?? (await services.loadSitePolicy?.(host)) ?? 'detect';
    },
    blocked: () => policy === 'never' && request === null,
    decide: (detection) =>
      decidePage({
        policy,
        request,
        detection,
        body: doc.body,
        bestRoot: () => findContentRoot(doc),
      }),
    watch(onChange) {
      changed = onChange;
      const stopWatching = services.watchSitePolicy?.(host, (next) => {
        if (next === policy) return;
        // Choosing "never" after "Annotate this page" means this page too.
        if (next === 'never') request = null;
        policy = next;
        onChange();
      });
      return () => {
        changed = null;
        stopWatching?.();
        stopRequests?.();
      };
    },
  };
}
