export { detectArticle, findContentRoot } from './detect';
export type { ArticleDetection, DetectOptions } from './detect';
export { buildTextMap } from './text-map';
export type { TextMap, TextMapOptions, TextPoint } from './text-map';
export { createHighlighter, supportsCustomHighlights } from './highlighter';
export type { Highlighter, HighlighterOptions, HighlightMode } from './highlighter';
export { MARK_TAG, OWN_TAG_PREFIX, isExcludedElement } from './dom-rules';
export { observeGrowth } from './growth';
export type { GrowthOptions } from './growth';
