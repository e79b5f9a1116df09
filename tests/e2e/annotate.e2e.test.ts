/**
 * The built extension in real Chromium, on pages the project serves itself: what it finds, what it
 * leaves alone, the hover card, and that turning it off leaves the page exactly as it was.
 * `npm run test:e2e` builds .output/chrome-mv3 before this runs.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getFindings, hoverText, setSettings, timelineCounts, type Findings } from './harness';
import { resultsDir, useExtensionSuite } from './suite';

/**
 * What a correct reading of source-report.html finds, in page order, with the knowledge base in
 * assets/datasets/core.json. Nav, the related-stories aside, the comments and the footer also
 * name Alibaba, Tencent, Ant Group and the PBoC: none of those may appear. The text is what the
 * highlight covers, so it includes what the dataset's alias includes (the quotes around the
 * machine-translated product names).
 */
const sourceReportMentions: Array<[actorId: string, text: string]> = [
  ['pboc', 'People’s Bank of China'],
  ['pboc', 'People’s Bank of China'], // the figure caption
  ['bloomberg', 'Bloomberg'], // the source's date-first "Bloomberg 25": the outlet, not the date
  ['pboc', 'People’s Bank of China'],
  ['bloomberg', 'Bloomberg'],
  ['platform_aml_guidelines', 'Anti-Monopoly Guidelines for the Platform Economy'],
  ['wsj', 'the Wall Street Journal'],
  ['ant', 'Ant Group'],
  ['ant', 'Ant Group'],
  ['crc', 'national credit reporting system'],
  ['pboc', 'the central bank'],
  ['ant', 'Ant Group'],
  ['pboc', 'the central bank'],
  ['ft', 'Financial Times'],
  ['ant', 'Ant Group'], // <a><b>Ant</b> Group</a>: one mention across three text nodes
  ['crc', 'government-backed database'],
  ['pboc', 'the Communist Party’s central bank'],
  ['ant', 'Ant Group'],
  ['ant', 'Ant Group'],
  ['jiebei', '“debit”'], // the source's machine translation of 借呗
  ['huabei', '“chant”'], // ... and of 呗 in 花呗
  ['crc', 'the credit center'],
  ['ant', 'Ant Group'],
  ['crc', 'the credit center'],
];

/**
 * What a correct reading of zh-article.html finds. The headline names nobody on purpose, so that
 * whether a content root includes it does not matter. 《平台经济领域反垄断指南》 is the common media
 * form of the guidelines' title.
 */
const zhArticleMentions: Array<[actorId: string, text: string]> = [
  ['ant', '蚂蚁集团'],
  ['huabei', '花呗'],
  ['crc', '中国人民银行征信中心'],
  ['jiebei', '借呗'],
  ['crc', '征信中心'],
  ['pboc', '央行'],
  ['huabei', '花呗'],
  ['crc', '征信中心'],
  ['huabei', '花呗'],
  ['ant', '蚂蚁集团'],
  ['jack_ma', '马云'],
  ['pboc', '中国人民银行'],
  ['ant', '蚂蚁集团'],
  ['ant', '蚂蚁集团'],
  ['pboc', '央行'],
  ['samr', '国家市场监督管理总局'],
  ['platform_aml_guidelines', '平台经济领域反垄断指南'],
  ['samr', '市场监管总局'],
  ['alibaba', '阿里巴巴集团'],
  ['alibaba_antitrust_fine_2021', '182.28亿元'],
  ['tencent', '腾讯'],
  ['alibaba', '阿里巴巴'],
  ['ant', '蚂蚁集团'],
  ['tencent', '腾讯'],
  ['pboc', '中国人民银行'],
  ['crc', '征信中心'],
  ['ant', '蚂蚁集团'],
  ['huabei', '花呗'],
  ['jiebei', '借呗'],
];

/**
 * Mentions as [actorId, text]. Whitespace is collapsed because the fixtures' line breaks
 * (prettier wraps long lines) are part of the page's text but not what these tests are about.
 */
function mentionPairs(findings: Findings): Array<[string, string]> {
  return findings.mentions.map((m) => [m.actorId, m.text.replace(/\s+/g, ' ')]);
}

const hasMentions = (findings: Findings) => findings.mentions.length > 0;

const suite = useExtensionSuite();

/** The hover card's text, found through the card host's open shadow root. */
function cardText(page: Page, text: string) {
  return page.locator('reglens-card').getByText(text).first();
}

type ExtensionApi = {
  tabs: { query(info: object): Promise<{ id?: number; url?: string }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

async function tabIdOf(url: string): Promise<number> {
  const id = await suite.extensionPage.evaluate(async (address) => {
    const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    return (await api.tabs.query({})).find((tab) => tab.url === address)?.id;
  }, url);
  if (id === undefined) throw new Error(`No tab shows ${url}`);
  return id;
}

/** What the popup would be told about a tab. */
function askTabFindings(tabId: number): Promise<unknown> {
  return suite.extensionPage.evaluate((id) => {
    const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    return api.runtime.sendMessage({ type: 'tab.findings', payload: { tabId: id } });
  }, tabId);
}

/** Whether the page's body is byte-for-byte what it was before the extension ran. */
async function traceOnPage(page: Page) {
  return page.evaluate(() => {
    const pristine = (window as unknown as { __pristineBody?: string }).__pristineBody;
    const now = document.body.innerHTML;
    let at = 0;
    while (pristine && at < now.length && now[at] === pristine[at]) at++;
    return {
      hasPristineCopy: typeof pristine === 'string',
      unchanged: now === pristine,
      firstDifference: now === pristine ? '' : now.slice(Math.max(0, at - 80), at + 160),
      reglensElements: [...document.querySelectorAll('*')]
        .map((element) => element.localName)
        .filter((name) => name.startsWith('reglens-')),
    };
  });
}

/** Polls for a pristine body, because a closing card may be removed after a short fade. */
async function expectPristine(page: Page, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let trace = await traceOnPage(page);
  while (!(trace.unchanged && trace.reglensElements.length === 0) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    trace = await traceOnPage(page);
  }
  expect(trace.hasPristineCopy).toBe(true);
  expect(trace.reglensElements).toEqual([]);
  expect(trace.firstDifference).toBe('');
  expect(trace.unchanged).toBe(true);
}

describe('annotation in real Chromium', () => {
  it('finds exactly the actors of the English source report, in the article only', async () => {
    const page = await suite.open('source-report.html');
    try {
      const findings = await getFindings(suite.extensionPage, page.url(), { until: hasMentions });
      expect(findings.isArticle).toBe(true);
      expect(findings.level).toBe('names');
      const pairs = mentionPairs(findings);
      // The split name is one mention, never "Ant" and "Group" apart.
      expect(pairs.map(([, text]) => text)).not.toContain('Ant');
      expect(pairs.map(([, text]) => text)).not.toContain('Group');
      expect(pairs).toEqual(sourceReportMentions);
    } finally {
      await page.close();
    }
  });

  it('finds exactly the actors of the Chinese article', async () => {
    const page = await suite.open('zh-article.html');
    try {
      const findings = await getFindings(suite.extensionPage, page.url(), { until: hasMentions });
      expect(findings.isArticle).toBe(true);
      expect(mentionPairs(findings)).toEqual(zhArticleMentions);
    } finally {
      await page.close();
    }
  });

  it('leaves a front page alone: not an article, nothing marked', async () => {
    const page = await suite.open('home.html');
    try {
      // Its structured data names a website, not an article, and it has no paragraphs to read:
      // the page script rules it out before anything else loads.
      await page.waitForTimeout(800);
      expect(await timelineCounts(page)).toEqual({ start: 1, detected: 0 });
      expect(await askTabFindings(await tabIdOf(page.url()))).toEqual({ ok: true, value: null });
      await expectPristine(page);
    } finally {
      await page.close();
    }
  });

  it("loads nothing more on a page the prefilter rules out, and forgets the tab's last article", async () => {
    const page = await suite.open('source-report.html');
    try {
      await getFindings(suite.extensionPage, page.url(), { until: hasMentions });
      const tabId = await tabIdOf(page.url());
      await page.goto(`${suite.server.url}/app.html`);
      await page.waitForTimeout(800);
      // The page script ran, ruled the page out, and the annotator never came.
      expect(await timelineCounts(page)).toEqual({ start: 1, detected: 0 });
      expect(await page.evaluate(() => document.querySelector('[data-reglens-hl]'))).toBeNull();
      expect(await askTabFindings(tabId)).toEqual({ ok: true, value: null });
    } finally {
      await page.close();
    }
  });

  it('reads a section front with teaser articles in full, and leaves it alone', async () => {
    const page = await suite.open('section-front.html');
    try {
      // Its <article> teasers get it past the page script; the full detection then says no.
      const findings = await getFindings(suite.extensionPage, page.url());
      expect(findings.isArticle).toBe(false);
      expect(findings.signals).toContain('article-elements:6');
      expect(findings.mentions).toEqual([]);
      expect((await timelineCounts(page)).detected).toBe(1);
      await expectPristine(page);
    } finally {
      await page.close();
    }
  });

  it('adds nothing to an article that names no known actor: no style sheet, no highlight', async () => {
    const page = await suite.open('plain-article.html');
    try {
      const findings = await getFindings(suite.extensionPage, page.url());
      expect(findings.isArticle).toBe(true);
      expect(findings.mentions).toEqual([]);
      const added = await page.evaluate(() => ({
        sheets: document.adoptedStyleSheets.length,
        highlights: CSS.highlights.size,
      }));
      expect(added).toEqual({ sheets: 0, highlights: 0 });

      // The same reading on an article with names, to show the page sees what the extension adds.
      await page.goto(`${suite.server.url}/source-report.html`);
      await getFindings(suite.extensionPage, page.url(), { until: hasMentions });
      const named = await page.evaluate(() => ({
        sheets: document.adoptedStyleSheets.length,
        highlights: CSS.highlights.size,
      }));
      expect(named.sheets).toBeGreaterThan(0);
      expect(named.highlights).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('falls for none of the traps: ants, CAC 40, another central bank, Michael Bloomberg, a JD', async () => {
    const page = await suite.open('traps.html');
    try {
      await getFindings(suite.extensionPage, page.url());
      // Ask again a little later, so a report sent before matching finished cannot pass for "none".
      await page.waitForTimeout(500);
      const findings = await getFindings(suite.extensionPage, page.url());
      expect(findings.isArticle).toBe(true);
      const pairs = mentionPairs(findings);
      // "Bank of China", the commercial bank, is the one name here that is an actor in its own right.
      expect(pairs.filter(([actorId]) => actorId !== 'bank_of_china')).toEqual([]);
      for (const [, text] of pairs) expect(text).toBe('Bank of China');
    } finally {
      await page.close();
    }
  });

  it('shows the actor card on hover, closes it on leave and on Escape, and leaves no trace', async () => {
    const page = await suite.open('source-report.html');
    try {
      await getFindings(suite.extensionPage, page.url(), { until: hasMentions });

      await hoverText(page, 'Ant Group', { rootSelector: 'article' });
      await page.waitForTimeout(600);
      await cardText(page, '蚂蚁集团').waitFor({ state: 'visible', timeout: 3_000 });
      expect(await cardText(page, 'Ant Group').isVisible()).toBe(true);
      await page.screenshot({ path: `${resultsDir}card-en.png` });

      // Away from any text (the left margin beside the centred column): closes after a grace period.
      await page.mouse.move(8, 450, { steps: 4 });
      await cardText(page, '蚂蚁集团').waitFor({ state: 'hidden', timeout: 3_000 });
      // Highlights are painted with the CSS Custom Highlight API: the DOM is never touched.
      await expectPristine(page);

      await hoverText(page, 'Ant Group', { rootSelector: 'article' });
      await cardText(page, '蚂蚁集团').waitFor({ state: 'visible', timeout: 3_000 });
      await page.keyboard.press('Escape');
      await cardText(page, '蚂蚁集团').waitFor({ state: 'hidden', timeout: 2_000 });
      await expectPristine(page);
    } finally {
      await page.close();
    }
  });

  it('shows the same card on the Chinese page', async () => {
    const page = await suite.open('zh-article.html');
    try {
      await getFindings(suite.extensionPage, page.url(), { until: hasMentions });
      await hoverText(page, '蚂蚁集团', { rootSelector: 'article' });
      await page.waitForTimeout(600);
      await cardText(page, 'Ant Group').waitFor({ state: 'visible', timeout: 3_000 });
      // The page's own text also says 蚂蚁集团; this one must be the card's.
      expect(await cardText(page, '蚂蚁集团').isVisible()).toBe(true);
      await page.screenshot({ path: `${resultsDir}card-zh.png` });
    } finally {
      await page.close();
    }
  });

  it('turning annotation off restores the page exactly, and on again needs no reload', async () => {
    const page = await suite.open('source-report.html');
    try {
      const before = await getFindings(suite.extensionPage, page.url(), { until: hasMentions });
      expect(before.level).toBe('names');

      await setSettings(suite.extensionPage, { level: 'off' });
      const off = await getFindings(suite.extensionPage, page.url(), {
        until: (f) => f.level === 'off',
      });
      expect(off.mentions).toEqual([]);
      await expectPristine(page);

      await setSettings(suite.extensionPage, { level: 'names' });
      const on = await getFindings(suite.extensionPage, page.url(), {
        until: (f) => f.level === 'names' && hasMentions(f),
      });
      expect(mentionPairs(on)).toEqual(sourceReportMentions);
    } finally {
      await setSettings(suite.extensionPage, { level: 'names' });
      await page.close();
    }
  });

  it('a page opened with annotation off is read in full once it is turned on', async () => {
    await setSettings(suite.extensionPage, { level: 'off' });
    const page = await suite.open('source-report.html');
    try {
      const off = await getFindings(suite.extensionPage, page.url());
      expect(off.level).toBe('off');
      expect(off.mentions).toEqual([]);
      await expectPristine(page);

      await setSettings(suite.extensionPage, { level: 'names' });
      const on = await getFindings(suite.extensionPage, page.url(), {
        until: (f) => f.level === 'names' && hasMentions(f),
      });
      expect(on.isArticle).toBe(true);
      expect(mentionPairs(on)).toEqual(sourceReportMentions);
    } finally {
      await setSettings(suite.extensionPage, { level: 'names' });
      await page.close();
    }
  });
});
