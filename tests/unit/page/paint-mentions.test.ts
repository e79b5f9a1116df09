import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHighlighter } from '../../../lib/page/highlighter';
import { paintSpans } from '../../../lib/page/paint-mentions';
import type { PaintWindow } from '../../../lib/page/paint-window';
import { buildTextMap } from '../../../lib/page/text-map';

/** A paint window the test drives: it records what was watched and shows or hides on demand. */
function manualWindow() {
  const watched = new Map<Element, { show: () => void; hide: () => void }[]>();
  const paintWindow: PaintWindow = {
    watch(block, show, hide) {
      watched.set(block, [...(watched.get(block) ?? []), { show, hide }]);
    },
  };
  return {
    paintWindow,
    watched,
    show: (block: Element) => watched.get(block)?.forEach((w) => w.show()),
    hide: (block: Element) => watched.get(block)?.forEach((w) => w.hide()),
  };
}

function mentionsOf(text: string, names: string[]) {
  return names.flatMap((name) => {
    const out: { actorId: string; start: number; end: number }[] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      out.push({ actorId: name.toLowerCase(), start: at, end: at + name.length });
    }
    return out;
  });
}

beforeEach(() => {
  document.body.innerHTML =
    '<article><p id="one">Tencent and Alibaba.</p><p id="two">Meituan and <b>Tencent</b>.</p></article>';
});
afterEach(() => {
  document.body.innerHTML = '';
  document.adoptedStyleSheets = [];
});

/** Paints the article's mentions of three companies in wrapper mode, through a manual window. */
function paintArticle(paintAtOnce?: number) {
  const map = buildTextMap(document.querySelector('article')!);
  const hl = createHighlighter(document, { name: 'm', styles: '', mode: 'wrapper' });
  const win = manualWindow();
  const mentions = mentionsOf(map.text, ['Tencent', 'Alibaba', 'Meituan']);
  const painted = paintSpans(hl, map, mentions, {
    idPrefix: 'p0m',
    paintWindow: win.paintWindow,
    paintAtOnce,
  });
  const actors = new Map([...painted].map(([id, mention]) => [id, mention.actorId]));
  return { hl, win, actors };
}

describe('painting mentions', () => {
  it('paints a few mentions at once and names every highlight with its actor', () => {
    const { hl, win, actors } = paintArticle();
    expect(win.watched.size).toBe(0);
    expect(hl.ids()).toEqual(['p0m0', 'p0m1', 'p0m2', 'p0m3']);
    expect([...actors]).toEqual([
      ['p0m0', 'tencent'],
      ['p0m1', 'tencent'],
      ['p0m2', 'alibaba'],
      ['p0m3', 'meituan'],
    ]);
    hl.destroy();
  });

  it('paints many mentions block by block as each block nears the viewport, and takes them off', () => {
    const before = document.body.innerHTML;
    const { hl, win, actors } = paintArticle(2);
    const one = document.getElementById('one')!;
    const two = document.getElementById('two')!;
    // Every mention is known up front; none is painted until its block comes near.
    expect(actors.size).toBe(4);
    expect(hl.ids()).toEqual([]);
    expect([...win.watched.keys()]).toEqual([one, two]);

    win.show(two);
    expect(Array.from(two.querySelectorAll('reglens-mark'), (m) => m.textContent)).toEqual([
      'Meituan',
      'Tencent',
    ]);
    expect(one.querySelector('reglens-mark')).toBeNull();
    win.show(one);
    win.hide(two);
    expect(hl.ids().sort()).toEqual(['p0m0', 'p0m2']);
    expect(two.querySelector('reglens-mark')).toBeNull();
    win.hide(one);
    expect(document.body.innerHTML).toBe(before);
    hl.destroy();
  });
});
