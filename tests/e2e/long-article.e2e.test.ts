/**
 * A long article: every name is found, but only those near what the reader sees are painted, and
 * the painted window follows the reader down the page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getFindings, hoverText } from './harness';
import { resultsDir, useExtensionSuite } from './suite';

const suite = useExtensionSuite();

/** The weeks (paragraph numbers) whose names are painted now, read from the page's highlights. */
async function paintedWeeks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    // Names are painted in their kind's highlight (reglens-actor-company, ...).
    const ranges = [...CSS.highlights]
      .filter(([name]) => name.startsWith('reglens-actor') && !name.endsWith('-active'))
      .flatMap(([, highlight]) => [...(highlight as Iterable<AbstractRange>)]);
    const weeks = new Set<number>();
    for (const range of ranges) {
      const paragraph = range.startContainer.parentElement?.closest('p[data-week]');
      if (paragraph) weeks.add(Number(paragraph.getAttribute('data-week')));
    }
    return [...weeks].sort((a, b) => a - b);
  });
}

async function waitForWeeks(page: Page, until: (weeks: number[]) => boolean): Promise<number[]> {
  const deadline = Date.now() + 5_000;
  let weeks = await paintedWeeks(page);
  while (!until(weeks) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    weeks = await paintedWeeks(page);
  }
  return weeks;
}

describe('a long article', () => {
  it('finds all 800 names and paints those near the reader as the reader scrolls', async () => {
    const page = await suite.open('long-article.html');
    try {
      const findings = await getFindings(suite.extensionPage, page.url(), {
        until: (f) => f.mentions.length >= 800,
      });
      expect(findings.mentions).toHaveLength(800);
      expect(new Set(findings.mentions.map((m) => m.actorId))).toEqual(
        new Set(['tencent', 'alibaba', 'meituan', 'ant', 'bytedance', 'pdd', 'jd', 'baidu']),
      );

      const top = await waitForWeeks(page, (weeks) => weeks.includes(0));
      expect(top[0]).toBe(0);
      // Painted: the first screens of the story, not all 400 paragraphs.
      expect(top.length).toBeGreaterThan(5);
      expect(top.at(-1)!).toBeLessThan(200);

      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const bottom = await waitForWeeks(page, (weeks) => weeks.includes(399) && !weeks.includes(0));
      expect(bottom).toContain(399);
      // Taken off once far above the reader.
      expect(bottom).not.toContain(0);
      expect(bottom[0]!).toBeGreaterThan(200);

      // A name painted after scrolling opens its card like any other.
      await hoverText(page, 'Baidu', { rootSelector: 'p[data-week="399"]' });
      await page.locator('reglens-card').getByText('百度').first().waitFor({ timeout: 5_000 });
      await page.screenshot({ path: `${resultsDir}long-article-bottom.png` });
    } finally {
      await page.close();
    }
  });
});
