/**
 * Pages that fight back: a strict Content-Security-Policy, styles that reset every element,
 * articles in a frame and in a shadow root, editable text, 5 MB of text, a DOM nested 5,000
 * levels deep, code and preformatted text, right-to-left text. On each, RegLens logs no error and
 * throws none, does what it can, and with annotation off leaves the DOM exactly as the parser
 * left it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getFindings, hoverText, setSettings, type Findings } from './harness';
import {
  collectErrors,
  differencesFromPristine,
  highlightedTexts,
  keepPristineCopies,
} from './hostile-support';
import { resultsDir, useExtensionSuite } from './suite';

const suite = useExtensionSuite();

beforeAll(async () => {
  await keepPristineCopies(suite.browser.context);
  // 5 MB of article, made here rather than kept in the repository.
  await suite.browser.context.route('**/hostile/big.html', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: bigArticle(5_000_000) }),
  );
});

function bigArticle(bytes: number): string {
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long article | Harbour Ledger</title>' +
    '<meta property="og:type" content="article"></head><body><article><h1>The long record of platform lending</h1>';
  const paragraphs: string[] = [];
  let size = head.length;
  for (let n = 1; size < bytes; n++) {
    const paragraph =
      `<p>In hearing ${n}, the People’s Bank of China asked Ant Group how its Huabei and Jiebei ` +
      `products shared borrowers’ data with ${n % 3 === 0 ? 'Tencent' : 'partner banks'}, and ` +
      `the company answered in writing within ${(n % 20) + 2} days, as the record of the hearing shows.</p>`;
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph);
  }
  return `${head}${paragraphs.join('\n')}</article></body></html>`;
}

const hasMentions = (findings: Findings) => findings.mentions.length > 0;
const actorsOf = (findings: Findings) =>
  [...new Set(findings.mentions.map((m) => m.actorId))].sort();

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await suite.browser.context.newPage();
  const errors = collectErrors(page, suite.browser.background);
  await page.goto(`${suite.server.url}/${path}`);
  await page.bringToFront();
  return { page, errors };
}

/** Turns annotation off and waits until every frame of the page is as the parser left it. */
async function expectUntouchedWhenOff(page: Page, reports: boolean): Promise<void> {
  await setSettings(suite.extensionPage, { level: 'off' });
  try {
    if (reports) {
      await getFindings(suite.extensionPage, page.url(), {
        until: (findings) => findings.level === 'off',
      });
    }
    await expect.poll(() => differencesFromPristine(page), { timeout: 10_000 }).toEqual([]);
  } finally {
    await setSettings(suite.extensionPage, { level: 'names' });
  }
}

/** Opens the card of `name` and tells whether it shows, laid out and styled by its own sheet. */
async function cardOf(page: Page, name: string) {
  await hoverText(page, name, { rootSelector: 'article' });
  const card = page.locator('reglens-card').getByText(name).first();
  await card.waitFor({ state: 'visible', timeout: 5_000 });
  return page.evaluate(() => {
    const shadow = document.querySelector('reglens-card')?.shadowRoot;
    const boxes = [...(shadow?.querySelectorAll('*') ?? [])].map((element) => ({
      background: getComputedStyle(element).backgroundColor,
      width: element.getBoundingClientRect().width,
    }));
    return {
      // A card with its styles has a painted panel of some width; without them all is transparent.
      styled: boxes.some((box) => box.background !== 'rgba(0, 0, 0, 0)' && box.width > 150),
    };
  });
}

const story = ['ant', 'huabei', 'jiebei', 'meituan', 'pboc', 'tencent'];

describe('pages that fight back', () => {
  it('a strict Content-Security-Policy: marks and cards still show, styled', async () => {
    const { page, errors } = await open('hostile/strict-csp.html');
    const findings = await getFindings(suite.extensionPage, page.url(), { until: hasMentions });
    expect(actorsOf(findings)).toEqual(story);
    expect(await cardOf(page, 'Tencent')).toEqual({ styled: true });
    await page.screenshot({ path: `${resultsDir}hostile-strict-csp.png` });
    await page.keyboard.press('Escape');
    await expectUntouchedWhenOff(page, true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('page styles that reset every element and hide undefined custom elements', async () => {
    const { page, errors } = await open('hostile/css-reset.html');
    const findings = await getFindings(suite.extensionPage, page.url(), { until: hasMentions });
    expect(actorsOf(findings)).toEqual(story);
    expect(await highlightedTexts(page)).toContain('Tencent');
    expect(await cardOf(page, 'Tencent')).toEqual({ styled: true });
    await page.screenshot({ path: `${resultsDir}hostile-css-reset.png` });
    await page.keyboard.press('Escape');
    await expectUntouchedWhenOff(page, true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an article in a same-origin frame is marked in its frame', async () => {
    const { page, errors } = await open('hostile/iframe.html');
    await expect
      .poll(async () => {
        const frame = page.frames().findIndex((f) => f.url().endsWith('iframe-article.html'));
        return frame < 0 ? [] : [...new Set(await highlightedTexts(page, frame))].sort();
      })
      .toContain('Ant Group');
    await expectUntouchedWhenOff(page, true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an article in an open shadow root: nothing breaks', async () => {
    const { page, errors } = await open('hostile/shadow.html');
    const findings = await getFindings(suite.extensionPage, page.url());
    expect(findings.url).toBe(page.url());
    await expectUntouchedWhenOff(page, true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('editable regions, inputs and text areas are never annotated', async () => {
    const { page, errors } = await open('hostile/editable.html');
    await getFindings(suite.extensionPage, page.url(), { until: hasMentions });
    const marksInEditable = await page.evaluate(() => {
      let inside = 0;
      let outside = 0;
      for (const [, highlight] of CSS.highlights) {
        for (const range of highlight as unknown as Iterable<AbstractRange>) {
          const element = range.startContainer.parentElement;
          if (element?.closest('[contenteditable], input, textarea')) inside++;
          else outside++;
        }
      }
      return { inside, outside: outside > 0 };
    });
    expect(marksInEditable).toEqual({ inside: 0, outside: true });
    await expectUntouchedWhenOff(page, true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a 5 MB article', async () => {
    const { page, errors } = await open('hostile/big.html');
    const findings = await getFindings(suite.extensionPage, page.url(), {
      until: hasMentions,
      timeoutMs: 60_000,
    });
    expect(actorsOf(findings)).toEqual(['ant', 'huabei', 'jiebei', 'pboc', 'tencent']);
    await expectUntouchedWhenOff(page, true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('a DOM nested 5,000 levels deep', async () => {
    const { page, errors } = await open('hostile/deep.html');
    const findings = await getFindings(suite.extensionPage, page.url());
    expect(findings.url).toBe(page.url());
    await expectUntouchedWhenOff(page, true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('code and preformatted text', async () => {
    const { page, errors } = await open('hostile/pre-code.html');
    const findings = await getFindings(suite.extensionPage, page.url(), { until: hasMentions });
    expect(actorsOf(findings)).toEqual(story);
    await expectUntouchedWhenOff(page, true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('right-to-left text', async () => {
    const { page, errors } = await open('hostile/rtl.html');
    const findings = await getFindings(suite.extensionPage, page.url(), { until: hasMentions });
    expect(actorsOf(findings)).toEqual(['ant', 'huabei', 'jiebei', 'meituan', 'tencent']);
    expect(await highlightedTexts(page)).toContain('Ant Group');
    await page.screenshot({ path: `${resultsDir}hostile-rtl.png` });
    await expectUntouchedWhenOff(page, true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
