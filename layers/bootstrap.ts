/**
 * What runs on every page. A prefilter that costs next to nothing rules most pages out; on the
 * rest, the article detection runs here, in slices, and only an article gets the annotator
 * (layers/controller.ts), with the detection handed over. Pages that are not articles load
 * nothing more and send nothing: not even the extension's API is touched there. The popup says
 * "not annotated" for them, from the absence of findings.
 */
import { detectArticleSteps, runSliced } from '@/lib/page';
import { prefilterArticle } from '@/lib/page/prefilter';
import { send } from '@/lib/send';
import { handOverDetection } from './detection-handover';
import { timelineMarks } from './timeline-marks';

export async function runBootstrap(doc: Document = document): Promise<void> {
  performance.mark(timelineMarks.start);
  if (!prefilterArticle(doc).mayBeArticle) return;
  try {
    const detection = await runSliced(detectArticleSteps(doc));
    performance.mark(timelineMarks.detected, { detail: { isArticle: detection.isArticle } });
    if (!detection.isArticle) return;
    handOverDetection(detection);
    await send('ui.injectAnnotator', {});
  } catch (error) {
    console.warn('RegLens could not start on this page:', error);
  }
}
