/**
 * The page script's work step by step, in a fresh isolated world, as a page script of its own:
 * the document's first touch, the start of RegLens's timeline, then each step of the prefilter
 * (lib/page/prefilter.ts tells when one ends).
 * The times go on the page's timeline as the detail of one mark, for the non-article phase.
 * Cold code, as on a reader's page: this script runs once per page load.
 */
import { prefilterArticle } from '../lib/page/prefilter';
import { markTimeline, timelineMarks } from '../content/timeline-marks';

const steps: Array<[string, number]> = [];
let last = performance.now();
const lap = (name: string) => {
  const now = performance.now();
  steps.push([name, now - last]);
  last = now;
};
// The page script's first touch of the page, as in content/bootstrap.ts: its once-only flag on
// the document, which builds the document's object in the new world.
const page = document as unknown as Record<string, true | undefined>;
if (!page.reglensPageScript) page.reglensPageScript = true;
lap('document');
markTimeline(timelineMarks.start);
lap('timeline');
const { mayBeArticle, signal } = prefilterArticle(document, lap);
performance.mark('reglens-steps', { detail: { steps, mayBeArticle, signal } });
