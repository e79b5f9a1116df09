/**
 * Text offsets to DOM positions and back, on random DOM trees: inline and block elements,
 * furniture the map leaves out, indentation, empty and white-space-only text nodes, line breaks,
 * and text split by the wrapper highlighter's marks.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createHighlighter } from '../../../lib/page/highlighter';
import {
  BLOCK_SEPARATOR,
  buildTextMap,
  offsetOfPoint,
  spanOfRange,
} from '../../../lib/page/text-map';

type Tree = { tag: string; children: Tree[] } | { text: string };

const TAGS = ['p', 'div', 'span', 'b', 'em', 'h2', 'li', 'section', 'br', 'nav', 'x-wrap'];
const TEXTS = ['', ' ', '\n  ', 'Ant', ' Group', 'said. ', '央行', '表示。', 'a\nb', '😀', 'x '];

const treeArb: fc.Arbitrary<Tree[]> = fc.letrec<{ node: Tree; nodes: Tree[] }>((tie) => ({
  node: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...TEXTS).map((text) => ({ text })) },
    {
      weight: 2,
      arbitrary: fc.record({ tag: fc.constantFrom(...TAGS), children: tie('nodes') }),
    },
  ),
  nodes: fc.array(tie('node'), { maxLength: 4, depthIdentifier: 'tree' }),
})).nodes;

function build(parent: Node, trees: readonly Tree[]): void {
  const doc = parent.ownerDocument ?? document;
  for (const t of trees) {
    if ('text' in t) {
      parent.appendChild(doc.createTextNode(t.text));
    } else {
      const el = doc.createElement(t.tag);
      parent.appendChild(el);
      if (t.tag !== 'br') build(el, t.children);
    }
  }
}

function mount(trees: readonly Tree[]): HTMLElement {
  document.body.innerHTML = '';
  const root = document.createElement('article');
  document.body.appendChild(root);
  build(root, trees);
  return root;
}

/** Every DOM position inside `root`, in document order. */
function positions(root: Node): [Node, number][] {
  const out: [Node, number][] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      for (let o = 0; o <= (node as Text).length; o++) out.push([node, o]);
      return;
    }
    const children = [...node.childNodes];
    children.forEach((child, i) => {
      out.push([node, i]);
      visit(child);
    });
    out.push([node, children.length]);
  };
  visit(root);
  return out;
}

/** Whether `text[i]` belongs to a mapped node (not a block separator). */
function inNode(map: ReturnType<typeof buildTextMap>, i: number): boolean {
  return map.nodes.some((_, k) => i >= map.starts[k]! && i < map.starts[k]! + map.lengths[k]!);
}

/** Splits some mapped text nodes into pieces inside reglens-mark wrappers, as the fallback does. */
function wrapPieces(map: ReturnType<typeof buildTextMap>, cuts: readonly number[]): void {
  map.nodes.forEach((node, k) => {
    const cut = cuts[k % cuts.length]!;
    if (node.length < 2 || cut % 3 === 0) return;
    const at = 1 + (cut % (node.length - 1));
    const rest = node.splitText(at);
    const mark = document.createElement('reglens-mark');
    rest.parentNode!.insertBefore(mark, rest);
    mark.appendChild(rest);
  });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('text map: cases the property tests found', () => {
  it('gives no span for a selection from the end of one paragraph to the start of the next', () => {
    document.body.innerHTML = '<article><p>One</p><p>Two</p></article>';
    const root = document.querySelector('article')!;
    const map = buildTextMap(root);
    const [one, two] = [...root.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const range = document.createRange();
    range.setStart(one!, 3);
    range.setEnd(two!, 0);
    expect(spanOfRange(map, range)).toBeNull();
    // Across the gap and into the text, the span starts at the text, not at the separator.
    range.setEnd(two!, 2);
    expect(spanOfRange(map, range)).toEqual({ start: 4, end: 6 });
  });

  it('places a point before an empty element where the text after it starts', () => {
    document.body.innerHTML = '<article><p>Ant</p><p><span></span>央行</p></article>';
    const root = document.querySelector('article')!;
    const map = buildTextMap(root);
    const second = root.querySelectorAll('p')[1]!;
    // Between the paragraphs, and before the empty span: the same place in the text.
    expect(offsetOfPoint(map, root, 1, 'backward')).toBe(4);
    expect(offsetOfPoint(map, second, 0, 'backward')).toBe(4);
    expect(offsetOfPoint(map, second.firstChild!, 0, 'backward')).toBe(4);
  });
});

describe('text map: property tests on random DOM trees', () => {
  it('maps the text nodes it lists, in order, with separators only between them', () => {
    fc.assert(
      fc.property(treeArb, (trees) => {
        const map = buildTextMap(mount(trees));
        let rebuilt = '';
        map.nodes.forEach((node, k) => {
          expect(map.starts[k]).toBeGreaterThanOrEqual(rebuilt.length);
          expect(map.text.slice(rebuilt.length, map.starts[k])).toMatch(/^\u2029*$/u);
          rebuilt = map.text.slice(0, map.starts[k]) + node.data;
          expect(map.text.slice(map.starts[k], map.starts[k]! + node.length)).toBe(node.data);
        });
        expect(map.text.slice(rebuilt.length)).toMatch(/^\u2029*$/u);
      }),
      { numRuns: 400 },
    );
  });

  it('goes from an offset to a point and back to the same offset', () => {
    fc.assert(
      fc.property(
        treeArb,
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (trees, cuts, wrap) => {
          const map = buildTextMap(mount(trees));
          if (wrap) wrapPieces(map, cuts);
          for (let i = 0; i <= map.text.length; i++) {
            if (inNode(map, i)) {
              const point = map.pointAt(i, 'start');
              expect(point, `start ${i}`).not.toBeNull();
              expect(map.positionOf(point!.node, point!.offset)).toBe(i);
              expect(offsetOfPoint(map, point!.node, point!.offset, 'forward')).toBe(i);
            }
            if (i > 0 && inNode(map, i - 1)) {
              const point = map.pointAt(i, 'end');
              expect(point, `end ${i}`).not.toBeNull();
              expect(map.positionOf(point!.node, point!.offset)).toBe(i);
              expect(offsetOfPoint(map, point!.node, point!.offset, 'backward')).toBe(i);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives a range whose span is the offsets it was made from, trimmed of separators', () => {
    fc.assert(
      fc.property(
        treeArb,
        fc.nat(),
        fc.nat(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (trees, x, y, cuts, wrap) => {
          const map = buildTextMap(mount(trees));
          if (wrap) wrapPieces(map, cuts);
          const n = map.text.length + 1;
          const start = Math.min(x % n, y % n);
          const end = Math.max(x % n, y % n);
          const range = map.rangeFor(start, end);
          let a = start;
          let b = end;
          while (a < b && map.text[a] === BLOCK_SEPARATOR) a++;
          while (b > a && map.text[b - 1] === BLOCK_SEPARATOR) b--;
          if (a === b) {
            expect(range).toBeNull();
            return;
          }
          expect(range).not.toBeNull();
          expect(spanOfRange(map, range!)).toEqual({ start: a, end: b });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('clamps any DOM position to mapped text, never backwards in document order', () => {
    fc.assert(
      fc.property(treeArb, (trees) => {
        const root = mount(trees);
        const map = buildTextMap(root);
        let lastForward = -1;
        let lastBackward = -1;
        for (const [node, offset] of positions(root)) {
          const forward = offsetOfPoint(map, node, offset, 'forward');
          const backward = offsetOfPoint(map, node, offset, 'backward');
          for (const [value, last] of [
            [forward, lastForward],
            [backward, lastBackward],
          ] as const) {
            if (value === null) continue;
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(map.text.length);
            expect(value).toBeGreaterThanOrEqual(last);
          }
          if (forward !== null) lastForward = forward;
          if (backward !== null) lastBackward = backward;
          // Moving forward never lands before where moving back lands.
          if (forward !== null && backward !== null) {
            expect(forward).toBeGreaterThanOrEqual(backward);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('turns any DOM range into a span inside it', () => {
    fc.assert(
      fc.property(treeArb, fc.nat(), fc.nat(), (trees, x, y) => {
        const root = mount(trees);
        const map = buildTextMap(root);
        const all = positions(root);
        const [p, q] = [all[x % all.length]!, all[y % all.length]!];
        const range = document.createRange();
        range.setStart(p[0], p[1]);
        range.setEnd(q[0], q[1]);
        const span = spanOfRange(map, range);
        if (span === null) return;
        expect(span.end).toBeGreaterThan(span.start);
        const back = map.rangeFor(span.start, span.end);
        expect(back).not.toBeNull();
        // The span's own range lies within the DOM range it came from.
        expect(back!.compareBoundaryPoints(Range.START_TO_START, range)).toBeGreaterThanOrEqual(0);
        expect(back!.compareBoundaryPoints(Range.END_TO_END, range)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps offsets right while the wrapper highlighter splits the text, and after it clears', () => {
    fc.assert(
      fc.property(
        treeArb,
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }),
        (trees, picks) => {
          const root = mount(trees);
          const before = root.innerHTML;
          const map = buildTextMap(root);
          const n = map.text.length + 1;
          const highlighter = createHighlighter(document, {
            name: 'prop',
            styles: '',
            mode: 'wrapper',
          });
          const spans: { id: string; start: number; end: number; text: string }[] = [];
          picks.forEach(([x, y], k) => {
            const start = Math.min(x % n, y % n);
            const end = Math.max(x % n, y % n);
            const range = map.rangeFor(start, end);
            if (range === null) return;
            const id = `h${k}`;
            spans.push({ id, start, end, text: range.toString() });
            highlighter.add(id, [range]);
          });
          const checkOffsets = () => {
            for (let i = 0; i <= map.text.length; i++) {
              if (inNode(map, i)) {
                const point = map.pointAt(i, 'start')!;
                expect(point, `start ${i}`).not.toBeNull();
                expect(map.positionOf(point.node, point.offset)).toBe(i);
              }
              if (i > 0 && inNode(map, i - 1)) {
                const point = map.pointAt(i, 'end')!;
                expect(point, `end ${i}`).not.toBeNull();
                expect(map.positionOf(point.node, point.offset)).toBe(i);
              }
            }
          };
          checkOffsets();
          for (const { id, start, end, text } of spans) {
            // What is marked is what was asked for, and its text maps back to the same span.
            expect(
              highlighter
                .rangesOf(id)
                .map((r) => r.toString())
                .join(''),
            ).toBe(text);
            const again = map.rangeFor(start, end)!;
            expect(again.toString()).toBe(text);
          }
          highlighter.clear();
          expect(root.innerHTML).toBe(before);
          checkOffsets();
          highlighter.destroy();
        },
      ),
      { numRuns: 300 },
    );
  });
});
