/**
 * The content script's first step, run again in the page's main world so the benchmark knows
 * whether it let the page through: on a page the prefilter rules out, nothing after the start mark
 * is marked on the timeline, so the marks alone cannot say when RegLens is done.
 */
import { prefilterArticle } from '../lib/page/prefilter';

(globalThis as unknown as { __reglensPrefilter: () => boolean }).__reglensPrefilter = () =>
  prefilterArticle(document).mayBeArticle;
