import { describe, expect, it } from 'vitest';
import {
  attributionLines,
  markHighlighter,
  nameMarks,
  type InkedLine,
  type MarkLayer,
  type PageScheme,
} from '../../../lib/marks';

/** WCAG 2 contrast, written out here so the test does not trust the code it checks. */
function channels(color: string): [number, number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
  }
  const rgba = /^rgba?\(([^)]+)\)$/.exec(color);
  if (!rgba) throw new Error(`not a colour: ${color}`);
  const [r, g, b, a = 1] = rgba[1]!.split(',').map(Number);
  return [r!, g!, b!, a];
}
function relativeLuminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}
function contrast(a: readonly number[], b: readonly number[]): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
function composite(top: string, under: readonly number[]): number[] {
  const [r, g, b, a] = channels(top);
  return [r, g, b].map((c, i) => c * a + under[i]! * (1 - a));
}

/** Pages the marks must read on: white, newsprint and grey; black, near-black and charcoal. */
const pages: Record<PageScheme, { backgrounds: string[]; text: string }> = {
  light: { backgrounds: ['#ffffff', '#f4f1ea', '#e8e8e8'], text: '#222222' },
  dark: { backgrounds: ['#000000', '#121212', '#1e1e1e', '#2a2a2a'], text: '#e0e0e0' },
};
const layers: MarkLayer[] = ['names', 'claims', 'attributions', 'snippets'];

/** Every declaration block a layer's highlighter paints with, by kind ('' for the base). */
function blocks(layer: MarkLayer, scheme: PageScheme) {
  const options = markHighlighter(layer, scheme);
  return {
    options,
    painted: [
      ['', options.styles],
      ...Object.entries(options.kindStyles ?? {}).map(([k, s]) => [k, `${options.styles} ${s}`]),
    ] as [string, string][],
  };
}
const lastValue = (css: string, property: string) => {
  const all = [...css.matchAll(new RegExp(`(?:^|;|\\s)${property}:\\s*([^;]+);`, 'g'))];
  return all.length > 0 ? all[all.length - 1]![1]!.trim() : null;
};
const lineLook = (line: InkedLine) => `${line.position}/${line.style}/${line.thickness}`;

describe('mark styles', () => {
  it('gives every kind of actor a line of its own, so kinds are told apart without colour', () => {
    const looks = Object.values(nameMarks).map(lineLook);
    expect(new Set(looks).size).toBe(Object.keys(nameMarks).length);
    expect(Object.keys(nameMarks).sort()).toEqual(
      ['company', 'event', 'institution', 'law', 'outlet', 'person', 'product', 'regulator'].sort(),
    );
    // And a hue of its own, for readers who do see colour.
    expect(new Set(Object.values(nameMarks).map((m) => m.hue)).size).toBe(8);
  });

  it('gives every attribution kind a line of its own', () => {
    const looks = Object.values(attributionLines).map(lineLook);
    expect(new Set(looks).size).toBe(Object.keys(attributionLines).length);
  });

  it('draws each kind in its own declarations, in both schemes', () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const layer of ['names', 'attributions'] as const) {
        const kinds = Object.values(markHighlighter(layer, scheme).kindStyles ?? {});
        expect(kinds.length).toBeGreaterThan(6);
        expect(new Set(kinds).size).toBe(kinds.length);
        for (const css of kinds) {
          expect(lastValue(css, 'text-decoration')).toMatch(
            /^underline( overline)? (solid|double|dotted|dashed|wavy) #/,
          );
        }
      }
    }
  });

  it('keeps the layers apart: washes for names, claims and snippets, a bare line for cues', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const base = Object.fromEntries(layers.map((l) => [l, markHighlighter(l, scheme)]));
      expect(new Set(layers.map((l) => base[l]!.name)).size).toBe(4);
      expect(lastValue(base.claims!.styles, 'background-color')).toMatch(/^rgba/);
      expect(lastValue(base.snippets!.styles, 'background-color')).toMatch(/^rgba/);
      expect(lastValue(base.claims!.styles, 'text-decoration')).not.toBe(
        lastValue(base.snippets!.styles, 'text-decoration')?.replace(/#\w+/, ''),
      );
      for (const css of Object.values(base.attributions!.kindStyles ?? {})) {
        expect(lastValue(css, 'background-color')).toBeNull();
      }
      for (const css of Object.values(base.names!.kindStyles ?? {})) {
        expect(lastValue(css, 'background-color')).toMatch(/^rgba/);
      }
      // Stacking: names over cues over snippets over claim sentences.
      expect(base.names!.priority!).toBeGreaterThan(base.attributions!.priority! + 1);
      expect(base.attributions!.priority!).toBeGreaterThan(base.snippets!.priority!);
      expect(base.snippets!.priority!).toBeGreaterThan(base.claims!.priority!);
    }
  });

  it('draws light and dark pages with different inks', () => {
    for (const layer of layers) {
      expect(markHighlighter(layer, 'light')).not.toEqual(markHighlighter(layer, 'dark'));
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps every line at 3:1 against ${scheme} pages, and the text over every wash at 4.5:1`, () => {
      const { backgrounds, text } = pages[scheme];
      const failures: string[] = [];
      for (const layer of layers) {
        const { options, painted } = blocks(layer, scheme);
        const washes = [
          ...painted.map(([kind, css]) => [kind, lastValue(css, 'background-color')] as const),
          ['active', lastValue(options.activeStyles ?? '', 'background-color')] as const,
        ];
        for (const page of backgrounds) {
          const ground = channels(page);
          for (const [kind, css] of painted) {
            const decoration = lastValue(css, 'text-decoration');
            const ink = decoration?.match(/#[0-9a-f]{6}/i)?.[0];
            if (!ink) continue;
            const ratio = contrast(channels(ink), ground);
            if (ratio < 3)
              failures.push(`${layer} ${kind} line ${ink} on ${page}: ${ratio.toFixed(2)}`);
          }
          for (const [kind, fill] of washes) {
            if (!fill) continue;
            const under = composite(fill, ground);
            const ratio = contrast(channels(text), under);
            if (ratio < 4.5)
              failures.push(`${layer} ${kind} wash ${fill} on ${page}: ${ratio.toFixed(2)}`);
          }
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it('hands forced-colours mode the system colours', () => {
    for (const layer of layers) {
      const forced = markHighlighter(layer, 'light').media?.['(forced-colors: active)'];
      expect(forced?.activeStyles).toContain('Highlight');
      expect(forced?.styles).toMatch(/Mark|CanvasText/);
    }
  });
});
