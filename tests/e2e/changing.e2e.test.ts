/**
 * Pages that change after they were read: a live blog whose text arrives after load, a
 * single-page app that swaps the article on navigation, and a page that renders its article's
 * text again every second. Each ends with the marks and findings of the article shown, and no
 * error in the page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getFindings } from './harness';
import { useExtensionSuite } from './suite';

const suite = useExtensionSuite();

/** Errors the page shows in its console or throws, from any world (the extension's included). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // A missing favicon is the fixture server's, not an error of the page or of RegLens.
    if (message.text().startsWith('Failed to load resource')) return;
    if (message.type() === 'error' || message.type() === 'warning') {
      errors.push(`${message.type()}: ${message.text()}`);
    }
  });
  return errors;
}

/** Every highlighted stretch of the page: its text, and whether it still lies on the page. */
function highlighted(page: Page) {
  return page.evaluate(() => {
    const found: { text: string; connected: boolean }[] = [];
    for (const [, highlight] of CSS.highlights) {
      for (const range of highlight as unknown as Iterable<AbstractRange>) {
        const live = document.createRange();
        let text = '';
        try {
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          text = live.toString();
        } catch {
          text = '';
        }
        found.push({ text, connected: range.startContainer.isConnected && !range.collapsed });
      }
    }
    return found;
  });
}

const actorsOf = (mentions: { actorId: string }[]) =>
  [...new Set(mentions.map((m) => m.actorId))].sort();

describe('pages that change', () => {
  it('annotates a live blog whose text arrives after the page loaded', async () => {
    const page = await suite.browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${suite.server.url}/changing/live-blog.html`);
    await page.bringToFront();
    const first = await getFindings(suite.extensionPage, page.url());
    expect(first.isArticle).toBe(false);
    const filled = await getFindings(suite.extensionPage, page.url(), {
      until: (findings) => findings.isArticle,
    });
    expect(actorsOf(filled.mentions)).toEqual(['ant', 'pboc', 'tencent']);
    expect((await highlighted(page)).map((h) => h.text)).toContain('Ant Group');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('drops the old article and annotates the new one when a single-page app navigates', async () => {
    const page = await suite.browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${suite.server.url}/changing/spa.html`);
    await page.bringToFront();
    const first = await getFindings(suite.extensionPage, page.url(), {
      until: (findings) => findings.mentions.length > 0,
    });
    expect(actorsOf(first.mentions)).toEqual(['ant', 'huabei', 'jiebei', 'pboc']);

    await page.click('#next');
    expect(page.url()).toBe(`${suite.server.url}/changing/second`);
    const second = await getFindings(suite.extensionPage, page.url(), {
      until: (findings) => findings.mentions.length > 0,
    });
    expect(actorsOf(second.mentions)).toEqual(['meituan', 'tencent']);
    await expect
      .poll(async () => [...new Set((await highlighted(page)).map((h) => h.text))].sort())
      .toEqual(['Meituan', 'Tencent']);

    await page.goBack();
    expect(page.url()).toBe(`${suite.server.url}/changing/spa.html`);
    const back = await getFindings(suite.extensionPage, page.url(), {
      until: (findings) => findings.mentions.length > 0,
    });
    expect(actorsOf(back.mentions)).toEqual(['ant', 'huabei', 'jiebei', 'pboc']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps its marks on a page that renders its text again every second', async () => {
    const page = await suite.browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${suite.server.url}/changing/rerender.html`);
    await page.bringToFront();
    const findings = await getFindings(suite.extensionPage, page.url(), {
      until: (found) => found.mentions.length > 0,
    });
    expect(actorsOf(findings.mentions)).toEqual(['ant', 'meituan', 'pboc', 'tencent']);
    const renders = () =>
      page.evaluate(() => Number(document.getElementById('renders')!.textContent));
    const from = await renders();
    await expect.poll(renders, { timeout: 10_000 }).toBeGreaterThan(from + 3);
    // After each rendering the marks are laid again on the new text, where they belong.
    await expect
      .poll(async () => {
        const marks = await highlighted(page);
        return {
          allOnThePage: marks.length > 0 && marks.every((mark) => mark.connected),
          texts: [...new Set(marks.map((mark) => mark.text))].sort(),
        };
      })
      .toEqual({
        allOnThePage: true,
        texts: ['Ant Group', 'Meituan', 'People’s Bank of China', 'Tencent', 'The central bank'],
      });
    const again = await getFindings(suite.extensionPage, page.url());
    expect(actorsOf(again.mentions)).toEqual(['ant', 'meituan', 'pboc', 'tencent']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
