import { describe, expect, it } from 'vitest';
import { splitShadowRootCss } from 'wxt/utils/split-shadow-root-css';
import { remToPx, shadowSafeCss } from '@/components/shadow-css';

/** Shaped like Tailwind v4's output: banner, layer order, theme, utilities, @property rules. */
const tailwindLike = `/*! tailwindcss v4.3.5 | MIT License | https://tailwindcss.com */
@layer properties;
@layer theme, base, components, utilities;
@layer theme {
  :root, :host {
    --spacing: 0.25rem;
  }
}
@layer utilities {
  .shadow-md {
    --tw-shadow: 0 4px 6px -1px var(--tw-shadow-color, rgb(0 0 0 / 0.1));
    box-shadow: var(--tw-ring-shadow), var(--tw-shadow);
  }
}
@property --tw-shadow {
  syntax: "*";
  inherits: false;
  initial-value: 0 0 #0000;
}
@property --tw-shadow-color {
  syntax: "*";
  inherits: false;
}
@property --tw-ring-offset-color {
  syntax: "*";
  inherits: false;
  initial-value: #fff;
}
@property --reglens-accent {
  syntax: "<color>";
  inherits: true;
  initial-value: rgb(3 105 161);
}
`;

describe('shadowSafeCss', () => {
  const out = shadowSafeCss(tailwindLike);

  it('removes every @property rule', () => {
    expect(out).not.toMatch(/@property/);
  });

  it('declares initial values on the host, every element and pseudo-elements', () => {
    const defaults =
      /@layer properties \{\s*:host, :host \*, ::before, ::after, ::backdrop \{([^}]*)\}/.exec(out);
    expect(defaults?.[1]).toContain('--tw-shadow: 0 0 #0000;');
    expect(defaults?.[1]).toContain('--tw-ring-offset-color: #fff;');
    // Without an initial value there is nothing to declare.
    expect(out).not.toContain('--tw-shadow-color:');
  });

  it('sets inheriting properties on the host only, so they still inherit', () => {
    expect(out).toMatch(/ {2}:host \{\s*--reglens-accent: rgb\(3 105 161\);\s*\}/);
    expect(out.match(/--reglens-accent:/g)).toHaveLength(1);
  });

  it('puts the defaults first, below every other layer, and keeps the rest as it was', () => {
    const banner = '/*! tailwindcss v4.3.5 | MIT License | https://tailwindcss.com */';
    expect(out.startsWith(`${banner}\n@layer properties {`)).toBe(true);
    expect(out.indexOf('@layer properties {')).toBeLessThan(out.indexOf('@layer properties;'));
    const rest = tailwindLike.slice(0, tailwindLike.indexOf('@property'));
    expect(out).toContain(rest.slice(banner.length));
  });

  it('leaves nothing that WXT would move into the page document', () => {
    expect(splitShadowRootCss(out).documentCss).toBe('');
  });

  it('handles minified CSS', () => {
    const minified =
      '.a{color:red}@property --tw-translate-x{syntax:"*";inherits:false;initial-value:0}' +
      '@property --tw-border-style{syntax:"*";inherits:false;initial-value:solid}.b{color:blue}';
    const result = shadowSafeCss(minified);
    expect(result).not.toContain('@property');
    expect(result).toContain('--tw-translate-x: 0;');
    expect(result).toContain('--tw-border-style: solid;');
    expect(result).toContain('.a{color:red}');
    expect(result).toContain('.b{color:blue}');
  });

  it('ignores "@property" inside comments and strings', () => {
    const css = `/* no @property here { } */\n.a::after { content: "@property --x { initial-value: 1 }"; }\n`;
    expect(shadowSafeCss(css)).toBe(css);
  });

  it('returns CSS without @property unchanged', () => {
    const css = '@layer base { p { margin: 0; } }\n';
    expect(shadowSafeCss(css)).toBe(css);
  });

  it('keeps @charset and @import first', () => {
    const css =
      '@charset "utf-8";\n@import url("a.css");\n.a{color:red}\n' +
      '@property --x { syntax: "*"; inherits: false; initial-value: 1px; }\n';
    const result = shadowSafeCss(css);
    expect(result.startsWith('@charset "utf-8";\n@import url("a.css");\n@layer properties {')).toBe(
      true,
    );
    expect(result).toContain('--x: 1px;');
  });
});

describe('remToPx', () => {
  it('turns rem lengths in declarations into pixels', () => {
    const css =
      ':host { --spacing: 0.25rem; --text-sm: 0.875rem; margin: -1.5rem 2rem 0rem .5rem; }';
    expect(remToPx(css)).toBe(
      ':host { --spacing: 4px; --text-sm: 14px; margin: -24px 32px 0px 8px; }',
    );
  });

  it('works through calc, nesting and minified rules', () => {
    expect(remToPx('.a{padding:calc(1rem + 2px);&:hover{top:1rem}}')).toBe(
      '.a{padding:calc(16px + 2px);&:hover{top:16px}}',
    );
  });

  it('leaves selectors, media queries, strings, urls and other units alone', () => {
    const css =
      '@media (width >= 40rem) { .w-\\[2rem\\] { width: 2rem; content: "1rem"; ' +
      'background: url(img/3rem.png); font-size: 1em; --x-1rem: 1; } }';
    expect(remToPx(css)).toBe(
      '@media (width >= 40rem) { .w-\\[2rem\\] { width: 32px; content: "1rem"; ' +
        'background: url(img/3rem.png); font-size: 1em; --x-1rem: 1; } }',
    );
  });

  it('takes another root size', () => {
    expect(remToPx('a{margin:1.5rem}', 10)).toBe('a{margin:15px}');
  });
});
