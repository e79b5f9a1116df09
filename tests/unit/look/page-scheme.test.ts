import { afterEach, describe, expect, it } from 'vitest';
import { effectiveBackground, pageScheme } from '../../../lib/page/page-scheme';

/** Builds a sample page in the test document; the article root is `#root`. */
function samplePage(css: string, body: string): Element {
  document.head.innerHTML = `<style>${css}</style>`;
  document.body.innerHTML = body;
  return document.getElementById('root')!;
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('style');
  document.body.removeAttribute('style');
});

const article = '<main><article id="root"><p>Ant Group and the PBoC.</p></article></main>';

describe('the page behind an article', () => {
  it('is light on a page that paints nothing (the white canvas)', () => {
    const root = samplePage('', article);
    expect(pageScheme(root)).toBe('light');
    expect(effectiveBackground(root)).toMatchObject({ r: 255, g: 255, b: 255, a: 1 });
  });

  it('is dark on a dark body, in hex or rgb() with spaces', () => {
    expect(
      pageScheme(samplePage('body { background-color: #121212; color: #eee; }', article)),
    ).toBe('dark');
    expect(pageScheme(samplePage('body { background-color: rgb(30 30 30); }', article))).toBe(
      'dark',
    );
  });

  it('takes the nearest opaque background: a light column on a dark page is light', () => {
    const root = samplePage(
      'body { background: #111; } main { background-color: #fafafa; color: #222; }',
      article,
    );
    expect(pageScheme(root)).toBe('light');
  });

  it('takes the dark one where a dark panel holds the article on a light page', () => {
    const root = samplePage(
      'body { background: white; } article { background-color: #1b1f24; }',
      article,
    );
    expect(pageScheme(root)).toBe('dark');
  });

  it('lays translucent backgrounds over what is beneath', () => {
    // Half-transparent black over white is mid grey (light side); over a dark page, darker still.
    const overWhite = samplePage('main { background-color: rgba(0, 0, 0, 0.3); }', article);
    expect(pageScheme(overWhite)).toBe('light');
    expect(effectiveBackground(overWhite).r).toBeCloseTo(178.5, 0);
    const overBlack = samplePage(
      'body { background-color: #000; } main { background-color: rgba(255, 255, 255, 0.1); }',
      article,
    );
    expect(pageScheme(overBlack)).toBe('dark');
    expect(effectiveBackground(overBlack).r).toBeCloseTo(25.5, 0);
  });

  it('reads a page with light text and no background as dark (color-scheme: dark)', () => {
    const root = samplePage('html { color: #e8e8e8; }', article);
    expect(pageScheme(root)).toBe('dark');
  });

  it('ignores transparent ancestors', () => {
    const root = samplePage(
      'html { background: #202124; } body, main, article { background-color: transparent; }',
      article,
    );
    expect(pageScheme(root)).toBe('dark');
  });
});
