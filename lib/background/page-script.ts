/**
 * The one script that runs on every page, registered from here rather than declared in the
 * manifest. A declared content script comes wrapped in WXT's context (a message to the page, an
 * event, the extension API touched on load), which cost a page about 2 ms before any of our work;
 * this one is the prefilter alone (entrypoints/prefilter.ts), and it touches the extension API
 * only on pages that may be articles.
 */
import { browser } from 'wxt/browser';

type Registration = Parameters<typeof browser.scripting.registerContentScripts>[0][number];

export const PAGE_SCRIPT = {
  id: 'reglens-prefilter',
  js: ['prefilter.js'],
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // An article can sit in a frame (a reader view, an embed); the frame's own prefilter decides.
  allFrames: true,
  // Kept by the browser across restarts, so pages restored at start-up have it from their first
  // load, before the background has run at all.
  persistAcrossSessions: true,
} satisfies Registration;

/** Registers the page script, or brings an older registration up to date; safe on every start. */
export async function registerPageScript(): Promise<void> {
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [PAGE_SCRIPT.id] });
  if (current === undefined) {
    await browser.scripting.registerContentScripts([PAGE_SCRIPT]);
  } else if (
    JSON.stringify(current.matches) !== JSON.stringify(PAGE_SCRIPT.matches) ||
    current.runAt !== PAGE_SCRIPT.runAt ||
    current.allFrames !== PAGE_SCRIPT.allFrames
  ) {
    await browser.scripting.updateContentScripts([PAGE_SCRIPT]);
  }
}
