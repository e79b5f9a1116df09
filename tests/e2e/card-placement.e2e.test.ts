/**
 * Where the card goes in a real browser (Floating UI with the mark as its anchor): inside the
 * viewport for a mark in each corner, never over the mark, and inside a scrolling box it follows
 * the mark as the box scrolls and hides when the mark is scrolled out of sight.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getFindings, hoverText, textRect, type TextRect } from './harness';
import { resultsDir, useExtensionSuite } from './suite';

const suite = useExtensionSuite();

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The open card's box in the viewport, and whether it is shown. */
async function cardBox(page: Page): Promise<(Box & { visible: boolean }) | null> {
  return page.evaluate(() => {
    const host = document.querySelector('reglens-card');
    const card = host?.shadowRoot?.querySelector('[role="dialog"]');
    if (!card) return null;
    const r = card.getBoundingClientRect();
    const frame = card.parentElement!;
    return {
      left: r.left,
      top: r.top,
      right: r.right,
      bottom: r.bottom,
      visible: getComputedStyle(frame).visibility !== 'hidden',
    };
  });
}

async function openCardOn(page: Page, name: string, rootSelector = 'article'): Promise<TextRect> {
  const mark = await hoverText(page, name, { rootSelector });
  await page
    .locator('reglens-card')
    .getByRole('dialog')
    .waitFor({ state: 'visible', timeout: 5_000 });
  // Placement settles within a frame or two of the card showing.
  await page.waitForFunction(() => {
    const card = document
      .querySelector('reglens-card')
      ?.shadowRoot?.querySelector('[role="dialog"]');
    return !!card && card.getBoundingClientRect().width > 0;
  });
  return mark;
}

async function closeCard(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.mouse.move(640, 450);
  await page.locator('reglens-card').getByRole('dialog').waitFor({ state: 'detached' });
}

function expectInside(card: Box, viewport: { width: number; height: number }) {
  expect(card.left).toBeGreaterThanOrEqual(0);
  expect(card.top).toBeGreaterThanOrEqual(0);
  expect(card.right).toBeLessThanOrEqual(viewport.width);
  expect(card.bottom).toBeLessThanOrEqual(viewport.height);
}

function expectApart(card: Box, mark: TextRect, label = '') {
  const overlaps =
    card.left < mark.x + mark.width &&
    card.right > mark.x &&
    card.top < mark.y + mark.height &&
    card.bottom > mark.y;
  expect(overlaps, `${label}: card ${JSON.stringify(card)} over mark ${JSON.stringify(mark)}`).toBe(
    false,
  );
}

describe('card placement', () => {
  it('keeps the card inside the viewport for a mark in each corner, beside the mark', async () => {
    const page = await suite.open('card-placement.html');
    await getFindings(suite.extensionPage, page.url(), {
      until: (f) => f.mentions.some((m) => m.actorId === 'meituan'),
    });
    const viewport = page.viewportSize()!;
    for (const [name, corner] of [
      ['Ant Group', 'top-left'],
      ['Tencent', 'top-right'],
      ['Alibaba', 'bottom-left'],
      ['Meituan', 'bottom-right'],
    ] as const) {
      const mark = await openCardOn(page, name);
      const card = (await cardBox(page))!;
      expect(card, corner).not.toBeNull();
      expect(card.visible, corner).toBe(true);
      expectInside(card, viewport);
      expectApart(card, mark, corner);
      // Below a mark at the top, above one at the bottom.
      if (corner.startsWith('top'))
        expect(card.top, corner).toBeGreaterThanOrEqual(mark.y + mark.height);
      else expect(card.bottom, corner).toBeLessThanOrEqual(mark.y);
      if (corner === 'bottom-right') {
        await page.screenshot({ path: `${resultsDir}/card-placement-corner.png` });
      }
      await closeCard(page);
    }
    await page.close();
  });

  it('follows a mark inside a scrolling box, and hides when the mark leaves the box', async () => {
    const page = await suite.open('card-placement.html');
    await getFindings(suite.extensionPage, page.url(), {
      until: (f) => f.mentions.some((m) => m.actorId === 'didi'),
    });
    // The box at the bottom of the viewport, the name at the bottom of the box.
    await page.evaluate(() => {
      const scroller = document.getElementById('scroller')!;
      window.scrollTo(
        0,
        scroller.getBoundingClientRect().bottom + window.scrollY - window.innerHeight + 20,
      );
      const name = [...scroller.querySelectorAll('p')].find((p) =>
        p.textContent!.includes('Didi Chuxing'),
      )!;
      scroller.scrollTop = name.offsetTop - scroller.clientHeight + 30;
    });
    const viewport = page.viewportSize()!;
    const mark = await hoverText(page, 'Didi Chuxing', { rootSelector: '#scroller' }).then(
      async () => {
        await page
          .locator('reglens-card')
          .getByRole('dialog')
          .waitFor({ state: 'visible', timeout: 5_000 });
        return (await textRect(page, 'Didi Chuxing', { rootSelector: '#scroller' }))!;
      },
    );
    const before = (await cardBox(page))!;
    expectInside(before, viewport);
    expectApart(before, mark);

    // The reader moves onto the card; the box scrolls a little; the card moves with the mark.
    await page.mouse.move((before.left + before.right) / 2, (before.top + before.bottom) / 2, {
      steps: 3,
    });
    const step = 24;
    const markTop = () =>
      page.evaluate(() => {
        const scroller = document.getElementById('scroller')!;
        const p = [...scroller.querySelectorAll('p')].find((x) =>
          x.textContent!.includes('Didi Chuxing'),
        )!;
        return p.getBoundingClientRect().top;
      });
    const markBefore = await markTop();
    await page.evaluate((by) => {
      document.getElementById('scroller')!.scrollTop += by;
    }, step);
    await page.waitForFunction((top) => {
      const card = document
        .querySelector('reglens-card')
        ?.shadowRoot?.querySelector('[role="dialog"]');
      return !!card && Math.abs(card.getBoundingClientRect().top - top) > 1;
    }, before.top);
    const after = (await cardBox(page))!;
    const moved = (await markTop()) - markBefore;
    expect(moved).toBeLessThan(0);
    expect(after.top - before.top).toBeCloseTo(moved, 0);
    await page.screenshot({ path: `${resultsDir}/card-placement-scrolled.png` });

    // Scrolled out of its box, the mark is out of sight: so is its card.
    await page.evaluate(() => {
      document.getElementById('scroller')!.scrollTop = 0;
    });
    await page.waitForFunction(() => {
      const card = document
        .querySelector('reglens-card')
        ?.shadowRoot?.querySelector('[role="dialog"]');
      return !card || getComputedStyle(card.parentElement!).visibility === 'hidden';
    });
    await page.close();
  });
});
