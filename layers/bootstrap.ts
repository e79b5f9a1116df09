/**
 * What runs on every page: a prefilter that costs next to nothing, and on a page that may be an
 * article, a request to the background to inject the annotator (layers/controller.ts). Pages
 * that are not articles never load the annotator, its schemas or its UI.
 */
import { prefilterArticle } from '@/lib/page/prefilter';
import { send } from '@/lib/send';
import { timelineMarks } from './timeline-marks';

export function runBootstrap(doc: Document = document): void {
  performance.mark(timelineMarks.start);
  const verdict = prefilterArticle(doc);
  const sent = verdict.mayBeArticle
    ? send('ui.injectAnnotator', {})
    : send('page.notArticle', { url: location.href, title: doc.title, signals: [verdict.signal] });
  sent.catch((error: unknown) => console.warn('RegLens could not start on this page:', error));
}
