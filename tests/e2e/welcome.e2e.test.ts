/**
 * The first run: a fresh profile opens the welcome page once, and the page shows RegLens's marks
 * on its sample article, switching with the level picked, in English and in Chinese.
 */
import { mkdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inks, nameMarks } from '../../lib/marks';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { resultsDir } from './suite';

let browser: ExtensionBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** Ranges registered per RegLens highlight layer on the page (CSS Custom Highlight API). */
function highlightCounts(page: Page) {
  return page.evaluate(() => {
    const counts: Record<string, number> = { names: 0, claims: 0, attributions: 0 };
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [key, highlight] of registry) {
      if (key.endsWith('-active')) continue;
      if (key.startsWith('reglens-actor')) counts.names! += highlight.size;
      if (key.startsWith('reglens-claim')) counts.claims! += highlight.size;
      if (key.startsWith('reglens-attribution')) counts.attributions! += highlight.size;
    }
    return counts;
  });
}

const asRgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

async function pickLevel(page: Page, label: string) {
  await page.getByRole('radio', { name: label }).check({ force: true });
}

describe('first run', () => {
  it('opens the welcome page once on install, with marks on the sample', async () => {
    await mkdir(resultsDir, { recursive: true });
    browser = await launchWithExtension({ welcome: 'keep' });
    const page = browser.welcomePage!;
    expect(page).toBeDefined();
    await page.getByRole('heading', { name: 'Welcome to RegLens' }).waitFor();
    // Once: a moment later there is still only the one.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const welcomeTabs = browser.context.pages().filter((p) => p.url().endsWith('/welcome.html'));
    expect(welcomeTabs).toHaveLength(1);

    // Claims, the level a new reader starts at: names and claim sentences, no attributions.
    await page.waitForFunction(() => CSS.highlights.size > 0);
    const atClaims = await highlightCounts(page);
    expect(atClaims.names).toBeGreaterThanOrEqual(15);
    expect(atClaims.claims).toBeGreaterThanOrEqual(3);
    expect(atClaims.attributions).toBe(0);
    expect(await page.locator('[data-sample="en"]').textContent()).toContain('Ant Group');
    expect(await page.locator('[data-sample="zh"]').textContent()).toContain('蚂蚁集团');
    await page.screenshot({ path: `${resultsDir}/welcome.png`, fullPage: true });

    await pickLevel(page, 'Full');
    expect(await highlightCounts(page)).toMatchObject({ attributions: 8 });
    await pickLevel(page, 'Names');
    expect(await highlightCounts(page)).toEqual({
      names: atClaims.names,
      claims: 0,
      attributions: 0,
    });
    await pickLevel(page, 'Off');
    expect(await highlightCounts(page)).toEqual({ names: 0, claims: 0, attributions: 0 });
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);

    // On a reader's dark system the page is dark (an oklch() background), and so are the marks.
    const companyLine = () =>
      page.evaluate(() => {
        const text = document.querySelector('[data-sample="en"] p')!;
        return getComputedStyle(text, '::highlight(reglens-actor-company)').textDecorationColor;
      });
    await pickLevel(page, 'Names');
    const light = await companyLine();
    await page.emulateMedia({ colorScheme: 'dark' });
    await pickLevel(page, 'Off');
    await pickLevel(page, 'Names');
    const dark = await companyLine();
    expect(light).toBe(asRgb(inks[nameMarks.company.hue].light));
    expect(dark).toBe(asRgb(inks[nameMarks.company.hue].dark));
    await page.screenshot({ path: `${resultsDir}/welcome-dark.png`, fullPage: true });
  });

  it('speaks the browser’s language', async () => {
    browser = await launchWithExtension({ welcome: 'keep', locale: 'zh-CN' });
    const page = browser.welcomePage!;
    await page.getByRole('heading', { name: '欢迎使用 RegLens' }).waitFor();
    await page.waitForFunction(() => CSS.highlights.size > 0);
    expect(await page.locator('main').textContent()).toContain('标注的含义');
    await page.screenshot({ path: `${resultsDir}/welcome-zh.png`, fullPage: true });
  });

  it('closes the welcome tab for tests that do not ask for it', async () => {
    browser = await launchWithExtension();
    expect(browser.welcomePage).toBeUndefined();
    expect(browser.context.pages().some((p) => p.url().endsWith('/welcome.html'))).toBe(false);
  });
});
