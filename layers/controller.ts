/**
 * The page flow in one place: detect, extract, ask the background, run the layers the level
 * asks for, and report what was found. Level changes (popup, shortcut, another tab) apply at once.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Findings } from '@/lib/messaging';
import { send } from '@/lib/send';
import { detectArticle, buildTextMap, type ArticleDetection } from '@/lib/page';
import { levelForHost, levelIncludes, type Level } from '@/lib/settings';
import { loadSettings, watchSettings } from '@/lib/settings-store';
import { layers } from './index';
import type { PageState } from './types';
import { timelineMarks } from './timeline-marks';

export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  const host = location.hostname;
  let level: Level = levelForHost(await loadSettings(), host);
  let detection: ArticleDetection | null = null;
  let page: Promise<PageState | null> | null = null;
  let running: AbortController | null = null;
  let generation = 0;

  // Detection and matching run once per page, and only when some annotation is wanted.
  const analyse = (): Promise<PageState | null> => {
    page ??= (async () => {
      detection = detectArticle(doc);
      performance.mark(timelineMarks.detected, { detail: { isArticle: detection.isArticle } });
      if (!detection.isArticle || !detection.root) return null;
      const textMap = buildTextMap(detection.root);
      const analysis = await send('page.analyze', { text: textMap.text, host });
      performance.mark(timelineMarks.analysed, {
        detail: { characters: textMap.text.length, mentions: analysis.mentions.length },
      });
      return { host, root: detection.root, textMap, analysis };
    })();
    return page;
  };

  const report = (state: PageState | null) => {
    const findings: Findings = {
      url: location.href,
      title: doc.title,
      isArticle: detection?.isArticle ?? false,
      signals: detection?.signals ?? [],
      level,
      mentions:
        level === 'off' || !state
          ? []
          : state.analysis.mentions.map((m) => ({
              actorId: m.actorId,
              name: state.analysis.actors[m.actorId]?.name ?? m.actorId,
              text: m.text,
              start: m.start,
              end: m.end,
            })),
    };
    return send('findings.report', findings).catch(() => null);
  };

  const apply = async () => {
    const mine = ++generation;
    running?.abort();
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
    if (state) {
      running = new AbortController();
      for (const layer of layers) {
        if (!levelIncludes(level, layer.level)) continue;
        try {
          layer.start({ doc, ctx, page: state, signal: running.signal });
        } catch (error) {
          console.warn(`RegLens layer ${layer.id} failed:`, error);
        }
      }
      performance.mark(timelineMarks.painted);
    }
    await report(state);
  };

  const stopWatching = watchSettings((settings) => {
    const next = levelForHost(settings, host);
    if (next === level) return;
    level = next;
    void apply();
  });
  ctx.onInvalidated(() => {
    stopWatching();
    running?.abort();
  });
  await apply();
}
