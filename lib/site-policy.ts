/**
 * Where the reader overrules article detection: per site ("always annotate", "never annotate",
 * or follow detection) and once for one page ("Annotate this page", the whole body or the
 * selected passage's block). Pure: it decides from the settings' answer, detection's verdict and
 * the elements the page offers, and carries no schema, so the annotator can use it.
 */
import type { Level } from './levels';

/** What a reader chose for a site; detection decides where nothing was chosen. */
export const sitePolicies = ['detect', 'always', 'never'] as const;
export type SitePolicy = (typeof sitePolicies)[number];

/** The choices that are stored: "detect" is the absence of one. */
export type StoredSitePolicy = Exclude<SitePolicy, 'detect'>;

/** What "Annotate this page" takes as the article: the whole page, or the selected passage. */
export type PageScope = 'page' | 'selection';

/** How "Annotate this page" went, for the popup to say. */
export type AnnotateOutcome = 'annotated' | 'no-selection' | 'failed';

/**
 * Where the annotator keeps, in the page's isolated world (which the page's own scripts cannot
 * see), that it runs and how to hand it the reader's request; the background reaches it there
 * with `scripting.executeScript`.
 */
export const ANNOTATOR_SLOT_KEY = '__reglensAnnotator';

/**
 * What the background tells the page script when it injects the annotator: the settings the
 * annotator starts with, read in the same step, so the annotator need not ask for them.
 */
export interface PageStart {
  /** The host they are for: the tab's, which an annotator in a frame of another site ignores. */
  host: string;
  level: Level;
  policy: SitePolicy;
}

/** The signals the reader's choices add to a page's findings (see the README's read-out). */
export const readerSignals = {
  never: 'reader:never-annotate',
  always: 'reader:always-annotate',
  page: 'reader:annotate-page',
  selection: 'reader:annotate-selection',
} as const;

/** The reader's request for this page, with the element it names (the selection's block). */
export type PageRequest = { scope: 'page' } | { scope: 'selection'; root: Element };

/** Detection's verdict, as far as the decision needs it. */
export interface DetectionVerdict {
  isArticle: boolean;
  signals: readonly string[];
  root: Element | null;
}

export interface PageDecision {
  /** Whether the page is annotated at all. */
  annotate: boolean;
  /** What is read as the article; null where nothing is. */
  root: Element | null;
  /** What the findings report: taken for an article, by detection or by the reader. */
  isArticle: boolean;
  signals: string[];
}

export interface DecideInput {
  policy: SitePolicy;
  /** "Annotate this page", when the reader asked for it on this page. */
  request: PageRequest | null;
  /** Null when detection has not run (a site the reader never wants annotated). */
  detection: DetectionVerdict | null;
  body: Element | null;
  /** Detection's best guess at the main text of a page it did not take for an article. */
  bestRoot: () => Element | null;
}

/**
 * What happens on a page. The reader's request for this page wins over everything; then a site
 * that is never annotated is left alone; then a site that is always annotated is read from
 * detection's root, its best guess, or the body; then detection decides.
 */
export function decidePage({
  policy,
  request,
  detection,
  body,
  bestRoot,
}: DecideInput): PageDecision {
  const detected = detection ? [...detection.signals] : [];
  if (request) {
    const root = request.scope === 'selection' ? request.root : body;
    return {
      annotate: root !== null,
      root,
      isArticle: root !== null,
      signals: [...detected, readerSignals[request.scope]],
    };
  }
  if (policy === 'never') {
    return { annotate: false, root: null, isArticle: false, signals: [readerSignals.never] };
  }
  if (!detection) return { annotate: false, root: null, isArticle: false, signals: [] };
  if (detection.isArticle && detection.root) {
    return { annotate: true, root: detection.root, isArticle: true, signals: detected };
  }
  if (policy === 'always') {
    const root = detection.root ?? bestRoot() ?? body;
    return {
      annotate: root !== null,
      root,
      isArticle: root !== null,
      signals: [...detected, readerSignals.always],
    };
  }
  return { annotate: false, root: null, isArticle: false, signals: detected };
}
