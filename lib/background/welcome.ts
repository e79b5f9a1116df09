/** The first-run page: opened once, when RegLens is installed (not on updates or reloads). */
import { browser } from 'wxt/browser';

export const WELCOME_PAGE = '/welcome.html';

export async function openWelcomeOnInstall(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}
