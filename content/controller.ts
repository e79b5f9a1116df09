/**
 * The page flow in one place: detect, read the article's text, ask the background for the
 * analyses the level needs, run the layers it includes, and report what was found. Level changes
 * (popup, shortcut, another tab) apply at once: going up asks only for the analyses still
 * missing, going down takes the higher layers off without asking anything.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Findings } from '@/lib/messaging';
import type { Analyses, LayerId } from '@/lib/background/analyzers';
import { send } from '@/lib/send';
import {
  buildTextMapSteps,
  detectArticleSteps,
  observeGrowth,
  runSliced,
  yieldToPage,
  type ArticleDetection,
} from '@/lib/page';
import { levelIncludes, type Level } from '@/lib/levels';
import { loadLevel, watchLevel } from '@/lib/level-client';
import { layers as allLayers } from './layers';
import { createCardService, type CardService } from './cards';
import { startKeyboardPaths } from './keyboard-paths';
import type { AnnotationLayer, LayerFindings, LayerSession, PageState, Passage } from './types';
import { markTimeline, timelineMarks } from './timeline-marks';
import { readArticleUrl } from '@/lib/snippets/metadata';
import type { PageDecision, PageStart } from '@/lib/site-policy';
import { loadSitePolicy, watchSitePolicy } from '@/lib/site-policy-client';
import { takePageRequests, takeStart } from './annotator-slot';
import { createReaderChoice, type ReaderChoiceServices } from './reader-choice';

/** What the page flow needs from the extension; tests give their own. */
export interface PageServices extends ReaderChoiceServices {
  analyze(
    text: string,
    host: string,
    layers: LayerId[],
    urls: string[],
  ): Promise<Partial<Analyses>>;
  report(findings: Findings): Promise<unknown>;
  loadLevel(host: string): Promise<Level>;
  /** The settings the background sent with the annotator (annotator-slot.ts), or null. */
  takeStart?(): Promise<PageStart | null>;
  watchLevel(host: string, onChange: (level: Level) => void): () => void;
}

export const extensionServices: PageServices = {
  analyze: (text, host, layers, urls) => send('page.analyze', { text, host, layers, urls }),
  report: (findings) => send('findings.report', findings),
  loadLevel,
  watchLevel,
  loadSitePolicy,
  watchSitePolicy,
  takePageRequests,
  takeStart,
};

export interface AnnotatorOptions {
  doc?: Document;
  layers?: readonly AnnotationLayer[];
  services?: PageServices;
  /** Told what was detected and read, so a page that changes can be read again (page-watch.ts). */
  watch?: {
    detected(detection: ArticleDetection): void;
    read(nodes: readonly Text[]): void;
  };
}

interface Running {
  controller: AbortController;
  session: LayerSession;
}

export async function runContentScript(
  ctx: ContentScriptContext,
  options: AnnotatorOptions = {},
): Promise<void> {
  const doc = options.doc ?? document;
  const layers = options.layers ?? allLayers;
  const services = options.services ?? extensionServices;
  const host = doc.location?.hostname ?? '';
  // Detection needs nothing from the background, so it starts while the level is asked for
  // (a round trip of several ms); where the level is off, it stops at its next pause.
  const startDetection = async (signal: AbortSignal): Promise<ArticleDetection> => {
    // The task that loaded this script ends here; detection starts in a fresh one.
    await yieldToPage();
    // Sliced: on a long page no step may hold the main thread past a frame or two.
    return runSliced(detectArticleSteps(doc), { signal });
  };
  const choice = createReaderChoice(doc, host, services);
  const stopEarly = new AbortController();
  ctx.onInvalidated(() => stopEarly.abort());
  let early: Promise<ArticleDetection> | null = startDetection(stopEarly.signal);
  early.catch(() => {});
  // The page script's request for this annotator was answered with the settings it starts with;
  // only an annotator injected another way asks for them.
  const sent = (await services.takeStart?.()) ?? null;
  const start = sent?.host === host ? sent : null;
  let [level]: [Level, void] = start
    ? [start.level, await choice.load(start.policy)]
    : await Promise.all([services.loadLevel(host), choice.load()]);
  if (level === 'off' || choice.blocked()) stopEarly.abort();
  let detection: ArticleDetection | null = null;
  /** What the site choice, the reader's request and detection made of the page. */
  let decided: PageDecision | null = null;
  const decide = () => choice.decide(detection);
  // Ends the reading of the current root (its growth watch) when the reader's choice moves it.
  let pageStop = new AbortController();
  let page: Promise<PageState | null> | null = null;
  const running = new Map<LayerId, Running>();
  let cards: CardService | null = null;
  let generation = 0;
  const read = new WeakSet<Text>();
  // Requests under way, so two level changes in a row never ask for the same analysis twice.
  const asking = new WeakMap<Passage, Map<LayerId, Promise<void>>>();

  const wantedLayers = () => layers.filter((layer) => levelIncludes(level, layer.level));
  // Where the page says its canonical address is: snippets are saved under it. Read when first
  // needed, so a page where annotation is off pays nothing for it.
  let canonical: { url: string | undefined } | null = null;
  const canonicalUrl = () =>
    (canonical ??= { url: readArticleUrl(doc, doc.location?.href ?? '') }).url;
  const pageUrls = () => {
    const here = doc.location?.href ?? '';
    const own = canonicalUrl();
    return own && own !== here ? [here, own] : [here];
  };

  /** Asks the background for the analyses of `ids` that `passage` does not have yet. */
  const analyse = async (passage: Passage, ids: readonly LayerId[]): Promise<void> => {
    let pending = asking.get(passage);
    if (!pending) asking.set(passage, (pending = new Map()));
    const waits: Promise<void>[] = [];
    const missing = ids.filter((id) => {
      if (id in passage.analyses) return false;
      const under = pending.get(id);
      if (under) waits.push(under);
      return !under;
    });
    if (missing.length > 0) {
      const request = services
        .analyze(passage.textMap.text, host, missing, pageUrls())
        .then((found) => {
          Object.assign(passage.analyses, found);
        })
        .finally(() => {
          for (const id of missing) pending.delete(id);
        });
      for (const id of missing) pending.set(id, request);
      waits.push(request);
    }
    await Promise.all(waits);
  };

  const readPassage = async (root: Element): Promise<Passage> => {
    const textMap = await runSliced(buildTextMapSteps(root), { signal: ctx.signal });
    for (const node of textMap.nodes) read.add(node);
    options.watch?.read(textMap.nodes);
    return { textMap, analyses: {} };
  };

  /** The detection begun at load, or, when it was stopped (the level was off), a new one. */
  const detect = async (): Promise<ArticleDetection> => {
    const begun = early;
    early = null;
    if (begun !== null) {
      const done = await begun.catch(() => null);
      if (done !== null) return done;
    }
    return startDetection(ctx.signal);
  };

  // The article is detected and read once, and only when some annotation is wanted; the
  // reader's choices may move what is read (detection is kept).
  const readPage = (): Promise<PageState | null> => {
    page ??= (async () => {
      const stop = pageStop.signal;
      if (detection === null) {
        detection = await detect();
        options.watch?.detected(detection);
        markTimeline(timelineMarks.detected, { isArticle: detection.isArticle });
      }
      decided = decide();
      if (!decided.annotate || !decided.root) return null;
      const first = await readPassage(decided.root);
      const state: PageState = { host, root: decided.root, passages: [first] };
      watchGrowth(state, stop);
      return state;
    })();
    return page;
  };

  /** Takes everything off and forgets what was read, so the next apply reads anew. */
  const resetPage = () => {
    for (const { controller } of running.values()) controller.abort();
    running.clear();
    pageStop.abort();
    pageStop = new AbortController();
    page = null;
    decided = null;
  };

  /** The site choice or the reader's request changed: read another root if it moved. */
  const rethink = () => {
    if (detection !== null && page !== null) {
      const next = decide();
      if (next.root !== decided?.root) resetPage();
      else decided = next;
    }
    void apply();
  };

  /** Text the page adds later is read once, analysed for the layers showing, and handed to them. */
  const watchGrowth = (state: PageState, until: AbortSignal) => {
    const stop = new AbortController();
    ctx.onInvalidated(() => stop.abort());
    if (until.aborted) return;
    until.addEventListener('abort', () => stop.abort(), { once: true });
    observeGrowth(
      state.root,
      (added) => {
        void (async () => {
          for (const element of added) {
            const passage = await readPassage(element).catch(() => null);
            if (!passage || stop.signal.aborted) return;
            const ok = await analyse(passage, [...running.keys()]).then(
              () => true,
              () => false,
            );
            if (!ok || stop.signal.aborted) return;
            state.passages.push(passage);
            for (const [id, { session }] of running) {
              if (id in passage.analyses) session.addPassage(passage);
              // A layer that started while this passage was asked for gets it once its analysis is in.
              else
                void analyse(passage, [id]).then(() =>
                  running.get(id)?.session.addPassage(passage),
                );
            }
          }
          if (running.size > 0) await report(state);
        })();
      },
      { signal: stop.signal, isRead: (node) => read.has(node) },
    );
  };

  const report = (state: PageState | null) => {
    const parts: Record<string, unknown[]> = {};
    for (const layer of layers) {
      parts[layer.findingsKey] ??= [];
      if (!state || !running.has(layer.id)) continue;
      const found: unknown[] = [];
      for (const { analyses } of state.passages) {
        const analysis = analyses[layer.id];
        if (analysis) found.push(...(layer.report(analysis as never) as unknown[]));
      }
      parts[layer.findingsKey] = layer.combine
        ? (layer.combine(found as never) as unknown[])
        : found;
    }
    const verdict = choice.blocked() ? decide() : (decided ?? detection);
    const findings: Findings = {
      url: doc.location?.href ?? '',
      title: doc.title,
      isArticle: verdict?.isArticle ?? false,
      signals: verdict?.signals ?? [],
      level,
      ...(state && canonicalUrl() ? { canonicalUrl: canonicalUrl() } : {}),
      ...(parts as unknown as LayerFindings),
    };
    return services.report(findings).catch(() => null);
  };

  const apply = async () => {
    const mine = ++generation;
    const wanted = choice.blocked() ? [] : wantedLayers();
    // Going down: the layers the level no longer includes come off, and nothing is asked.
    for (const [id, { controller }] of running) {
      if (!wanted.some((layer) => layer.id === id)) {
        controller.abort();
        running.delete(id);
      }
    }
    if (level === 'off' || choice.blocked()) {
      await report(null);
      return;
    }
    const state = await readPage().catch((error: unknown) => {
      console.warn('RegLens could not read this page:', error);
      page = null;
      return null;
    });
    if (mine !== generation || ctx.isInvalid) return;
    const starting = wanted.filter((layer) => !running.has(layer.id));
    if (state && starting.length > 0) {
      const ids = starting.map((layer) => layer.id);
      try {
        // Passages the page adds meanwhile join the list: ask until every one has what is needed.
        while (state.passages.some((p) => ids.some((id) => !(id in p.analyses)))) {
          await Promise.all(state.passages.map((passage) => analyse(passage, ids)));
          if (mine !== generation || ctx.isInvalid) return;
        }
      } catch (error) {
        console.warn('RegLens could not annotate this page:', error);
        return;
      }
      const first = state.passages[0]!;
      markTimeline(timelineMarks.analysed, {
        characters: first.textMap.text.length,
        mentions: first.analyses.names?.mentions?.length ?? 0,
      });
      // Reading a long analysis and painting it are separate tasks, so neither holds the page long.
      await yieldToPage();
      if (mine !== generation || ctx.isInvalid) return;
      if (!cards) {
        cards = createCardService(doc, ctx, ctx.signal);
        startKeyboardPaths(doc, cards, ctx.signal);
      }
      for (const layer of starting) {
        const controller = new AbortController();
        const service = cards;
        const rank = layers.indexOf(layer);
        try {
          const session = layer.start({
            doc,
            ctx,
            page: state,
            // The layer's place in the list decides whose card opens where marks overlap.
            cards: {
              addSource: (source, signal) => service.addSource(source, signal, rank, layer.id),
            },
            signal: controller.signal,
            changed: () => void report(state),
          });
          running.set(layer.id, { controller, session });
        } catch (error) {
          controller.abort();
          console.warn(`RegLens layer ${layer.id} failed:`, error);
        }
      }
      markTimeline(timelineMarks.painted);
      await yieldToPage();
    }
    await report(state);
  };

  const stopWatching = services.watchLevel(host, (next) => {
    if (next === level) return;
    level = next;
    void apply();
  });
  const stopWatchingChoice = choice.watch(rethink);
  ctx.onInvalidated(() => {
    stopWatching();
    stopWatchingChoice();
    for (const { controller } of running.values()) controller.abort();
    running.clear();
  });
  await apply();
}
