import { describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { names } from '@/content/layers/names';
import type { CardService, MarkSource } from '@/content/cards';
import type { PageState, Passage } from '@/content/types';
import type { NamesAnalysis } from '@/lib/background/analyzers/names';
import { buildTextMap } from '@/lib/page';
import { MARK_TAG } from '@/lib/page/dom-rules';

// The window's own document: happy-dom counts nodes of a parsed document as not connected.
function page(html: string) {
  document.body.innerHTML = `<article>${html}</article>`;
  return { doc: document, root: document.querySelector('article')! };
}

function passageOf(root: Element, find: Record<string, string>): Passage {
  const textMap = buildTextMap(root);
  const mentions: NamesAnalysis['mentions'] = [];
  for (const [actorId, text] of Object.entries(find)) {
    const start = textMap.text.indexOf(text);
    mentions.push({ actorId, start, end: start + text.length, text, alias: text });
  }
  mentions.sort((a, b) => a.start - b.start);
  return {
    textMap,
    analyses: {
      names: {
        mentions,
        actors: {
          ant: { id: 'ant', kind: 'company', name: 'Ant Group' },
          pboc: { id: 'pboc', kind: 'regulator', name: "People's Bank of China" },
        },
      },
    },
  };
}

function recordingCards() {
  const sources: MarkSource[] = [];
  const cards: Pick<CardService, 'addSource'> = {
    addSource: (source) => void sources.push(source),
  };
  return { cards, sources };
}

describe('the names layer', () => {
  it('marks every mention, offers each one’s actor card, and comes off without a trace', () => {
    const { doc, root } = page(
      '<p>The <b>People’s Bank of China</b> wants <a href="/ant">Ant Group</a>’s data.</p>',
    );
    const before = doc.body.innerHTML;
    const state: PageState = {
      host: 'news.example',
      root,
      passages: [passageOf(root, { pboc: 'People’s Bank of China', ant: 'Ant Group' })],
    };
    const { cards, sources } = recordingCards();
    const controller = new AbortController();
    names.start({
      doc,
      ctx: {} as ContentScriptContext,
      page: state,
      cards,
      signal: controller.signal,
      changed: () => {},
    });

    expect(sources).toHaveLength(1);
    const source = sources[0]!;
    // happy-dom has no CSS Custom Highlight API: the wrapper highlighter marks the names.
    const marks = [...doc.getElementsByTagName(MARK_TAG)];
    expect(marks.map((mark) => mark.textContent)).toEqual(['People’s Bank of China', 'Ant Group']);
    // Highlight ids are the passage's prefix and the mention's index.
    expect(['p0m0', 'p0m1'].map((id) => source.cardFor(id))).toEqual([
      { kind: 'actor', id: 'pboc' },
      { kind: 'actor', id: 'ant' },
    ]);
    expect(source.cardFor('no-such-mark')).toBeNull();

    controller.abort();
    expect(doc.body.innerHTML).toBe(before);
  });

  it('adds nothing to an article that names no known actor', () => {
    const { doc, root } = page('<p>Nothing known here.</p>');
    const before = doc.documentElement.outerHTML;
    const { cards, sources } = recordingCards();
    names.start({
      doc,
      ctx: {} as ContentScriptContext,
      page: { host: 'x', root, passages: [passageOf(root, {})] },
      cards,
      signal: new AbortController().signal,
      changed: () => {},
    });
    expect(sources).toHaveLength(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reports each mention with its actor’s name and kind', () => {
    const { root } = page('<p>Ant Group and the People’s Bank of China.</p>');
    const analysis = passageOf(root, { ant: 'Ant Group', pboc: 'People’s Bank of China' }).analyses
      .names!;
    expect(names.report(analysis)).toEqual([
      { actorId: 'ant', name: 'Ant Group', kind: 'company', text: 'Ant Group', start: 0, end: 9 },
      {
        actorId: 'pboc',
        name: "People's Bank of China",
        kind: 'regulator',
        text: 'People’s Bank of China',
        start: 18,
        end: 40,
      },
    ]);
  });
});
