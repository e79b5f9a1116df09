/**
 * The same article at each level (off, names, claims, full), on a light page and on a dark copy of
 * it, in an English and a Chinese browser, with a card open: screenshots
 * test-results/levels-<scheme>-<lang>-<level>.png, and what can go wrong checked in the DOM: which
 * marks are painted at each level, marks in the page's scheme's inks, a card in the page's scheme.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { levels, type Level } from '../../lib/levels';
import { inks, nameMarks } from '../../lib/marks';
import { getFindings, hoverText, setSettings } from './harness';
import { resultsDir, useExtensionSuite, type ExtensionSuite } from './suite';

const pages = { light: 'retelling.html', dark: 'retelling-dark.html' } as const;
type Scheme = keyof typeof pages;

/** Ranges painted per RegLens layer (the active highlight aside). */
function painted(page: Page) {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('reglens-') || name.endsWith('-active')) continue;
      const layer = name.split('-')[1]!;
      counts[layer] = (counts[layer] ?? 0) + (highlight as unknown as Set<Range>).size;
    }
    return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
  });
}

/** The styles in force for one highlight on the article's first paragraph (computed). */
function highlightStyle(page: Page, name: string) {
  return page.evaluate((highlight) => {
    const style = getComputedStyle(
      document.querySelector('article p')!,
      `::highlight(${highlight})`,
    );
    return {
      background: style.backgroundColor,
      line: style.textDecorationColor,
      lineStyle: style.textDecorationStyle,
    };
  }, name);
}

const asRgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/**
 * WCAG relative luminance of an element's computed colour (`color` or `backgroundColor`). Tailwind
 * writes oklch(), which the browser keeps: it is drawn on a canvas and read back as sRGB.
 */
async function luminanceOf(
  card: ReturnType<Page['locator']>,
  property: 'color' | 'backgroundColor',
): Promise<number> {
  const [r, g, b] = await card.evaluate((el, which) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d')!;
    context.fillStyle = getComputedStyle(el)[which];
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data];
  }, property);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

const expectedLayers: Record<Level, string[]> = {
  off: [],
  names: ['actor'],
  claims: ['actor', 'claim'],
  full: ['actor', 'attribution', 'claim'],
};

function levelsIn(lang: 'en' | 'zh', suite: ExtensionSuite) {
  const lastStyles: Partial<Record<Scheme, Awaited<ReturnType<typeof highlightStyle>>>> = {};
  for (const scheme of ['light', 'dark'] as Scheme[]) {
    it(`shows the ${scheme} page at each level`, async () => {
      const page = await suite.open(pages[scheme]);
      const styles: Awaited<ReturnType<typeof highlightStyle>>[] = [];
      // The page is read at the suite's level first; the levels change on the page as it stands.
      await getFindings(suite.extensionPage, page.url(), { until: (f) => f.mentions.length > 0 });
      for (const level of levels) {
        await setSettings(suite.extensionPage, { level });
        await getFindings(suite.extensionPage, page.url(), {
          until: (f) => f.level === level && (level === 'off' || f.mentions.length > 0),
        });
        await expect
          .poll(async () => Object.keys(await painted(page)).sort())
          .toEqual(expectedLayers[level]);
        if (level !== 'off') {
          await hoverText(page, 'Ant Group', { rootSelector: 'article' });
          const card = page.locator('reglens-card').getByRole('dialog');
          await card.waitFor({ state: 'visible', timeout: 5_000 });
          // The card takes the page's scheme: a dark card on the dark page.
          const background = await luminanceOf(card, 'backgroundColor');
          const text = await luminanceOf(card, 'color');
          if (scheme === 'dark') {
            expect(background).toBeLessThan(0.05);
            expect(text).toBeGreaterThan(0.5);
          } else {
            expect(background).toBeGreaterThan(0.9);
            expect(text).toBeLessThan(0.1);
          }
          styles.push(await highlightStyle(page, 'reglens-actor-company'));
        }
        await page.screenshot({ path: `${resultsDir}/levels-${scheme}-${lang}-${level}.png` });
        if (level !== 'off') {
          await page.keyboard.press('Escape');
          await page.mouse.move(5, 5);
        }
      }
      // The company marks are drawn in the scheme's ink of their hue, at every level.
      const { hue } = nameMarks.company;
      expect(styles).toHaveLength(3);
      for (const style of styles) {
        expect(style.line).toBe(asRgb(inks[hue][scheme]));
        expect(style.lineStyle).toBe(nameMarks.company.style);
        expect(style.background).toMatch(/^rgba\(230, 159, 0, 0\.\d+\)$/);
      }
      lastStyles[scheme] = styles[0]!;
      await page.close();
    });
  }

  it('draws light and dark pages differently', () => {
    expect(lastStyles.light).toBeDefined();
    expect(lastStyles.dark).toBeDefined();
    expect(lastStyles.light!.line).not.toBe(lastStyles.dark!.line);
    expect(lastStyles.light!.background).not.toBe(lastStyles.dark!.background);
  });

  it('gives way to forced colours and reduced motion', async () => {
    const page = await suite.open(pages.light);
    await setSettings(suite.extensionPage, { level: 'full' });
    await getFindings(suite.extensionPage, page.url(), {
      until: (f) => f.level === 'full' && f.attributions.length > 0,
    });
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    const system = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.backgroundColor = 'Mark';
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const { backgroundColor, color } = getComputedStyle(probe);
      probe.remove();
      return { mark: backgroundColor, canvasText: color };
    });
    expect((await highlightStyle(page, 'reglens-actor-company')).background).toBe(system.mark);
    const cue = await highlightStyle(page, 'reglens-attribution-anonymous');
    expect(cue.line).toBe(system.canvasText);
    expect(cue.lineStyle).toBe('wavy');
    await hoverText(page, 'Ant Group', { rootSelector: 'article' });
    const card = page.locator('reglens-card').getByRole('dialog');
    await card.waitFor({ state: 'visible', timeout: 5_000 });
    // Whatever motion the card's parts ask for, a reader who wants none gets none.
    const duration = await card.evaluate((el) => {
      (el as HTMLElement).style.transition = 'opacity 1s';
      return getComputedStyle(el).transitionDuration;
    });
    expect(duration).toBe('0s');
    await page.screenshot({ path: `${resultsDir}/levels-forced-colors-${lang}.png` });
    await page.close();
  });
}

describe('levels in an English browser', () => {
  levelsIn('en', useExtensionSuite());
});

describe('levels in a Chinese browser', () => {
  levelsIn('zh', useExtensionSuite({ locale: 'zh-CN' }));
});
