import { describe, expect, it } from 'vitest';
import { attributions } from '@/content/layers/attributions';
import type { AnnotationLayer, Passage } from '@/content/types';
import { startLayer } from './start-layer';
import type { AttributedSentence } from '@/lib/background/analyzers/attributions';
import { buildTextMap } from '@/lib/page';

const SENTENCE = 'The rules will change, people familiar with the matter said.';
const CUE = 'people familiar with the matter said';

function setUp() {
  document.body.innerHTML = `<article><p>${SENTENCE.replace('familiar', '<i>familiar</i>')}</p></article>`;
  const root = document.querySelector('article')!;
  const textMap = buildTextMap(root);
  const start = textMap.text.indexOf(SENTENCE);
  const cueStart = textMap.text.indexOf(CUE);
  const hit: AttributedSentence = {
    kind: 'anonymous',
    start,
    end: start + SENTENCE.length,
    cueStart,
    cueEnd: cueStart + CUE.length,
    text: SENTENCE,
    cue: CUE,
  };
  const passage: Passage = { textMap, analyses: { attributions: { sentences: [hit] } } };
  return { root, passage, hit };
}

describe('the attributions layer', () => {
  it('underlines the cue words, opens the legend for their kind, and comes off without a trace', () => {
    const { root, passage } = setUp();
    const before = document.body.innerHTML;
    const { sources, controller, marked } = startLayer(attributions as AnnotationLayer, root, [
      passage,
    ]);
    expect(marked()).toBe(CUE);
    expect(sources[0]?.cardFor('p0m0')).toEqual({
      kind: 'attribution',
      attribution: 'anonymous',
      cue: CUE,
    });
    controller.abort();
    expect(document.body.innerHTML).toBe(before);
  });

  it('reports the whole sentence with its kind', () => {
    const { passage, hit } = setUp();
    expect(attributions.report(passage.analyses.attributions!)).toEqual([
      { kind: 'anonymous', text: SENTENCE, start: hit.start, end: hit.end },
    ]);
  });

  it('shows from the fullest level only', () => {
    expect(attributions.level).toBe('full');
  });
});
