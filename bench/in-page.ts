/**
 * What the benchmark runs inside a page. scripts/bench.mjs bundles this file (with lib/page,
 * lib/match and mark.js) into one IIFE, injects it into each page, and calls
 * `window.__reglensBench`. Every method times itself in the page, so no DevTools round trip is
 * ever inside a measurement.
 *
 * The methods, all on the same root element and the same names:
 * - floor: a TreeWalker collects the root's text nodes and a loop reads every character once;
 *   no matcher can do less.
 * - highlight floor: one Range per mention RegLens paints on the page and one registered
 *   Highlight holding them, nothing else; any painter on the Custom Highlight API pays this.
 * - reglens: what the content script does once the page is taken for an article: text map,
 *   matching, highlighting as the names layer does it (content/layers/names.ts), with the
 *   Custom Highlight API.
 * - markjs: mark.js highlighting the same names, whole words, any case.
 * - regex: one regular expression with every name, compile time included.
 */
import Mark, { type MarkOptions } from 'mark.js';
import core from '../assets/datasets/core.json';
import type { Actor } from '../lib/kb/schema';
import { createMatcher, type Matcher } from '../lib/match';
import {
  buildTextMap,
  createHighlighter,
  createPaintWindow,
  detectArticle,
  findContentRoot,
  paintSpans,
  type TextMap,
} from '../lib/page';
import { pageScheme } from '../lib/page/page-scheme';
import { markHighlighter } from '../lib/marks';
import { actorsFor, generateNames, generatedSizes, namesOf, type NameSetId } from './names';

export interface Measurement {
  /** Median time of one run, ms. */
  ms: number;
  /** Timed runs (the warm-up run is not one of them, unless it was the only run). */
  runs: number;
  /** Time spent in timed runs, ms. */
  totalMs: number;
  /** Runs per timed batch: more than one when a run is too short for the timer alone. */
  batch: number;
  /** The only sample is one cold run: the method was too slow to repeat within its budget. */
  single?: boolean;
  /** Clean-up between runs (mark.js unmark, highlighter destroy) was inside the timing. */
  cleanupTimed?: boolean;
}

export interface MeasureOptions {
  /** Clean-up after each run, kept out of the timing where the timer allows it. */
  teardown?: () => void;
  /** Stop sampling once this much time went into the method, ms. */
  budgetMs?: number;
  /** Untimed warm-up per method, ms (default WARM_UP_MS; less where the code is already hot). */
  warmUpMs?: number;
}

/** At least this much timed work per measurement, ms (well above a coarse 100 µs timer). */
const MIN_TOTAL_MS = 50;
/** And at least this many samples, so one garbage collection cannot make the median. */
const MIN_SAMPLES = 5;
/** Warm-up: enough runs for the JIT to reach optimised code before anything is timed. */
const WARM_UP_MS = 15;
const WARM_UP_RUNS = 2;

let sink = 0;
let resolutionMs: number | null = null;

/** The smallest step performance.now() takes here: 0.1 ms in a normal page, 5 µs when isolated. */
export function timerResolution(): number {
  if (resolutionMs !== null) return resolutionMs;
  let smallest = Infinity;
  for (let i = 0; i < 50; i++) {
    const a = performance.now();
    let b = performance.now();
    while (b === a) b = performance.now();
    smallest = Math.min(smallest, b - a);
  }
  resolutionMs = smallest;
  return smallest;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One method to time: its run, and the clean-up to do after each run. */
export interface Timed {
  run: () => void;
  teardown?: () => void;
}

interface Plan {
  timeBatch: (size: number, cleanupTimed: boolean) => number;
  batch: number;
  cleanupTimed: boolean;
  samples: number[];
  total: number;
  single?: number;
}

/**
 * Times several methods side by side: each is warmed up (untimed), then their samples are taken
 * in turns, until each has at least MIN_TOTAL_MS of timed work and MIN_SAMPLES samples (or its
 * budget is spent); each figure is the median per run. Taking turns means a busy moment of the
 * machine (two cores, other processes) falls on all of them alike, so their ratios hold even when
 * the absolute figures wobble. Runs shorter than twenty timer steps are timed in batches (the size
 * found by doubling until a batch is long enough), so the timer's coarseness never decides a
 * figure. A run that alone takes half the budget is timed once, cold: there is no time to repeat it.
 */
export function measureTogether(
  methods: readonly Timed[],
  options: MeasureOptions = {},
): Measurement[] {
  const budget = options.budgetMs ?? 2000;
  const target = Math.max(20 * timerResolution(), 0.1);
  const plans: Plan[] = methods.map(({ run, teardown }) => {
    const timeBatch = (size: number, cleanupTimed: boolean): number => {
      const start = performance.now();
      for (let i = 0; i < size; i++) {
        run();
        if (cleanupTimed) teardown?.();
      }
      const elapsed = performance.now() - start;
      if (!cleanupTimed) teardown?.();
      return elapsed;
    };
    const plan: Plan = { timeBatch, batch: 1, cleanupTimed: false, samples: [], total: 0 };
    let last = timeBatch(1, false);
    if (last >= budget / 2) {
      plan.single = last;
      return plan;
    }
    const warmUp = options.warmUpMs ?? WARM_UP_MS;
    const warmStart = performance.now();
    let slow = false;
    for (let runs = 1; runs < WARM_UP_RUNS || performance.now() - warmStart < warmUp; runs++) {
      last = timeBatch(1, false);
      slow = last >= budget / 10;
      if (slow) break;
    }
    // The batch size comes from a run of warm code: a warm-up run may still have been slow.
    if (!slow) last = timeBatch(1, false);
    // A batch runs back to back, so the clean-up of one run must happen before the next.
    while (last < target && plan.batch < 1 << 16) {
      plan.batch *= 2;
      last = timeBatch(plan.batch, !!teardown);
    }
    plan.cleanupTimed = teardown !== undefined && plan.batch > 1;
    return plan;
  });

  const open = (plan: Plan) =>
    plan.single === undefined &&
    (plan.total < MIN_TOTAL_MS || plan.samples.length < MIN_SAMPLES) &&
    plan.total < budget;
  while (plans.some(open)) {
    for (const plan of plans) {
      if (!open(plan)) continue;
      const elapsed = plan.timeBatch(plan.batch, plan.cleanupTimed);
      plan.samples.push(elapsed / plan.batch);
      plan.total += elapsed;
    }
  }
  return plans.map((plan) =>
    plan.single !== undefined
      ? { ms: plan.single, runs: 1, totalMs: plan.single, batch: 1, single: true }
      : {
          ms: median(plan.samples),
          runs: plan.samples.length * plan.batch,
          totalMs: plan.total,
          batch: plan.batch,
          ...(plan.cleanupTimed ? { cleanupTimed: true } : {}),
        },
  );
}

/** One method alone: see measureTogether. */
export function measure(run: () => void, options: MeasureOptions = {}): Measurement {
  return measureTogether([{ run, teardown: options.teardown }], options)[0]!;
}

// ---------------------------------------------------------------------------------------------
// Name sets

interface NameSet {
  id: NameSetId;
  names: string[];
  actors: Actor[];
  matcher: Matcher;
  buildMs: number;
  regexSource: string;
  /** Names with a word character at both ends: mark.js "exactly", with punctuation as limiters. */
  markWords: string[];
  /** The rest (Chinese names run into their neighbours): mark.js "partially". */
  markOthers: string[];
}

/**
 * The bundled knowledge base, in the order the background loads it (by id). The JSON is used as
 * it is: the matcher reads optional fields defensively, and the schema has no transforms, so
 * parsing it with zod would give the matcher the same values.
 */
const kbActors: Actor[] = [...(core.actors as unknown as Actor[])].sort((a, b) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
);
const kbNames = namesOf(kbActors);

const sets = new Map<NameSetId, NameSet>();
/** `\w` at an end is where a `\b` can sit; elsewhere (Han, quotes) a `\b` would never match. */
const WORD_END = /\w/u;

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * The combined expression: names escaped, longest first (so a longer name wins over its prefix),
 * and `\b` on each end that is a word character. Han names get no `\b`: JavaScript's `\b` sees
 * Han as non-word, so a boundary there would never match inside running Chinese text, and
 * RegLens itself applies no word boundaries to Chinese either.
 */
export function regexSourceFor(names: readonly string[]): string {
  return [...names]
    .sort((a, b) => b.length - a.length)
    .map((name) => {
      const head = WORD_END.test(name.charAt(0)) ? '\\b' : '';
      const tail = WORD_END.test(name.charAt(name.length - 1)) ? '\\b' : '';
      return head + escapeRegExp(name) + tail;
    })
    .join('|');
}

function namesFor(id: NameSetId): { names: string[]; actors: Actor[] } {
  if (id === 'kb') return { names: kbNames, actors: kbActors };
  const names = generateNames(generatedSizes[id], kbNames);
  return { names, actors: actorsFor(kbActors, names) };
}

/** The set, built on first use in this page; `buildMs` is the matcher's construction time. */
export function nameSet(id: NameSetId): NameSet {
  let set = sets.get(id);
  if (set) return set;
  const { names, actors } = namesFor(id);
  const start = performance.now();
  const matcher = createMatcher(actors);
  const buildMs = performance.now() - start;
  const markWords: string[] = [];
  const markOthers: string[] = [];
  for (const name of names) {
    const words = WORD_END.test(name.charAt(0)) && WORD_END.test(name.charAt(name.length - 1));
    (words ? markWords : markOthers).push(name);
  }
  set = {
    id,
    names,
    actors,
    matcher,
    buildMs,
    regexSource: regexSourceFor(names),
    markWords,
    markOthers,
  };
  sets.set(id, set);
  return set;
}

// ---------------------------------------------------------------------------------------------
// The page

interface PageState {
  root: Element;
  textMap: TextMap;
  isArticle: boolean;
}

let state: PageState | null = null;

export interface PageInfo {
  isArticle: boolean;
  signals: string[];
  /** How the root was found: the article's root, or the best guess on a page that is not one. */
  root: 'article' | 'content-root' | 'body';
  rootTag: string;
  /** A selector for the root (a chain of :nth-child), for the architecture floor's script. */
  rootSelector: string;
  /** Characters of the text map (what RegLens matches). */
  chars: number;
  /** Characters under the root, every text node (what the floor reads). */
  rootChars: number;
  textNodes: number;
  timerResolutionMs: number;
  crossOriginIsolated: boolean;
}

/**
 * Picks the root every method works on: the article's root as RegLens detects it; on pages that
 * are not taken for articles, the best content root, so they are still measured like for like.
 */
export function page(): PageInfo {
  const detection = detectArticle(document);
  let root = detection.root;
  let how: PageInfo['root'] = 'article';
  if (!root) {
    root = findContentRoot(document);
    how = 'content-root';
  }
  if (!root) {
    root = document.body;
    how = 'body';
  }
  state = { root, textMap: buildTextMap(root), isArticle: detection.isArticle };
  let rootChars = 0;
  let textNodes = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    rootChars += (node as Text).data.length;
    textNodes++;
  }
  return {
    isArticle: detection.isArticle,
    signals: detection.signals,
    root: how,
    rootTag: root.localName,
    rootSelector: selectorOf(root),
    chars: state.textMap.text.length,
    rootChars,
    textNodes,
    timerResolutionMs: timerResolution(),
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
  };
}

/** `html > :nth-child(2) > ...`: the element's place in the parsed document. */
function selectorOf(element: Element): string {
  const steps: string[] = [];
  for (let el: Element | null = element; el && el !== document.documentElement;) {
    const parent: Element | null = el.parentElement;
    if (!parent) break;
    steps.unshift(`:nth-child(${[...parent.children].indexOf(el) + 1})`);
    el = parent;
  }
  return ['html', ...steps].join(' > ');
}

function current(): PageState {
  if (!state) throw new Error('Call page() first');
  return state;
}

/**
 * Lets a freshly loaded page calm down before anything is timed: the page's own loading work and
 * garbage go first (an idle callback). On pages that get every measurement, every measured code
 * path then runs untimed for a while too, so the JIT has compiled it before the first figure
 * (with two cores, background compilation competes with the measurements); elsewhere the
 * per-method warm-up of measureTogether does that.
 */
export async function settle(warmAll = true): Promise<void> {
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 50 }));
  if (!warmAll) return;
  const { root } = current();
  const set = nameSet('kb');
  const start = performance.now();
  while (performance.now() - start < 20) {
    floorOnce(root);
    annotate(set).painting.destroy();
  }
  await new Promise((resolve) => setTimeout(resolve, 10));
}

/** The article text RegLens matches, for the text-only measurements. */
export function text(): string {
  return current().textMap.text;
}

function floorOnce(root: Element): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  let sum = 0;
  for (const node of nodes) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) sum = (sum + data.charCodeAt(i)) | 0;
  }
  sink ^= sum;
}

export function floor(options?: MeasureOptions): Measurement {
  const { root } = current();
  return measure(() => floorOnce(root), options);
}

const PAINTING_TAKEN_OFF = new Error('The benchmark took the painting off');

/** What one highlighting run left on the page, and how to take it off. */
interface Painting {
  destroy(): void;
}

/** Each actor's kind, which picks its mark's style, per name set; made before any timing. */
const kindsOf = new WeakMap<NameSet, ReadonlyMap<string, string>>();
function kindOfActor(set: NameSet): ReadonlyMap<string, string> {
  let kinds = kindsOf.get(set);
  if (!kinds) kindsOf.set(set, (kinds = new Map(set.actors.map((a) => [a.id, a.kind]))));
  return kinds;
}

/**
 * The highlighting step as the names layer does it (content/layers/names.ts through
 * content/mark-painter.ts): the page's scheme read behind the root, the names layer's marks with
 * a style per kind, painted near the viewport beyond 300 names (lib/page/paint-mentions.ts).
 */
function paint(set: NameSet, textMap: TextMap, mentions: ReturnType<Matcher['match']>): Painting {
  // As the layer: nothing is added to the page when there is no name to paint.
  if (mentions.length === 0) return { destroy() {} };
  const kinds = kindOfActor(set);
  const highlighter = createHighlighter(
    document,
    markHighlighter('names', pageScheme(textMap.root)),
  );
  const stop = new AbortController();
  paintSpans(highlighter, textMap, mentions, {
    idPrefix: 'p0m',
    paintWindow: createPaintWindow(document, { signal: stop.signal }),
    kindOf: (mention) => kinds.get(mention.actorId),
  });
  return {
    destroy() {
      // With a reason of its own: without one, abort() makes a DOMException (a stack trace),
      // and clean-up falls inside the timing when runs are timed in batches.
      stop.abort(PAINTING_TAKEN_OFF);
      highlighter.destroy();
    },
  };
}

function annotate(set: NameSet): { painting: Painting; mentions: number } {
  const textMap = buildTextMap(current().root);
  const mentions = set.matcher.match(textMap.text, { host: location.hostname });
  return { painting: paint(set, textMap, mentions), mentions: mentions.length };
}

/** Where one painted range starts and ends, to build the same range again. */
interface Bounds {
  startNode: Node;
  startOffset: number;
  endNode: Node;
  endOffset: number;
}

/**
 * The ranges RegLens paints with `set` on this page, as the browser holds them after one run
 * (every highlight the run registered under its name; beyond 300 names only the blocks near the
 * viewport are painted, so this is what is painted, not every mention).
 */
function paintedBounds(set: NameSet): Bounds[] {
  const before = new Set(CSS.highlights.keys());
  const { painting } = annotate(set);
  const bounds: Bounds[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (before.has(name)) continue;
    for (const range of highlight) {
      bounds.push({
        startNode: range.startContainer,
        startOffset: range.startOffset,
        endNode: range.endContainer,
        endOffset: range.endOffset,
      });
    }
  }
  painting.destroy();
  return bounds;
}

/** The highlight floor: a Range per painted mention and one registered Highlight, nothing else. */
function highlightFloorOf(bounds: readonly Bounds[]): Timed {
  const name = 'reglens-highlight-floor';
  // As RegLens: a page without a name to paint gets nothing.
  if (bounds.length === 0) return { run: () => {} };
  return {
    run: () => {
      const ranges: Range[] = [];
      for (const b of bounds) {
        const range = new Range();
        range.setStart(b.startNode, b.startOffset);
        range.setEnd(b.endNode, b.endOffset);
        ranges.push(range);
      }
      CSS.highlights.set(name, new Highlight(...ranges));
    },
    teardown: () => {
      CSS.highlights.delete(name);
    },
  };
}

export interface SideBySide {
  floor: Measurement;
  /** The highlight floor for the ranges RegLens paints with the bundled names. */
  highlightFloor: Measurement & { ranges: number };
  reglens: Partial<Record<NameSetId, RegLensResult>>;
}

/**
 * The floor and RegLens (one entry per name set) timed in turns, so their ratio is not at the
 * mercy of what else the machine does during one of them.
 */
export function sideBySide(ids: NameSetId[], options?: MeasureOptions): SideBySide {
  const { root } = current();
  const entries = ids.map((id) => {
    const set = nameSet(id);
    const state = { last: null as Painting | null, mentions: 0 };
    const timed: Timed = {
      run: () => {
        const result = annotate(set);
        state.last = result.painting;
        state.mentions = result.mentions;
      },
      teardown: () => state.last?.destroy(),
    };
    return { id, set, state, timed };
  });
  const bounds = paintedBounds(nameSet('kb'));
  const [floorFigure, highlightFigure, ...figures] = measureTogether(
    [{ run: () => floorOnce(root) }, highlightFloorOf(bounds), ...entries.map((e) => e.timed)],
    options,
  );
  const reglens: SideBySide['reglens'] = {};
  entries.forEach((entry, i) => {
    reglens[entry.id] = {
      total: figures[i]!,
      mentions: entry.state.mentions,
      buildMs: entry.set.buildMs,
      names: entry.set.names.length,
    };
  });
  return {
    floor: floorFigure!,
    highlightFloor: { ...highlightFigure!, ranges: bounds.length },
    reglens,
  };
}

export interface RegLensResult {
  /** Text map, matching and highlighting. */
  total: Measurement;
  mentions: number;
  buildMs: number;
  names: number;
}

export function reglens(id: NameSetId, options?: MeasureOptions): RegLensResult {
  const set = nameSet(id);
  let last: Painting | null = null;
  let mentions = 0;
  const total = measure(
    () => {
      const result = annotate(set);
      last = result.painting;
      mentions = result.mentions;
    },
    { ...options, teardown: () => last?.destroy() },
  );
  return { total, mentions, buildMs: set.buildMs, names: set.names.length };
}

/** Matching alone, on the text map's text. */
export function match(id: NameSetId, options?: MeasureOptions): Measurement {
  const set = nameSet(id);
  const { textMap } = current();
  return measure(() => {
    sink ^= set.matcher.match(textMap.text, { host: location.hostname }).length;
  }, options);
}

export interface HotSpots {
  detect: Measurement;
  textMap: Measurement;
  match: Measurement;
  highlight: Measurement;
}

/** Each step of the content script's work on its own, with the bundled knowledge base. */
export function hotSpots(options?: MeasureOptions): HotSpots {
  const set = nameSet('kb');
  const { root, textMap } = current();
  const mentions = set.matcher.match(textMap.text, { host: location.hostname });
  let last: Painting | null = null;
  return {
    detect: measure(() => {
      sink ^= detectArticle(document).signals.length;
    }, options),
    textMap: measure(() => {
      sink ^= buildTextMap(root).text.length;
    }, options),
    match: match('kb', options),
    highlight: measure(
      () => {
        last = paint(set, textMap, mentions);
      },
      { ...options, teardown: () => last?.destroy() },
    ),
  };
}

/** Tags RegLens never annotates (lib/page/dom-rules.ts), so mark.js skips them too. */
const SKIPPED_TAGS = [
  'nav',
  'aside',
  'footer',
  'form',
  'button',
  'select',
  'textarea',
  'noscript',
  'template',
  'svg',
  'iframe',
];
// mark.js tests `exclude` against a text node's parent only, hence the descendant selectors.
const markExclude = SKIPPED_TAGS.flatMap((tag) => [tag, `${tag} *`]);
/**
 * Where a whole word may end besides white space: mark.js's own punctuation list (the one it uses
 * for "complementary"), plus the typographic quotes and dashes of news copy ("Alibaba’s").
 */
const LIMITERS = [...`!"#$%&'()*+,-./:;<=>?@[\\]^_\`{|}~¡¿‘’“”–—…`];

/**
 * mark.js options closest to RegLens: whole words where a name has word characters at its ends
 * (accuracy "exactly" with punctuation limiters, since plain "exactly" only accepts white space
 * around a word and would miss "Alibaba's"), substrings for Chinese names; any case; no
 * diacritics folding (RegLens has none); matches across inline elements as RegLens does.
 */
const markCommon: MarkOptions = {
  separateWordSearch: false,
  caseSensitive: false,
  diacritics: false,
  acrossElements: true,
  exclude: markExclude,
};
const markWordOptions: MarkOptions = {
  ...markCommon,
  accuracy: { value: 'exactly', limiters: LIMITERS },
};
const markOtherOptions: MarkOptions = { ...markCommon, accuracy: 'partially' };

/**
 * mark.js moves from one keyword to the next inside the previous keyword's callback, so its stack
 * grows with the number of keywords: 1,000 in one call already overflowed it here. Calls of at most
 * 500 keywords are what a mark.js user would have to do; each costs one pass per keyword anyway.
 */
const MARK_CHUNK = 500;

function chunks(words: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < words.length; i += MARK_CHUNK) out.push(words.slice(i, i + MARK_CHUNK));
  return out;
}

export interface MarkResult {
  total: Measurement;
  marks: number;
}

export function markjs(id: NameSetId, options?: MeasureOptions): MarkResult {
  const set = nameSet(id);
  const marker = new Mark(current().root);
  let marks = 0;
  const total = measure(
    () => {
      let finished = 0;
      marks = 0;
      const done = (count: number) => {
        marks += count;
        finished++;
      };
      const calls = [
        ...chunks(set.markWords).map((words) => [words, markWordOptions] as const),
        ...chunks(set.markOthers).map((words) => [words, markOtherOptions] as const),
      ];
      for (const [words, options] of calls) marker.mark(words, { ...options, done });
      // Without iframes mark.js works synchronously; if that ever changed, the timing would be wrong.
      if (finished !== calls.length) throw new Error('mark.js did not finish synchronously');
    },
    { ...options, teardown: () => marker.unmark() },
  );
  return { total, marks };
}

export interface RegexResult {
  /** A fresh expression per run: compile and scan. */
  total: Measurement;
  /** The same expression reused: scan only (left out when not asked for). */
  scan?: Measurement;
  matches: number;
}

let compiled = 0;

/**
 * The combined regular expression over `subject` (by default the page's text map). Each timed run
 * builds a new RegExp whose source differs by a never-matching alternative, so no engine cache can
 * hand back code compiled by an earlier run: compilation is in every run.
 */
export function regex(
  id: NameSetId,
  options?: MeasureOptions & { scan?: boolean },
  index?: number,
): RegexResult {
  const set = nameSet(id);
  const input = subject(index);
  let matches = 0;
  const scanWith = (re: RegExp) => {
    let count = 0;
    re.lastIndex = 0;
    while (re.exec(input) !== null) count++;
    return count;
  };
  const total = measure(() => {
    matches = scanWith(new RegExp(`${set.regexSource}|(?!)${++compiled}`, 'giu'));
  }, options);
  if (options?.scan === false) return { total, matches };
  const reused = new RegExp(set.regexSource, 'giu');
  scanWith(reused);
  const scan = measure(() => {
    sink ^= scanWith(reused);
  }, options);
  return { total, scan, matches };
}

let texts: string[] = [];

/** Loads every page's article text, for the text-only phase (one page, matchers built once). */
export function setTexts(list: string[]): number {
  texts = list;
  return list.length;
}

function subject(index: number | undefined): string {
  if (index === undefined) return current().textMap.text;
  const found = texts[index];
  if (found === undefined) throw new Error(`No text ${index}`);
  return found;
}

/**
 * Matching alone on a loaded text, one figure per name set, the sets timed in turns (their ratio,
 * 100,000 names against 1,000, is a budget).
 */
export function matchText(
  ids: NameSetId[],
  index: number,
  options?: MeasureOptions,
): Partial<Record<NameSetId, { total: Measurement; mentions: number }>> {
  const input = subject(index);
  const entries = ids.map((id) => ({ id, set: nameSet(id), mentions: 0 }));
  const figures = measureTogether(
    entries.map((entry) => ({
      run: () => {
        entry.mentions = entry.set.matcher.match(input, { host: location.hostname }).length;
      },
    })),
    options,
  );
  const out: Partial<Record<NameSetId, { total: Measurement; mentions: number }>> = {};
  entries.forEach((entry, i) => {
    out[entry.id] = { total: figures[i]!, mentions: entry.mentions };
  });
  return out;
}

export interface LongTaskResult {
  /** Text map, matching and highlighting, once, in one task. */
  annotateMs: number;
  mentions: number;
  /** Durations of main-thread tasks over 50 ms from the start of annotation to two frames later. */
  longTasks: number[];
}

/**
 * Annotates once, as a page would, with a long-task observer watching: the task that annotates and
 * the rendering that paints the highlights afterwards.
 */
export async function annotateOnce(id: NameSetId): Promise<LongTaskResult> {
  const set = nameSet(id);
  const tasks: number[] = [];
  let from = Infinity;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.startTime + entry.duration >= from) tasks.push(entry.duration);
    }
  });
  observer.observe({ type: 'longtask' });
  await new Promise((resolve) => setTimeout(resolve, 50));
  const result = await new Promise<{ painting: Painting; mentions: number; ms: number }>(
    (resolve) => {
      setTimeout(() => {
        from = performance.now();
        const annotated = annotate(set);
        resolve({ ...annotated, ms: performance.now() - from });
      }, 0);
    },
  );
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.takeRecords().forEach((entry) => {
    if (entry.startTime + entry.duration >= from) tasks.push(entry.duration);
  });
  observer.disconnect();
  result.painting.destroy();
  return { annotateMs: result.ms, mentions: result.mentions, longTasks: tasks };
}

// ---------------------------------------------------------------------------------------------
// Memory

const retained: unknown[] = [];

/** Generates a set's names and actors and keeps them, so the next step measures the matcher only. */
export function prepareNames(id: NameSetId): number {
  const prepared = namesFor(id);
  retained.push(prepared);
  return prepared.names.length;
}

/** Builds the matcher for the names prepared last and keeps it alive for a heap reading. */
export function retainMatcher(): { bytes: number; states: number; patterns: number; ms: number } {
  const prepared = retained[retained.length - 1] as { actors: Actor[] };
  const start = performance.now();
  const matcher = createMatcher(prepared.actors);
  const ms = performance.now() - start;
  retained.push(matcher);
  const stats = matcher.stats();
  return { bytes: stats.bytes, states: stats.states, patterns: stats.patterns, ms };
}

export function release(): void {
  retained.length = 0;
  sets.clear();
}

/** Keeps the optimiser from dropping work whose result is otherwise unused. */
export function checksum(): number {
  return sink;
}

const api = {
  timerResolution,
  page,
  settle,
  text,
  floor,
  sideBySide,
  reglens,
  match,
  hotSpots,
  markjs,
  regex,
  setTexts,
  matchText,
  annotateOnce,
  prepareNames,
  retainMatcher,
  release,
  checksum,
  nameSet: (id: NameSetId) => {
    const set = nameSet(id);
    return { names: set.names.length, buildMs: set.buildMs };
  },
};

export type BenchApi = typeof api;

declare global {
  interface Window {
    __reglensBench?: BenchApi;
  }
}

window.__reglensBench = api;
