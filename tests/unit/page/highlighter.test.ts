import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlighter } from '../../../lib/page/highlighter';
import { buildTextMap } from '../../../lib/page/text-map';

const HTML =
  '<article><p id="a">The <a href="/ant"><b>Ant</b> Group</a> and Tencent met the PBOC.</p>' +
  '<p id="b">Alibaba and Tencent and Meituan.</p></article>';

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

function rangeOf(map: ReturnType<typeof buildTextMap>, needle: string, from = 0): Range {
  const start = map.text.indexOf(needle, from);
  if (start < 0) throw new Error(`not in text: ${needle}`);
  return map.rangeFor(start, start + needle.length)!;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.adoptedStyleSheets = [];
});

describe('wrapper mode', () => {
  beforeEach(() => {
    document.body.innerHTML = HTML;
  });

  it('wraps ranges and restores the DOM without a trace', () => {
    const before = document.body.innerHTML;
    const originals = textNodes(document.body);
    const originalData = originals.map((t) => t.data);
    const map = buildTextMap(document.querySelector('article')!);
    const hl = createHighlighter(document, {
      name: 'mentions',
      styles: 'background-color: yellow;',
      mode: 'wrapper',
    });
    expect(hl.mode).toBe('wrapper');

    const bText = map.text.indexOf('Alibaba');
    expect(hl.add('ant', [rangeOf(map, 'Ant Group')], 'company')).toBe(1);
    // Two ranges inside one text node, in one call.
    expect(hl.add('pair', [rangeOf(map, 'Alibaba'), rangeOf(map, 'Meituan')])).toBe(2);
    // Ranges computed from the map after wrapping still land on the right text.
    expect(hl.add('tencent', [rangeOf(map, 'Tencent'), rangeOf(map, 'Tencent', bText)])).toBe(2);
    expect(hl.add('pboc', [rangeOf(map, 'PBOC')])).toBe(1);

    const marks = Array.from(document.querySelectorAll('reglens-mark'));
    expect(marks.map((m) => m.textContent)).toEqual([
      'Ant',
      ' Group',
      'Tencent',
      'PBOC',
      'Alibaba',
      'Tencent',
      'Meituan',
    ]);
    expect(marks.every((m) => m.getAttribute('data-reglens-hl') === 'mentions')).toBe(true);
    expect(marks[0]!.getAttribute('data-reglens-kind')).toBe('company');
    expect(document.getElementById('b')!.textContent).toBe('Alibaba and Tencent and Meituan.');
    expect(document.adoptedStyleSheets).toHaveLength(1);

    expect(hl.rangesOf('ant').map((r) => r.toString())).toEqual(['Ant Group']);
    expect(hl.rangesOf('tencent').map((r) => r.toString())).toEqual(['Tencent', 'Tencent']);
    expect(hl.rangesOf('pair').map((r) => r.toString())).toEqual(['Alibaba', 'Meituan']);
    expect(hl.ids()).toEqual(['ant', 'pair', 'tencent', 'pboc']);

    hl.clear();
    expect(document.body.innerHTML).toBe(before);
    const after = textNodes(document.body);
    expect(after).toHaveLength(originals.length);
    after.forEach((node, i) => expect(node).toBe(originals[i]));
    expect(after.map((t) => t.data)).toEqual(originalData);
    expect(hl.ids()).toEqual([]);
    expect(hl.rangesOf('ant')).toEqual([]);

    hl.destroy();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('takes one highlight off and glues its text back, leaving the others', () => {
    const before = document.body.innerHTML;
    const originals = textNodes(document.body);
    const map = buildTextMap(document.querySelector('article')!);
    const hl = createHighlighter(document, { name: 'mentions', styles: '', mode: 'wrapper' });
    hl.add('ant', [rangeOf(map, 'Ant Group')]);
    hl.add('pair', [rangeOf(map, 'Alibaba'), rangeOf(map, 'Meituan')]);
    hl.add('tencent', [rangeOf(map, 'Tencent', map.text.indexOf('Alibaba'))]);
    hl.setActive('pair');

    hl.remove('pair');
    expect(hl.ids()).toEqual(['ant', 'tencent']);
    expect(Array.from(document.querySelectorAll('reglens-mark'), (m) => m.textContent)).toEqual([
      'Ant',
      ' Group',
      'Tencent',
    ]);
    expect(document.querySelector('[data-reglens-active]')).toBeNull();
    hl.remove('pair');
    hl.remove('ant');
    hl.remove('tencent');
    expect(document.body.innerHTML).toBe(before);
    textNodes(document.body).forEach((node, i) => expect(node).toBe(originals[i]));
    // Added again after removal, a highlight paints as before.
    hl.add('ant', [rangeOf(map, 'Ant Group')]);
    expect(hl.rangesOf('ant').map((r) => r.toString())).toEqual(['Ant Group']);
    hl.destroy();
    expect(document.body.innerHTML).toBe(before);
  });

  it('finds which highlight holds a DOM position', () => {
    const map = buildTextMap(document.querySelector('article')!);
    const hl = createHighlighter(document, {
      name: 'mentions',
      styles: 'color: red;',
      mode: 'wrapper',
    });
    hl.add('ant', [rangeOf(map, 'Ant Group')]);
    hl.add('alibaba', [rangeOf(map, 'Alibaba')]);
    const marks = document.querySelectorAll('reglens-mark');
    expect(hl.idAt(marks[0]!.firstChild!, 1)).toBe('ant');
    expect(hl.idAt(marks[1]!.firstChild!, 3)).toBe('ant');
    expect(hl.idAt(marks[2]!.firstChild!, 0)).toBe('alibaba');
    const plain = document.getElementById('b')!.lastChild!;
    expect(plain.textContent).toBe(' and Tencent and Meituan.');
    expect(hl.idAt(plain, 2)).toBeNull();
    hl.destroy();
  });

  it('answers idAtPoint from the element under the point', () => {
    const map = buildTextMap(document.querySelector('article')!);
    const hl = createHighlighter(document, {
      name: 'mentions',
      styles: 'color: red;',
      mode: 'wrapper',
    });
    hl.add('alibaba', [rangeOf(map, 'Alibaba')]);
    const mark = document.querySelector('reglens-mark')!;
    const original = document.elementFromPoint;
    document.elementFromPoint = (x: number) => (x === 10 ? mark : document.body);
    try {
      expect(hl.idAtPoint(10, 10)).toBe('alibaba');
      expect(hl.idAtPoint(99, 10)).toBeNull();
    } finally {
      document.elementFromPoint = original;
    }
    hl.destroy();
  });

  it('marks the active highlight and unmarks it', () => {
    const map = buildTextMap(document.querySelector('article')!);
    const hl = createHighlighter(document, {
      name: 'mentions',
      styles: 'color: red;',
      mode: 'wrapper',
    });
    hl.add('ant', [rangeOf(map, 'Ant Group')]);
    hl.add('alibaba', [rangeOf(map, 'Alibaba')]);
    hl.setActive('ant');
    const activeText = () =>
      Array.from(document.querySelectorAll('reglens-mark[data-reglens-active]')).map(
        (m) => m.textContent,
      );
    expect(activeText()).toEqual(['Ant', ' Group']);
    hl.setActive('alibaba');
    expect(activeText()).toEqual(['Alibaba']);
    hl.setActive(null);
    expect(activeText()).toEqual([]);
    hl.destroy();
  });

  it('restores the DOM when two highlighters split the same nodes, in either order', () => {
    for (const order of [
      ['claims', 'mentions'],
      ['mentions', 'claims'],
    ]) {
      document.body.innerHTML = HTML;
      const before = document.body.innerHTML;
      const originals = textNodes(document.body);
      const root = document.querySelector('article')!;
      const mentions = createHighlighter(document, {
        name: 'mentions',
        styles: 'color: red;',
        mode: 'wrapper',
      });
      const claims = createHighlighter(document, {
        name: 'claims',
        styles: 'color: blue;',
        mode: 'wrapper',
      });
      mentions.add('tencent', [rangeOf(buildTextMap(root), 'Tencent', 30)]);
      // The claim covers the mention and more; its range comes from a map built while wrapped.
      claims.add('claim', [rangeOf(buildTextMap(root), 'and Tencent and')]);
      expect(claims.rangesOf('claim').map((r) => r.toString())).toEqual(['and Tencent and']);
      expect(document.getElementById('b')!.textContent).toBe('Alibaba and Tencent and Meituan.');
      const byName = { mentions, claims } as const;
      byName[order[0] as keyof typeof byName].destroy();
      byName[order[1] as keyof typeof byName].destroy();
      expect(document.body.innerHTML).toBe(before);
      const after = textNodes(document.body);
      expect(after).toHaveLength(originals.length);
      after.forEach((node, i) => expect(node).toBe(originals[i]));
    }
  });

  it('skips collapsed and detached ranges', () => {
    const before = document.body.innerHTML;
    const hl = createHighlighter(document, {
      name: 'mentions',
      styles: 'color: red;',
      mode: 'wrapper',
    });
    const collapsed = document.createRange();
    collapsed.setStart(document.getElementById('a')!.firstChild!, 1);
    const detachedText = document.createTextNode('floating');
    const detached = document.createRange();
    detached.setStart(detachedText, 0);
    detached.setEnd(detachedText, 4);
    expect(hl.add('x', [collapsed, detached])).toBe(0);
    expect(hl.ids()).toEqual([]);
    expect(document.body.innerHTML).toBe(before);
    hl.destroy();
  });

  it('uses inline styles when the document cannot adopt style sheets', () => {
    const saved = Object.getOwnPropertyDescriptor(window, 'CSSStyleSheet');
    Object.defineProperty(window, 'CSSStyleSheet', { value: undefined, configurable: true });
    try {
      const map = buildTextMap(document.querySelector('article')!);
      const hl = createHighlighter(document, {
        name: 'mentions',
        styles: 'color: red;',
        activeStyles: 'color: green;',
        mode: 'wrapper',
      });
      hl.add('alibaba', [rangeOf(map, 'Alibaba')]);
      const mark = document.querySelector('reglens-mark')!;
      expect(mark.getAttribute('style')).toBe('color: red;');
      hl.setActive('alibaba');
      expect(mark.getAttribute('style')).toBe('color: red; color: green;');
      expect(document.adoptedStyleSheets).toHaveLength(0);
      hl.destroy();
    } finally {
      if (saved) Object.defineProperty(window, 'CSSStyleSheet', saved);
    }
  });
});

/** Just enough of the CSS Custom Highlight API to watch what the highlighter registers. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

describe('custom-highlight mode', () => {
  let registry: Map<string, FakeHighlight>;
  const w = window as unknown as Record<string, unknown>;
  let savedCss: unknown;

  beforeEach(() => {
    document.body.innerHTML = HTML;
    registry = new Map();
    savedCss = w.CSS;
    w.CSS = { highlights: registry };
    w.Highlight = FakeHighlight;
  });

  afterEach(() => {
    w.CSS = savedCss;
    delete w.Highlight;
  });

  it('registers named highlights and never touches the DOM', () => {
    const before = document.body.innerHTML;
    const originals = textNodes(document.body);
    const map = buildTextMap(document.querySelector('article')!);
    const hl = createHighlighter(document, {
      name: 'mentions',
      styles: 'background-color: yellow;',
      kindStyles: { regulator: 'background-color: pink;' },
      priority: 2,
    });
    expect(hl.mode).toBe('custom-highlight');
    // A kind's highlight is registered with its first mark, not before.
    expect([...registry.keys()].sort()).toEqual(['mentions', 'mentions-active']);
    expect(registry.get('mentions')!.priority).toBe(2);
    expect(registry.get('mentions-active')!.priority).toBe(3);
    expect(document.adoptedStyleSheets).toHaveLength(1);

    expect(hl.add('ant', [rangeOf(map, 'Ant Group')])).toBe(1);
    expect(hl.add('pboc', [rangeOf(map, 'PBOC')], 'regulator')).toBe(1);
    expect([...registry.keys()].sort()).toEqual([
      'mentions',
      'mentions-active',
      'mentions-regulator',
    ]);
    expect(registry.get('mentions-regulator')!.priority).toBe(2);
    expect(hl.add('tencent', [rangeOf(map, 'Tencent'), rangeOf(map, 'Tencent', 40)])).toBe(2);

    const painted = (name: string) => [...registry.get(name)!].map((r) => (r as Range).toString());
    expect(painted('mentions')).toEqual(['Ant Group', 'Tencent', 'Tencent']);
    expect(painted('mentions-regulator')).toEqual(['PBOC']);
    expect(document.body.innerHTML).toBe(before);
    textNodes(document.body).forEach((node, i) => expect(node).toBe(originals[i]));

    const ant = hl.rangesOf('ant')[0]!;
    expect(hl.idAt(ant.startContainer, ant.startOffset)).toBe('ant');
    expect(hl.idAt(ant.endContainer, ant.endOffset - 1)).toBe('ant');
    const pText = document.getElementById('a')!.firstChild!;
    expect(hl.idAt(pText, 1)).toBeNull();

    hl.setActive('tencent');
    expect(painted('mentions-active')).toEqual(['Tencent', 'Tencent']);
    hl.setActive(null);
    expect(painted('mentions-active')).toEqual([]);

    hl.clear();
    expect(painted('mentions')).toEqual([]);
    expect(hl.ids()).toEqual([]);

    hl.destroy();
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('puts the styles of a media query in force for every highlight it registers', () => {
    const written: string[] = [];
    const replaceSync = vi
      .spyOn(CSSStyleSheet.prototype, 'replaceSync')
      .mockImplementation((text: string) => void written.push(text));
    const hl = createHighlighter(document, {
      name: 'mentions',
      styles: 'background-color: yellow;',
      kindStyles: { law: 'text-decoration: underline double;' },
      activeStyles: 'background-color: orange;',
      media: {
        '(forced-colors: active)': {
          styles: 'background-color: Mark;',
          activeStyles: 'background-color: Highlight;',
        },
      },
    });
    // happy-dom's parser drops ::highlight rules, so the text the sheet was given is read.
    const css = written.join('\n');
    const media = css.slice(css.indexOf('@media (forced-colors: active)'));
    expect(media).toMatch(/::highlight\(mentions\)\s*\{\s*background-color: Mark;/);
    // The kind's highlight paints alone: the query's base styles must reach it too.
    expect(media).toMatch(/::highlight\(mentions-law\)\s*\{\s*background-color: Mark;/);
    expect(media).toMatch(/::highlight\(mentions-active\)\s*\{\s*background-color: Highlight;/);
    replaceSync.mockRestore();
    hl.destroy();
  });

  it('takes one highlight off its registered highlight and the active one', () => {
    const map = buildTextMap(document.querySelector('article')!);
    const hl = createHighlighter(document, {
      name: 'mentions',
      styles: '',
      kindStyles: { regulator: 'color: red;' },
    });
    hl.add('ant', [rangeOf(map, 'Ant Group')]);
    hl.add('pboc', [rangeOf(map, 'PBOC')], 'regulator');
    hl.add('tencent', [rangeOf(map, 'Tencent'), rangeOf(map, 'Tencent', 40)]);
    hl.setActive('tencent');
    const painted = (name: string) => [...registry.get(name)!].map((r) => (r as Range).toString());

    hl.remove('tencent');
    hl.remove('pboc');
    expect(painted('mentions')).toEqual(['Ant Group']);
    expect(painted('mentions-regulator')).toEqual([]);
    expect(painted('mentions-active')).toEqual([]);
    expect(hl.ids()).toEqual(['ant']);
    const pText = document.getElementById('b')!.firstChild!;
    expect(hl.idAt(pText, pText.textContent!.indexOf('Tencent') + 1)).toBeNull();
    hl.add('pboc', [rangeOf(map, 'PBOC')], 'regulator');
    expect(painted('mentions-regulator')).toEqual(['PBOC']);
    hl.destroy();
  });

  it('skips stale ranges whose text was removed', () => {
    const map = buildTextMap(document.querySelector('article')!);
    const hl = createHighlighter(document, { name: 'mentions', styles: 'color: red;' });
    const stale = rangeOf(map, 'Alibaba');
    document.getElementById('b')!.remove();
    expect(hl.add('alibaba', [stale])).toBe(0);
    expect(registry.get('mentions')!.size).toBe(0);
    hl.destroy();
  });

  it('finds the highlight under a point through the caret position', () => {
    const map = buildTextMap(document.querySelector('article')!);
    const hl = createHighlighter(document, { name: 'mentions', styles: 'color: red;' });
    hl.add('alibaba', [rangeOf(map, 'Alibaba')]);
    const bText = document.getElementById('b')!.firstChild!;
    const d = document as unknown as Record<string, unknown>;
    d.caretPositionFromPoint = (x: number) => ({ offsetNode: bText, offset: x });
    try {
      expect(hl.idAtPoint(3, 0)).toBe('alibaba');
      expect(hl.idAtPoint(9, 0)).toBeNull();
    } finally {
      delete d.caretPositionFromPoint;
    }
    hl.destroy();
  });

  it('falls back to wrappers when asked to', () => {
    const hl = createHighlighter(document, {
      name: 'mentions',
      styles: 'color: red;',
      mode: 'wrapper',
    });
    expect(hl.mode).toBe('wrapper');
    expect(registry.size).toBe(0);
    hl.destroy();
  });

  it('rejects names that are not CSS identifiers', () => {
    expect(() => createHighlighter(document, { name: 'bad name', styles: '' })).toThrow(TypeError);
  });
});
