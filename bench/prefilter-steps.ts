/**
 * The page script's work step by step, in a fresh isolated world, as a page script of its own:
 * the start mark, then each step of the prefilter (lib/page/prefilter.ts tells when one ends).
 * The times go on the page's timeline as the detail of one mark, for the non-article phase.
 * Cold code, as on a reader's page: this script runs once per page load.
 */
import { prefilterArticle } from '../lib/page/prefilter';

const steps: Array<[string, number]> = [];
let last = performance.now();
const lap = (name: string) => {
  const now = performance.now();
  steps.push([name, now - last]);
  last = now;
};
performance.mark('reglens:start');
lap('start mark');
const { mayBeArticle, signal } = prefilterArticle(document, lap);
performance.mark('reglens-steps', { detail: { steps, mayBeArticle, signal } });
