/**
 * What the tests of hostile pages share: errors from RegLens wherever they show (the page's
 * console, its frames, the extension's worker), and the page's DOM as the parser left it, to
 * compare with the DOM once annotation is off.
 */
import type { BrowserContext, ConsoleMessage, Page, Worker } from 'playwright-core';

/**
 * Whether a console message is RegLens's: logged by its scripts (their address is the
 * extension's own), or naming it. The pages' own complaints (a resource the fixture server does
 * not have, a script the page's policy blocks, a stylesheet of another extension a saved page
 * still points to) are theirs.
 */
export function isFromRegLens(message: ConsoleMessage, extensionId: string): boolean {
  return (
    message.location().url.startsWith(`chrome-extension://${extensionId}/`) ||
    /RegLens/i.test(message.text())
  );
}

/**
 * What the browser reports about the page's own resources: a script its policy blocks, a web
 * app manifest that is not there. Neither is thrown by any script.
 */
function isPagesOwnNotice(message: string): boolean {
  return /violates the following Content Security Policy directive|^Manifest fetch from/.test(
    message,
  );
}

/** Collects RegLens's errors and warnings and every uncaught error, from the page and the worker. */
export function collectErrors(page: Page, worker: Worker): string[] {
  const extensionId = new URL(worker.url()).host;
  const errors: string[] = [];
  const onConsole = (where: string) => (message: ConsoleMessage) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    if (where === 'worker' || isFromRegLens(message, extensionId)) {
      errors.push(`${where} ${message.type()}: ${message.text()}`);
    }
  };
  page.on('console', onConsole('page'));
  page.on('pageerror', (error) => {
    if (!isPagesOwnNotice(error.message)) errors.push(`page error: ${error.message}`);
  });
  const listener = onConsole('worker');
  worker.on('console', listener);
  page.on('close', () => worker.off('console', listener));
  return errors;
}

/**
 * Keeps, in every frame, the document as it stands at DOMContentLoaded, before any script of the
 * extension ran (the page script runs at document_idle, later): the markup, with the content of
 * every open shadow root.
 */
export async function keepPristineCopies(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const serialize = (): string => {
      const parts = [document.documentElement.outerHTML];
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const shadow = (node as Element).shadowRoot;
        if (shadow)
          parts.push(`#shadow-root of <${(node as Element).localName}>`, shadow.innerHTML);
      }
      return parts.join('\n');
    };
    const scope = window as unknown as { __pristine?: string; __serialize?: () => string };
    scope.__serialize = serialize;
    document.addEventListener('DOMContentLoaded', () => (scope.__pristine = serialize()), {
      once: true,
    });
  });
}

/** For each frame of the page whose DOM differs from its pristine copy: where it first differs. */
export async function differencesFromPristine(page: Page): Promise<string[]> {
  const differences: string[] = [];
  const origin = new URL(page.url()).origin;
  for (const frame of page.frames()) {
    // Frames of other sites (blocked in these tests) are not the page's document.
    if (!frame.url().startsWith(`${origin}/`)) continue;
    const found = await frame
      .evaluate(() => {
        const scope = window as unknown as { __pristine?: string; __serialize?: () => string };
        if (scope.__pristine === undefined || !scope.__serialize) return 'no pristine copy';
        const before = scope.__pristine;
        const now = scope.__serialize();
        if (now === before) return '';
        let at = 0;
        while (at < now.length && now[at] === before[at]) at++;
        return `before: …${before.slice(Math.max(0, at - 60), at + 120)}…\nnow: …${now.slice(Math.max(0, at - 60), at + 120)}…`;
      })
      .catch((error: unknown) => `could not read: ${String(error)}`);
    if (found) differences.push(`${frame.url()}: ${found}`);
  }
  return differences;
}

/** Every highlighted stretch of text in a frame's document. */
export async function highlightedTexts(page: Page, frameIndex = 0): Promise<string[]> {
  return page.frames()[frameIndex]!.evaluate(() => {
    const texts: string[] = [];
    for (const [, highlight] of CSS.highlights) {
      for (const range of highlight as unknown as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        texts.push(live.toString());
      }
    }
    return texts;
  });
}
