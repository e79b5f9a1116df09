/**
 * The page flow in one place: detect, extract, ask the background, run the layers the level
 * asks for, and report what was found. Level changes (popup, shortcut, another tab) apply at once.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Findings } from '@/lib/messaging';
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
import { layers } from './index';
import type { LayerSession, PageState, Passage } from './types';
import { timelineMarks } from './timeline-marks';

export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  const host = location.hostname;
  // Detection needs nothing from the background, so it starts while the level is asked for
  // (a round trip of several ms); where the level is off, it stops at its next pause.
  const startDetection = async (signal: AbortSignal): Promise<ArticleDetection> => {
    // The task that loaded this script ends here; detection starts in a fresh one.
    await yieldToPage();
    // Sliced: on a long page no step may hold the main thread past a frame or two.
    return runSliced(detectArticleSteps(doc), { signal });
  };
  const stopEarly = new AbortController();
  ctx.onInvalidated(() => stopEarly.abort());
  let early: Promise<ArticleDetection> | null = startDetection(stopEarly.signal);
  early.catch(() => {});
  let level: Level = await loadLevel(host);
  if (level === 'off') stopEarly.abort();
  let detection: ArticleDetection | null = null;
  let page: Promise<PageState | null> | null = null;
  let running: { controller: AbortController; sessions: LayerSession[] } | null = null;
  let generation = 0;
  const read = new WeakSet<Text>();

  const readPassage = async (root: Element): Promise<Passage> => {
    const textMap = await runSliced(buildTextMapSteps(root), { signal: ctx.signal });
    for (const node of textMap.nodes) read.add(node);
    const analysis = await send('page.analyze', { text: textMap.text, host });
    return { textMap, analysis };
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

  // Matching runs once per page, and only when some annotation is wanted.
  const analyse = (): Promise<PageState | null> => {
    page ??= (async () => {
      detection = await detect();
      performance.mark(timelineMarks.detected, { detail: { isArticle: detection.isArticle } });
      if (!detection.isArticle || !detection.root) return null;
      const first = await readPassage(detection.root);
      performance.mark(timelineMarks.analysed, {
        detail: { characters: first.textMap.text.length, mentions: first.analysis.mentions.length },
      });
      const state: PageState = { host, root: detection.root, passages: [first] };
      watchGrowth(state);
      return state;
    })();
    return page;
  };

  /** Text the page adds later is read once, matched, and handed to the running layers. */
  const watchGrowth = (state: PageState) => {
    const stop = new AbortController();
    ctx.onInvalidated(() => stop.abort());
    observeGrowth(
      state.root,
      (added) => {
        void (async () => {
          for (const element of added) {
            const passage = await readPassage(element).catch(() => null);
            if (!passage || stop.signal.aborted) return;
            state.passages.push(passage);
            for (const session of running?.sessions ?? []) session.addPassage(passage);
          }
          if (running) await report(state);
        })();
      },
      { signal: stop.signal, isRead: (node) => read.has(node) },
    );
  };

  const report = (state: PageState | null) => {
    const mentions =
      level === 'off' || !state
        ? []
        : state.passages.flatMap(({ analysis }) =>
            analysis.mentions.map((m) => ({
              actorId: m.actorId,
              name: analysis.actors[m.actorId]?.name ?? m.actorId,
              text: m.text,
              start: m.start,
              end: m.end,
            })),
          );
    const findings: Findings = {
      url: location.href,
      title: doc.title,
      isArticle: detection?.isArticle ?? false,
      signals: detection?.signals ?? [],
      level,
      mentions,
    };
    return send('findings.report', findings).catch(() => null);
  };

  const apply = async () => {
    const mine = ++generation;
    running?.controller.abort();
    running = null;
    if (level === 'off') {
      await report(null);
      return;
    }
    const state = await analyse().catch((error: unknown) => {
      console.warn('RegLens could not annotate this page:', error);
      page = null;
      return null;
    });
    // A newer level change arrived while the page was analysed: it owns the page now.
    if (mine !== generation || ctx.isInvalid) return;
    // Reading a long analysis and painting it are separate tasks, so neither holds the page long.
    await yieldToPage();
    if (mine !== generation || ctx.isInvalid) return;
    if (state) {
      const controller = new AbortController();
      const sessions: LayerSession[] = [];
      for (const layer of layers) {
        if (!levelIncludes(level, layer.level)) continue;
        try {
          sessions.push(layer.start({ doc, ctx, page: state, signal: controller.signal }));
        } catch (error) {
          console.warn(`RegLens layer ${layer.id} failed:`, error);
        }
      }
      running = { controller, sessions };
      performance.mark(timelineMarks.painted);
      await yieldToPage();
    }
    await report(state);
  };

  const stopWatching = watchLevel(host, (next) => {
    if (next === level) return;
    level = next;
    void apply();
  });
  ctx.onInvalidated(() => {
    stopWatching();
    running?.controller.abort();
  });
  await apply();
}
