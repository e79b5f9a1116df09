/**
 * npm start: build RegLens and show it working on the demo articles.
 *
 * With a display: opens a real Chromium window with the extension loaded on the demo pages and
 * keeps it open until Ctrl+C. Without one (or with --headless): hovers a name on each demo page
 * in headless Chromium, saves screenshots to demo-output/ and prints what was found.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ensureChromium, hasCjkFont, loadHarness, projectRoot, runBin } from './harness-loader.mjs';

const demoPages = ['source-report.html', 'zh-article.html'];
const outputDir = path.join(projectRoot, 'demo-output');
const wantsHeadless = process.argv.includes('--headless');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const harness = await loadHarness();
// npm start is run by a person who wants to see the extension: installing the browser for them
// (only as root on Debian, and said out loud) beats stopping with an error.
if (!ensureChromium(harness, { install: true })) {
  console.error('Then run `npm start` again.');
  process.exit(1);
}
if (!hasCjkFont()) {
  console.warn(
    'No Chinese font found: Chinese text will show as boxes. On Debian: apt-get install -y fonts-noto-cjk',
  );
}

console.log('Building the extension (wxt build)...');
const built = runBin('wxt', ['build']);
if (built !== 0) {
  console.error('wxt build failed; see the errors above.');
  process.exit(built);
}

const server = await harness.serveFixtures(path.join(projectRoot, 'tests/fixtures/pages'));
const urls = demoPages.map((name) => `${server.url}/${name}`);

if (hasDisplay && !wantsHeadless) {
  await showInWindow();
} else {
  process.exitCode = await runHeadless();
  await server.close();
}

/** What wxt build just wrote, unless REGLENS_EXTENSION_DIR points at another build. */
function extensionDir() {
  return process.env.REGLENS_EXTENSION_DIR ?? path.join(projectRoot, '.output/chrome-mv3');
}

/** A real window the user can read and hover in, until Ctrl+C or until they close it. */
async function showInWindow() {
  const browser = await harness.launchWithExtension({
    extensionDir: extensionDir(),
    headless: false,
    // Let the page follow the window's size.
    viewport: null,
  });
  const pages = [];
  for (const url of urls) {
    const page = await browser.context.newPage();
    await page.goto(url);
    pages.push(page);
  }
  // Persistent contexts open with a blank tab; it only gets in the way.
  for (const page of browser.context.pages()) {
    if (page.url() === 'about:blank') await page.close();
  }
  await pages[0]?.bringToFront();

  const extensionPage = await harness.openExtensionPage(browser.context, browser.extensionId);
  for (const page of pages) await reportFindings(extensionPage, page.url());
  await extensionPage.close();

  console.log(
    '\nRegLens is running in the Chromium window. Hover a highlighted name to see its card.',
  );
  console.log(`Demo pages: ${urls.join('  ')}`);
  console.log('Press Ctrl+C, or close the window, to quit.');

  // Ctrl+C: Playwright closes the browser itself (and the harness removes the profile).
  // Closing the window ends the demo too.
  browser.context.on('close', () => {
    void server.close().then(() => process.exit(0));
  });
}

/** Headless: hover a name on each page, keep a screenshot, print the findings. */
async function runHeadless() {
  console.log(
    hasDisplay ? 'Running headless (--headless).' : 'No display found: running Chromium headless.',
  );
  await mkdir(outputDir, { recursive: true });
  const browser = await harness.launchWithExtension({ extensionDir: extensionDir() });
  let failures = 0;
  try {
    const extensionPage = await harness.openExtensionPage(browser.context, browser.extensionId);
    for (const url of urls) {
      const page = await browser.context.newPage();
      await page.goto(url);
      await page.bringToFront();
      const findings = await reportFindings(extensionPage, url);
      const first = findings?.mentions[0];
      if (first) {
        try {
          await harness.hoverText(page, first.text, { rootSelector: 'article' });
          // The card lives in the reglens-card host's open shadow root, which locators pierce.
          await page
            .locator('reglens-card')
            .getByText(first.name)
            .first()
            .waitFor({ state: 'visible', timeout: 5_000 });
        } catch (error) {
          console.error(`No card after hovering "${first.text}": ${String(error)}`);
        }
      } else {
        failures++;
      }
      const shot = path.join(outputDir, `${path.basename(url, '.html')}.png`);
      await page.screenshot({ path: shot });
      console.log(`Screenshot: ${path.relative(process.cwd(), shot)}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  if (failures) console.error(`\n${failures} demo page(s) showed no findings.`);
  return failures ? 1 : 0;
}

/**
 * Prints what RegLens found on one page, or why nothing could be read.
 *
 * @param {import('playwright-core').Page} extensionPage
 * @param {string} url
 */
async function reportFindings(extensionPage, url) {
  console.log(`\n${url}`);
  try {
    const findings = await harness.getFindings(extensionPage, url, {
      until: (f) => (f.mentions.length > 0 && f.level !== 'off') || !f.isArticle,
      timeoutMs: 15_000,
    });
    const article = findings.isArticle ? 'an article' : 'not an article';
    console.log(`"${findings.title}": ${article}, level ${findings.level}`);
    const actors = new Set(findings.mentions.map((m) => m.actorId)).size;
    console.log(`${findings.mentions.length} names marked, ${actors} different actors:`);
    printTable(
      ['#', 'Text on the page', 'Actor', 'Id'],
      findings.mentions.map((m, i) => [
        String(i + 1),
        m.text.replace(/\s+/g, ' '),
        shorten(m.name, 48),
        m.actorId,
      ]),
    );
    console.log(`${findings.claims.length} sentences retell known claims:`);
    printTable(
      ['Claim', 'Grade', 'Sentence'],
      findings.claims.map((c) => [
        c.claimId,
        `${c.grade.level} ${c.grade.reliability}${c.grade.credibility}`,
        shorten(c.text.replace(/\s+/g, ' '), 90),
      ]),
    );
    return findings;
  } catch (error) {
    console.error(`No findings: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/**
 * @param {string} text
 * @param {number} max
 */
function shorten(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Terminal columns a string takes: CJK and full-width characters take two.
 *
 * @param {string} text
 */
function displayWidth(text) {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/**
 * @param {string[]} header
 * @param {string[][]} rows
 */
function printTable(header, rows) {
  if (rows.length === 0) {
    console.log('(no names marked)');
    return;
  }
  const widths = header.map((title, column) =>
    Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  /** @param {string[]} cells */
  const line = (cells) =>
    cells
      .map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell)))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
}
