/**
 * Makes a stylesheet work inside a shadow root on someone else's page, without adding anything
 * to the page's own document.
 *
 * Tailwind v4 declares its internal custom properties (`--tw-shadow`, `--tw-translate-x`, ...)
 * with `@property` rules to give them initial values. Browsers ignore `@property` inside a
 * shadow root, so shadows, rings, transforms and borders silently lose their defaults. WXT's
 * answer is to move those rules into the page's <head>, which leaves a trace in the page and
 * registers properties for the whole page. Here the rules are dropped and their initial values
 * become plain declarations inside the shadow root instead.
 */

/** A scanner position's next meaningful index, stepping over comments, strings and escapes. */
function skipOpaque(css: string, i: number): number {
  const c = css[i];
  if (c === '/' && css[i + 1] === '*') {
    const end = css.indexOf('*/', i + 2);
    return end === -1 ? css.length : end + 2;
  }
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
    return Math.min(j + 1, css.length);
  }
  if (c === '\\') return i + 2;
  return i;
}

/**
 * Index of the first of `stops` at parenthesis depth 0 from `from`, outside comments and
 * strings; -1 when there is none. Parentheses matter because `url(data:...;...)` holds ";".
 */
function findStop(css: string, from: number, stops: string): number {
  let parens = 0;
  for (let i = from; i < css.length;) {
    const next = skipOpaque(css, i);
    if (next !== i) {
      i = next;
      continue;
    }
    const c = css[i]!;
    if (c === '(') parens++;
    else if (c === ')') parens = Math.max(0, parens - 1);
    else if (parens === 0 && stops.includes(c)) return i;
    i++;
  }
  return -1;
}

/** Splits a block's text into its `name: value` declarations. */
function declarations(body: string): Map<string, string> {
  const result = new Map<string, string>();
  let start = 0;
  while (start < body.length) {
    const end = findStop(body, start, ';');
    const text = body.slice(start, end === -1 ? body.length : end);
    const colon = findStop(text, 0, ':');
    if (colon !== -1) {
      result.set(text.slice(0, colon).trim().toLowerCase(), text.slice(colon + 1).trim());
    }
    if (end === -1) break;
    start = end + 1;
  }
  return result;
}

interface PropertyDefault {
  name: string;
  value: string;
  inherits: boolean;
}

/** Removes every `@property` block; returns the rest and the initial values they declared. */
function extractPropertyRules(css: string): { rest: string; defaults: PropertyDefault[] } {
  const defaults: PropertyDefault[] = [];
  let rest = '';
  let copied = 0;
  for (let i = 0; i < css.length;) {
    const next = skipOpaque(css, i);
    if (next !== i) {
      i = next;
      continue;
    }
    if (css[i] === '@' && /^@property\s/i.test(css.slice(i, i + 10))) {
      const open = findStop(css, i, '{;}');
      if (open === -1) break;
      if (css[open] !== '{') {
        i = open + 1;
        continue;
      }
      const close = findStop(css, open + 1, '}');
      if (close === -1) break;
      const name = css.slice(i + '@property'.length, open).trim();
      const descriptors = declarations(css.slice(open + 1, close));
      const value = descriptors.get('initial-value');
      // Without an initial value the property starts "guaranteed-invalid", which is what an
      // unregistered custom property does anyway: nothing to carry over.
      if (name.startsWith('--') && value !== undefined && value !== '') {
        defaults.push({ name, value, inherits: descriptors.get('inherits') === 'true' });
      }
      rest += css.slice(copied, i);
      copied = css[close + 1] === '\n' ? close + 2 : close + 1;
      i = copied;
      continue;
    }
    i++;
  }
  return { rest: rest + css.slice(copied), defaults };
}

/**
 * Where new rules may go at the top: after leading comments and the statements that must come
 * first (`@charset`, `@import`, `@namespace`), so that the `properties` layer is declared first.
 */
function preambleEnd(css: string): number {
  let i = 0;
  let end = 0;
  while (i < css.length) {
    while (i < css.length && /\s/.test(css[i]!)) i++;
    if (css.startsWith('/*', i)) {
      i = end = skipOpaque(css, i);
      continue;
    }
    if (!/^@(charset|import|namespace)\b/i.test(css.slice(i, i + 11))) break;
    const semicolon = findStop(css, i, ';{');
    if (semicolon === -1 || css[semicolon] !== ';') break;
    i = end = semicolon + 1;
  }
  return end;
}

/**
 * Replaces `@property --x { ...; initial-value: v }` blocks with declarations of `--x: v` on the
 * shadow host and every element and pseudo-element in the shadow tree. Properties registered
 * with `inherits: true` are set on the host only, so that they still inherit. The declarations
 * live in the `properties` cascade layer, placed first, so any other rule overrides them just as
 * it would override an initial value; Tailwind declares that same layer first for its own
 * fallback of these values. Properties without an initial value are dropped.
 */
export function shadowSafeCss(css: string): string {
  const { rest, defaults } = extractPropertyRules(css);
  if (defaults.length === 0) return rest;
  const block = (selector: string, items: PropertyDefault[]) =>
    items.length === 0
      ? ''
      : `  ${selector} {\n${items.map((d) => `    ${d.name}: ${d.value};\n`).join('')}  }\n`;
  const layer =
    '@layer properties {\n' +
    block(
      ':host, :host *, ::before, ::after, ::backdrop',
      defaults.filter((d) => !d.inherits),
    ) +
    block(
      ':host',
      defaults.filter((d) => d.inherits),
    ) +
    '}\n';
  const at = preambleEnd(rest);
  const before = rest.slice(0, at);
  return `${before}${before && !before.endsWith('\n') ? '\n' : ''}${layer}${rest.slice(at)}`;
}

const remNumber = /(^|[^\w.\\-])([+-]?(?:\d+(?:\.\d*)?|\.\d+))rem(?![\w-])/gi;

/** Applies `convert` to the parts of a declaration value outside strings and `url(...)`. */
function mapOutsideOpaque(value: string, convert: (text: string) => string): string {
  let out = '';
  let plain = 0;
  for (let i = 0; i < value.length;) {
    let next = skipOpaque(value, i);
    if (next === i && /^url\(/i.test(value.slice(i, i + 4))) {
      const close = findStop(value, i + 4, ')');
      next = close === -1 ? value.length : close + 1;
    }
    if (next === i) {
      i++;
      continue;
    }
    out += convert(value.slice(plain, i)) + value.slice(i, next);
    plain = i = next;
  }
  return out + convert(value.slice(plain));
}

/**
 * Rewrites `rem` lengths in declarations as pixels. Inside a shadow root `rem` still follows
 * the page's <html> font size, and many news sites set it to 10px or 62.5%, which would shrink
 * the card; pixels keep it the size it was designed at. Selectors (Tailwind's escaped class
 * names such as `.w-\[2rem\]`) and at-rule preludes (media queries, where `rem` means the
 * browser's default size anyway) are left as they are.
 */
export function remToPx(css: string, rootPx = 16): string {
  const convert = (text: string) =>
    text.replace(remNumber, (_match, before: string, number: string) => {
      const px = Number((Number(number) * rootPx).toFixed(4));
      return `${before}${px === 0 ? 0 : px}px`;
    });
  let out = '';
  let segment = 0;
  let depth = 0;
  while (segment < css.length) {
    const stop = findStop(css, segment, '{;}');
    const end = stop === -1 ? css.length : stop;
    let text = css.slice(segment, end);
    // A run ending in "{" is a selector or at-rule prelude; inside a block, anything else that
    // is not an at-rule statement is a declaration.
    if (depth > 0 && css[stop] !== '{' && !text.trimStart().startsWith('@')) {
      const colon = findStop(text, 0, ':');
      if (colon !== -1) {
        text = text.slice(0, colon + 1) + mapOutsideOpaque(text.slice(colon + 1), convert);
      }
    }
    if (stop === -1) return out + text;
    out += text + css[stop];
    if (css[stop] === '{') depth++;
    else if (css[stop] === '}') depth = Math.max(0, depth - 1);
    segment = stop + 1;
  }
  return out;
}
