import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { snippets } from '@/content/layers/snippets';
import type { AnnotationLayer, Passage } from '@/content/types';
import { startLayer } from './start-layer';
import type { SnippetsAnalysis } from '@/lib/background/analyzers/snippets';
import type { Snippet } from '@/lib/snippets/schema';
import { snippet } from '../../snippets/make-snippet';
import { buildTextMap } from '@/lib/page';
import { MARK_TAG } from '@/lib/page/dom-rules';

const QUOTE = 'the central bank asked for data';

const saved = (id: string, exact: string): Snippet =>
  snippet(id, {
    exact,
    citation: {
      url: 'https://news.example/a',
      pageUrl: 'https://news.example/a',
      site: 'news.example',
    },
  });

function setUp() {
  document.body.innerHTML = `<article><p>Earlier this year <b>the central bank</b> asked for data. The rest.</p></article>`;
  const root = document.querySelector('article')!;
  const textMap = buildTextMap(root);
  const start = textMap.text.indexOf(QUOTE);
  const analysis: SnippetsAnalysis = {
    snippets: [
      {
        snippet: saved('snip-here', QUOTE),
        anchor: { start, end: start + QUOTE.length, method: 'exact' },
      },
      { snippet: saved('snip-gone', 'words no longer on the page'), anchor: null },
    ],
  };
  const passage: Passage = { textMap, analyses: { snippets: analysis } };
  return { root, passage, start };
}

const run = (passage: Passage, root: Element) =>
  startLayer(snippets as AnnotationLayer, root, [passage]);

afterEach(() => {
  vi.restoreAllMocks();
  document.getSelection()?.removeAllRanges();
});

describe('the snippets layer', () => {
  it('marks the saved passages it found, opens their card, and comes off without a trace', () => {
    const { root, passage } = setUp();
    const before = document.body.innerHTML;
    const { sources, controller } = run(passage, root);
    const marked = [...document.getElementsByTagName(MARK_TAG)].map((m) => m.textContent).join('');
    expect(marked).toBe(QUOTE);
    expect(sources[0]?.cardFor('p0m0')).toMatchObject({
      kind: 'snippet',
      snippet: { id: 'snip-here' },
    });
    controller.abort();
    expect(document.body.innerHTML).toBe(before);
  });

  it('reports each snippet once, anchored where any passage found it, else not found', () => {
    const { passage, start } = setUp();
    const fromPassage = snippets.report(passage.analyses.snippets!);
    const notInSecond = snippets.report({
      snippets: passage.analyses.snippets!.snippets.map((s) => ({ ...s, anchor: null })),
    });
    expect(snippets.combine!([...notInSecond, ...fromPassage] as typeof fromPassage)).toEqual([
      { snippetId: 'snip-here', state: 'anchored', text: QUOTE, start, end: start + QUOTE.length },
      { snippetId: 'snip-gone', state: 'not-found', text: 'words no longer on the page' },
    ]);
  });

  it('saves the reader’s selection with its quote, position and citation, and marks it at once', async () => {
    const { root, passage } = setUp();
    passage.analyses.snippets = { snippets: [] };
    const sendMessage = vi.fn(
      async (message: { type: string; payload: { quote: { exact: string } } }) => ({
        ok: true,
        value: saved('snip-new', message.payload.quote.exact),
      }),
    );
    // The extension's runtime, as lib/send.ts finds it (WXT's fake browser in these tests).
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(sendMessage as never);
    const { changes } = run(passage, root);

    // The reader selects "central bank asked", across the end of the bold word.
    const bold = root.querySelector('b')!.firstChild as Text;
    const after = bold.parentNode!.nextSibling as Text;
    const range = document.createRange();
    range.setStart(bold, 4);
    range.setEnd(after, ' asked'.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);

    // The background asks the page to save its selection (context menu, shortcut).
    const onMessage = fakeBrowser.runtime.onMessage;
    const [reply] = await (
      onMessage as unknown as {
        trigger(message: unknown): Promise<unknown[]>;
      }
    ).trigger({ type: 'snippets.captureSelection' });
    expect(reply).toBe('snip-new');

    const sent = sendMessage.mock.calls[0]![0] as {
      type: string;
      payload: {
        quote: { exact: string; prefix: string; suffix: string };
        citation: { url: string };
      };
    };
    expect(sent.type).toBe('snippets.save');
    expect(sent.payload.quote).toEqual({
      exact: 'central bank asked',
      prefix: 'Earlier this year the ',
      suffix: ' for data. The rest.\u2029',
    });
    expect(sent.payload.citation.url).toBe(document.location.href.replace(/#.*$/, ''));
    expect(passage.analyses.snippets.snippets.map((s) => s.snippet.id)).toEqual(['snip-new']);
    expect(changes()).toBeGreaterThan(0);
    const marked = [...document.getElementsByTagName(MARK_TAG)].map((m) => m.textContent).join('');
    expect(marked).toBe('central bank asked');
  });
});
