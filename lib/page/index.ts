export { detectArticle, detectArticleSteps, findContentRoot } from './detect';
export type { ArticleDetection, DetectOptions } from './detect';
export { buildTextMap, buildTextMapSteps, offsetOfPoint, spanOfRange } from './text-map';
export { runSliced, yieldToPage } from './slice';
export type { SliceOptions, Steps } from './slice';
export type { ClampDirection, TextMap, TextMapOptions, TextPoint } from './text-map';
export { createHighlighter, supportsCustomHighlights } from './highlighter';
export type { Highlighter, HighlighterOptions, HighlightMode } from './highlighter';
export { createPaintWindow } from './paint-window';
export { paintMentions, paintSpans } from './paint-mentions';
export type {
  MentionToPaint,
  PaintMentionsOptions,
  PaintSpansOptions,
  SpanToPaint,
} from './paint-mentions';
export type { PaintWindow, PaintWindowOptions } from './paint-window';
export { observeGrowth } from './growth';
export type { GrowthOptions } from './growth';
