/**
 * Finding and driving Firefox for the smoke test: puppeteer-core over WebDriver BiDi, with the
 * Firefox build installed as a temporary add-on.
 */
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findBrowser } from '../support/find-browser';

const candidates = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox to drive (FIREFOX_PATH wins), or null when this machine has none. */
export function findFirefox(): string | null {
  return findBrowser('FIREFOX_PATH', candidates);
}

export const firefoxMissingMessage =
  'Firefox not found: install it with `apt-get install -y firefox-esr` (Debian) or set FIREFOX_PATH';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on's ID, as the manifest gives it. */
  addonId: string;
  close: () => Promise<void>;
}

/** Launches headless Firefox in a fresh profile and installs the unpacked extension in it. */
export async function launchFirefoxWithExtension(
  executablePath: string,
  extensionDir = '.output/firefox-mv3',
): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // Firefox treats an MV3 add-on's host permissions as optional: granted at install only while
      // this is on (the default today, set here so a changed default cannot hide the annotator).
      'extensions.originControls.grantByDefault': true,
    },
  });
  try {
    // Firefox wants an absolute path.
    const addonId = await browser.installExtension(path.resolve(extensionDir));
    return { browser, addonId, close: () => browser.close().catch(() => {}) };
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
}
