/** Starts one layer on passages of the test's document, recording what it gives the card service. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardService, MarkSource } from '@/content/cards';
import type { AnnotationLayer, Passage } from '@/content/types';

export function startLayer(layer: AnnotationLayer, root: Element, passages: Passage[]) {
  const sources: MarkSource[] = [];
  const cards: Pick<CardService, 'addSource'> = {
    addSource: (source) => void sources.push(source),
  };
  const controller = new AbortController();
  let changes = 0;
  layer.start({
    doc: document,
    ctx: {} as ContentScriptContext,
    page: { host: 'news.example', root, passages },
    cards,
    signal: controller.signal,
    changed: () => void changes++,
  });
  /** The text under the layer's marks (wrapper mode: happy-dom has no Custom Highlight API). */
  const marked = () =>
    [...document.getElementsByTagName('reglens-mark')].map((m) => m.textContent).join('');
  return { sources, controller, changes: () => changes, marked };
}
