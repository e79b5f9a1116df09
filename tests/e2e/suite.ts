/**
 * The setup every end-to-end file shares: Chromium with the built extension, the fixture pages
 * on 127.0.0.1, an extension page to talk to the background, and the level set to "names".
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import {
  chromiumMissingMessage,
  findChromium,
  launchWithExtension,
  openExtensionPage,
  serveFixtures,
  setSettings,
  type ExtensionBrowser,
  type FixtureServer,
  type LaunchOptions,
} from './harness';

export const pagesDir = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
export const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));

export interface ExtensionSuite {
  browser: ExtensionBrowser;
  server: FixtureServer;
  /** popup.html, open in a tab: answers for the extension in page.evaluate. */
  extensionPage: Page;
  /** Opens a fixture page in a new tab, in front (background tabs throttle timers). */
  open(name: string): Promise<Page>;
}

/** Registers the file's beforeAll/afterAll; the returned object is filled before the tests run. */
export function useExtensionSuite(launch: LaunchOptions = {}): ExtensionSuite {
  const suite = {} as ExtensionSuite;
  beforeAll(async () => {
    if (!findChromium()) throw new Error(chromiumMissingMessage);
    suite.server = await serveFixtures(pagesDir);
    suite.browser = await launchWithExtension(launch);
    suite.extensionPage = await openExtensionPage(suite.browser.context, suite.browser.extensionId);
    await setSettings(suite.extensionPage, { level: 'names' });
    await mkdir(resultsDir, { recursive: true });
    suite.open = async (name) => {
      const page = await suite.browser.context.newPage();
      await page.goto(`${suite.server.url}/${name}`);
      await page.bringToFront();
      return page;
    };
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
