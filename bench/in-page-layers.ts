/**
 * What the benchmark runs in a page for the layers after names: the claims and attribution
 * analysers (bench/analysers.ts), re-anchoring saved snippets and the snippet library's index
 * (bench/snippets.ts), and the library view rendered with React (bench/snippet-library.tsx).
 * scripts/bench/layers-bundle.mjs bundles it into one IIFE with the extension's style sheet; the
 * phases inject it into an empty page and call `window.__reglensLayersBench`.
 */
import {
  analyseText,
  analyserCalls,
  analyserChecksum,
  prepareAnalysers,
  setAnalyserTexts,
} from './analysers';
import { timerResolution } from './in-page';
import { renderLibrary } from './snippet-library';
import {
  anchorAll,
  libraryIndexOnce,
  makeLibrary,
  prepareAnchoring,
  setSnippetTexts,
} from './snippets';

const api = {
  timerResolution,
  /** Every page's text-map text, numbered as the phase lists the pages. */
  setTexts(list: string[]): number {
    setAnalyserTexts(list);
    return setSnippetTexts(list);
  },
  prepareAnalysers,
  analyseText,
  analyserCalls,
  analyserChecksum,
  prepareAnchoring,
  anchorAll,
  makeLibrary,
  libraryIndexOnce,
  renderLibrary,
};

export type LayersBenchApi = typeof api;

declare global {
  interface Window {
    __reglensLayersBench?: LayersBenchApi;
  }
}

window.__reglensLayersBench = api;
