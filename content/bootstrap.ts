/**
 * What runs on every page: a prefilter that costs next to nothing, and on a page that may be an
 * article, a request to the background to inject the annotator (content/controller.ts). Pages
 * the prefilter rules out load nothing more and send nothing: not even the extension's API is
 * touched there. The popup says "not annotated" for them, from the absence of findings.
 */
import { prefilterArticle } from '@/lib/page/prefilter';
import { send } from '@/lib/send';
import { markTimeline, timelineMarks } from './timeline-marks';
import { leaveStart } from './annotator-slot';

/**
 * Set on the document, in the extension's isolated world (the page never sees it): the page script
 * can reach one document twice, registered and injected into the tabs open at install or start.
 */
const STARTED = 'reglensPageScript';

export function runBootstrap(doc: Document = document): void {
  const seen = doc as unknown as Record<typeof STARTED, true | undefined>;
  if (seen[STARTED]) return;
  seen[STARTED] = true;
  markTimeline(timelineMarks.start);
  if (!prefilterArticle(doc).mayBeArticle) return;
  const start = send('ui.injectAnnotator', {});
  start.catch((error: unknown) => console.warn('RegLens could not start on this page:', error));
  leaveStart(start);
}
