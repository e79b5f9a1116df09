import { describe, expect, it } from 'vitest';
import { decidePage, readerSignals, type DecideInput } from '@/lib/site-policy';

function elements() {
  document.body.innerHTML =
    '<main id="main"><article id="story"><p>Text</p></article><p id="teaser">A teaser</p></main>';
  return {
    body: document.body,
    story: document.getElementById('story')!,
    main: document.getElementById('main')!,
    teaser: document.getElementById('teaser')!,
  };
}

const accepted = (root: Element) => ({
  isArticle: true,
  signals: ['json-ld:NewsArticle'],
  root,
});
const rejected = {
  isArticle: false,
  signals: ['og:type=website', 'reason: too little prose: 94 characters in 2 paragraphs'],
  root: null,
};

function decide(input: Partial<DecideInput> & Pick<DecideInput, 'detection'>) {
  const { body, main } = elements();
  return decidePage({ policy: 'detect', request: null, body, bestRoot: () => main, ...input });
}

describe('what happens on a page, from the site choice and detection', () => {
  it('follows detection where the reader chose nothing', () => {
    const { story } = elements();
    expect(decide({ detection: accepted(story) })).toEqual({
      annotate: true,
      root: story,
      isArticle: true,
      signals: ['json-ld:NewsArticle'],
    });
    expect(decide({ detection: rejected })).toEqual({
      annotate: false,
      root: null,
      isArticle: false,
      signals: rejected.signals,
    });
    // Not detected yet: nothing is annotated.
    expect(decide({ detection: null }).annotate).toBe(false);
  });

  it('leaves a site the reader never wants annotated alone, even an article, and says why', () => {
    const { story } = elements();
    for (const detection of [accepted(story), rejected, null]) {
      expect(decide({ policy: 'never', detection })).toEqual({
        annotate: false,
        root: null,
        isArticle: false,
        signals: [readerSignals.never],
      });
    }
  });

  it("annotates an always-annotated site's pages detection passed over, from its best root", () => {
    const decision = decide({ policy: 'always', detection: rejected });
    expect(decision.annotate).toBe(true);
    expect(decision.isArticle).toBe(true);
    expect((decision.root as Element).id).toBe('main');
    expect(decision.signals).toEqual([...rejected.signals, readerSignals.always]);
    // With no best guess, the body.
    const { body } = elements();
    expect(
      decidePage({
        policy: 'always',
        request: null,
        detection: rejected,
        body,
        bestRoot: () => null,
      }).root,
    ).toBe(body);
  });

  it("takes detection's own root on an always-annotated site when detection agrees", () => {
    const { story } = elements();
    expect(decide({ policy: 'always', detection: accepted(story) })).toEqual({
      annotate: true,
      root: story,
      isArticle: true,
      signals: ['json-ld:NewsArticle'],
    });
  });

  it('"Annotate this page" wins over detection and the site choice: the body, or the selection\'s block', () => {
    const { body, story, teaser } = elements();
    for (const policy of ['detect', 'always', 'never'] as const) {
      for (const detection of [accepted(story), rejected]) {
        const whole = decidePage({
          policy,
          request: { scope: 'page' },
          detection,
          body,
          bestRoot: () => null,
        });
        expect(whole).toEqual({
          annotate: true,
          root: body,
          isArticle: true,
          signals: [...detection.signals, readerSignals.page],
        });
        const selected = decidePage({
          policy,
          request: { scope: 'selection', root: teaser },
          detection,
          body,
          bestRoot: () => null,
        });
        expect(selected.root).toBe(teaser);
        expect(selected.isArticle).toBe(true);
        expect(selected.signals.at(-1)).toBe(readerSignals.selection);
      }
    }
  });
});
