/**
 * Whether an article sits on a light or a dark page, from what is painted behind it rather than
 * what the reader's system prefers: a news site with a dark theme is dark whatever the system
 * says, and the marks and the card must read on it.
 */
import { LIGHT_DARK_CROSSOVER, luminance, over, parseColor, type Rgba } from '../color';

export type PageScheme = 'light' | 'dark';

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
/** Chromium's canvas under `color-scheme: dark`. */
const DARK_CANVAS: Rgba = { r: 18, g: 18, b: 18, a: 1 };

/**
 * A computed colour as numbers. Chromium keeps `oklch()`, `lab()` and `color()` as written, which
 * parseColor does not read: those are drawn on a one-pixel canvas of the document and read back.
 */
function colorOf(doc: Document, text: string): Rgba | null {
  const parsed = parseColor(text);
  if (parsed !== null || text === '') return parsed;
  let context: CanvasRenderingContext2D | null = null;
  try {
    const canvas = doc.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    context = canvas.getContext('2d', { willReadFrequently: true });
  } catch {
    return null;
  }
  if (!context) return null;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = text;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return { r: r!, g: g!, b: b!, a: a! / 255 };
}

/**
 * The colour painted behind `element`: its own background and its ancestors', translucent ones
 * laid over what is beneath, down to the first opaque one. Where nothing is painted, the canvas:
 * white, or dark where the text is light (what `color-scheme: dark` gives a page without a
 * background of its own).
 */
export function effectiveBackground(element: Element): Rgba {
  const view = element.ownerDocument.defaultView;
  if (view === null) return WHITE;
  const layers: Rgba[] = [];
  for (let at: Element | null = element; at !== null; at = at.parentElement) {
    const style = view.getComputedStyle(at);
    const color = colorOf(element.ownerDocument, style.backgroundColor);
    if (color === null || color.a === 0) continue;
    layers.push(color);
    if (color.a >= 1) break;
  }
  let base: Rgba = WHITE;
  if (layers.length === 0 || layers[layers.length - 1]!.a < 1) {
    const text = colorOf(element.ownerDocument, view.getComputedStyle(element).color);
    if (text !== null && text.a > 0 && luminance(text) > LIGHT_DARK_CROSSOVER) base = DARK_CANVAS;
  }
  return layers.reduceRight((beneath, layer) => over(layer, beneath), base);
}

/** 'dark' when the background behind `element` is closer to black than to white. */
export function schemeOf(background: Rgba): PageScheme {
  return luminance(background) < LIGHT_DARK_CROSSOVER ? 'dark' : 'light';
}

/** The scheme of the page around `element` (an article's root): light or dark marks and card. */
export function pageScheme(element: Element): PageScheme {
  return schemeOf(effectiveBackground(element));
}
