/**
 * Pages open when RegLens starts: the first page of a fresh profile, opened while the background
 * is still registering its page script, and a tab that was open before the extension was loaded
 * again (as after an install or an update). Each is annotated, and the page script runs once.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  getFindings,
  launchWithExtension,
  openExtensionPage,
  serveFixtures,
  setSettings,
  extensionTimeline,
  timelineCounts,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { pagesDir } from './suite';

let server: FixtureServer;
let browser: ExtensionBrowser | null = null;

beforeAll(async () => {
  server = await serveFixtures(pagesDir);
});
afterEach(async () => {
  await browser?.close();
  browser = null;
});
afterAll(async () => {
  await server?.close();
});

/**
 * How many times the page script and the annotator started in the page, from the timeline they
 * keep in the extension's world (the newest world, once the extension was loaded again).
 */
async function starts(page: Page) {
  const { start, detected } = await timelineCounts(page);
  return { pageScript: start, detection: detected };
}

/**
 * Chromium reloads an unpacked extension only in developer mode (else it disables it as an
 * unsupported developer extension); a reader who loads RegLens by hand has it on.
 */
async function allowReloading(extension: ExtensionBrowser): Promise<void> {
  const settings = await extension.context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(
    () =>
      new Promise((resolve) =>
        (
          globalThis as unknown as {
            chrome: {
              developerPrivate: { updateProfileConfiguration(c: object, done: () => void): void };
            };
          }
        ).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, () =>
          resolve(null),
        ),
      ),
  );
  await settings.close();
}

/** The extension's page once the reloaded extension is back (its pages close while it reloads). */
async function reopenExtensionPage(extension: ExtensionBrowser): Promise<Page> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      return await openExtensionPage(extension.context, extension.extensionId);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

describe('pages open when RegLens starts', () => {
  it('annotates the first article of a fresh profile, opened before the page script is registered', async () => {
    browser = await launchWithExtension({ waitForPageScript: false });
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/source-report.html`);
    const extensionPage = await openExtensionPage(browser.context, browser.extensionId);
    const findings = await getFindings(extensionPage, page.url(), {
      until: (found) => found.mentions.length > 0,
    });
    expect(findings.isArticle).toBe(true);
    expect(findings.mentions.map((m) => m.actorId)).toContain('pboc');
    // Registered and injected at install may both reach the page: it still runs once.
    await page.waitForTimeout(500);
    expect(await starts(page)).toEqual({ pageScript: 1, detection: 1 });
  });

  it('annotates a tab that was open before the extension was loaded again', async () => {
    browser = await launchWithExtension();
    const { context } = browser;
    const extensionPage = await openExtensionPage(context, browser.extensionId);
    await setSettings(extensionPage, { level: 'names' });
    // A page the running version annotated: the new version takes over from it.
    const annotated = await context.newPage();
    await annotated.goto(`${server.url}/retelling.html`);
    await getFindings(extensionPage, annotated.url(), {
      until: (found) => found.mentions.length > 0,
    });
    // A page the extension has not reached: the page script is taken away before it loads, as
    // for a tab opened before RegLens was installed.
    await browser.background.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { scripting: { unregisterContentScripts(): Promise<void> } };
        }
      ).chrome.scripting.unregisterContentScripts(),
    );
    const page = await context.newPage();
    await page.goto(`${server.url}/source-report.html`);
    await page.waitForTimeout(500);
    await allowReloading(browser);
    expect(await starts(page)).toEqual({ pageScript: 0, detection: 0 });

    const reloadedAt = await annotated.evaluate(() => performance.now());
    await browser.background
      .evaluate(() =>
        (
          globalThis as unknown as { chrome: { runtime: { reload(): void } } }
        ).chrome.runtime.reload(),
      )
      // The worker goes away while it answers.
      .catch(() => {});
    const freshPage = await reopenExtensionPage(browser);
    await page.bringToFront();
    const findings = await getFindings(freshPage, page.url(), {
      until: (found) => found.mentions.length > 0,
    });
    expect(findings.mentions.map((m) => m.actorId)).toContain('pboc');
    expect(await starts(page)).toEqual({ pageScript: 1, detection: 1 });
    // The new version starts in a world of its own, after the reload: its start and detection.
    await annotated.bringToFront();
    await expect
      .poll(
        async () =>
          (await extensionTimeline(annotated))
            .filter((entry) => entry.startTime > reloadedAt)
            .map((entry) => entry.name),
        { timeout: 10_000 },
      )
      .toEqual(['reglens:start', 'reglens:detected', 'reglens:analysed', 'reglens:painted']);
    expect(await annotated.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  });
});
