/**
 * Colours as numbers: parsing what `getComputedStyle` and style strings give, laying a translucent
 * colour over another, and WCAG relative luminance and contrast. Pure: no DOM.
 */

/** A colour in sRGB, channels 0-255, alpha 0-1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const NAMED: Record<string, string> = {
  transparent: '#0000',
  white: '#fff',
  black: '#000',
  canvas: '#fff',
};

/**
 * Reads `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`/`rgba()` (comma or space syntax, with or
 * without `/ alpha`) and a few names; null for anything else (a system colour, `currentcolor`).
 */
export function parseColor(text: string): Rgba | null {
  const value = text.trim().toLowerCase();
  const named = NAMED[value];
  if (named !== undefined) return parseColor(named);
  if (value.startsWith('#')) {
    const hex = value.slice(1);
    if (!/^[0-9a-f]+$/.test(hex)) return null;
    const long =
      hex.length === 3 || hex.length === 4
        ? [...hex].map((c) => c + c).join('')
        : hex.length === 6 || hex.length === 8
          ? hex
          : null;
    if (long === null) return null;
    const channel = (i: number) => parseInt(long.slice(i, i + 2), 16);
    return {
      r: channel(0),
      g: channel(2),
      b: channel(4),
      a: long.length === 8 ? channel(6) / 255 : 1,
    };
  }
  const fn = /^rgba?\((.*)\)$/.exec(value);
  if (fn === null) return null;
  const parts = fn[1]!
    .replace(/\//g, ' ')
    .split(/[\s,]+/)
    .filter((p) => p !== '');
  if (parts.length !== 3 && parts.length !== 4) return null;
  const read = (part: string, scale: number) =>
    part.endsWith('%') ? (parseFloat(part) / 100) * scale : parseFloat(part);
  const [r, g, b] = parts.slice(0, 3).map((p) => read(p, 255));
  const a = parts[3] === undefined ? 1 : read(parts[3], 1);
  if ([r, g, b, a].some((n) => n === undefined || Number.isNaN(n))) return null;
  return { r: r!, g: g!, b: b!, a: Math.max(0, Math.min(1, a)) };
}

/** `top` painted over `bottom` (source-over); the result is as opaque as the two together. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, b: number) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/** WCAG 2 relative luminance of an opaque colour, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * The luminance where black text and white text contrast equally with a background: above it
 * dark text reads better (a light page), below it light text does (a dark page).
 */
export const LIGHT_DARK_CROSSOVER = Math.sqrt(1.05 * 0.05) - 0.05;
