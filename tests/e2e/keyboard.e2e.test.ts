/**
 * The keyboard paths in real Chromium, on the English retelling at the full level (names, claims
 * and attribution cues): the walk steps through every mark in reading order, says each one once
 * and opens its card; Enter moves the keyboard into the card and Escape gives it back; the side
 * panel's outline reveals a mark on the page and opens its card. The walk's shortcut is a browser
 * command, which a test cannot press: the test sends the page what the background sends for it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getFindings, setSettings, type Findings } from './harness';
import { resultsDir, useExtensionSuite } from './suite';

const suite = useExtensionSuite();

/** The few extension APIs these tests call (no @types/chrome here). */
interface Chrome {
  tabs: {
    query(info: object): Promise<Array<{ id: number }>>;
    sendMessage(tabId: number, message: unknown, options: object): Promise<unknown>;
  };
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: { url: string } }> };
}

/** What the background does when Alt+Shift+N is pressed on the active tab. */
async function pressWalkShortcut(page: Page): Promise<void> {
  await page.bringToFront();
  await suite.browser.background.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    await api.tabs.sendMessage(tab!.id, { type: 'page.walk' }, { frameId: 0 });
  });
}

/** What the walk shows now: the live region's words and the ring's first box in page coordinates. */
function walkState(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('reglens-walk')?.shadowRoot;
    const ring = root?.querySelector<HTMLElement>('.ring');
    return {
      said: root?.querySelector('[aria-live]')?.textContent ?? '',
      ring: ring ? { top: parseFloat(ring.style.top), left: parseFloat(ring.style.left) } : null,
      rings: root?.querySelectorAll('.ring').length ?? 0,
    };
  });
}

/** Waits until the live region says something other than `before`. */
async function nextSaid(page: Page, before: string): Promise<string> {
  await page.waitForFunction(
    (previous) => {
      const text = document
        .querySelector('reglens-walk')
        ?.shadowRoot?.querySelector('[aria-live]')?.textContent;
      return !!text && text !== previous;
    },
    before,
    { timeout: 5_000 },
  );
  return (await walkState(page)).said;
}

/** The focused element, looking into shadow roots: its tag, role and accessible label source. */
function focusedInPage(page: Page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    const path: string[] = [];
    while (element) {
      path.push(element.localName + (element.id ? `#${element.id}` : ''));
      const inner = element.shadowRoot?.activeElement;
      if (!inner) break;
      element = inner;
    }
    return {
      path,
      role: element?.getAttribute('role') ?? null,
      labelledBy: element?.getAttribute('aria-labelledby') ?? null,
    };
  });
}

const card = (page: Page) => page.locator('reglens-card').getByRole('dialog');

/** The card a walked mark opens, from what the walk said of it ("Ant Group, Company, 3 of 12"). */
function cardFor(page: Page, said: string) {
  const name = said.includes(', claim, ')
    ? 'About this claim'
    : said.includes(', attribution, ')
      ? 'How this sentence is sourced'
      : `About ${said.split(', ')[0]}`;
  return page.locator('reglens-card').getByRole('dialog', { name, exact: true });
}

async function findTabId(url: string): Promise<number> {
  return suite.extensionPage.evaluate(async (wanted) => {
    const api = (globalThis as unknown as { chrome: Chrome }).chrome;
    for (const tab of await api.tabs.query({})) {
      const reply = await api.runtime.sendMessage({
        type: 'tab.findings',
        payload: { tabId: tab.id },
      });
      if (reply?.ok && reply.value?.url === wanted) return tab.id as number;
    }
    throw new Error(`no tab reported ${wanted}`);
  }, url);
}

async function openRetelling(): Promise<{ page: Page; findings: Findings }> {
  await setSettings(suite.extensionPage, { level: 'full' });
  const page = await suite.open('retelling.html');
  const findings = await getFindings(suite.extensionPage, page.url(), {
    until: (found) =>
      found.level === 'full' &&
      found.mentions.length > 0 &&
      found.claims.length > 0 &&
      found.attributions.length > 0,
  });
  return { page, findings };
}

describe('the keyboard walk', () => {
  it('steps through every mark in reading order, says each once and opens its card', async () => {
    const { page, findings } = await openRetelling();
    try {
      const total =
        findings.mentions.length + findings.claims.length + findings.attributions.length;
      await pressWalkShortcut(page);
      let said = await nextSaid(page, '');
      expect(said).toMatch(new RegExp(`, 1 of ${total}$`));
      await cardFor(page, said).waitFor({ timeout: 5_000 });
      await page.screenshot({ path: `${resultsDir}walk-first.png` });

      // Every mark once, each ring further down the text than the last (or further along its line).
      const seen = [said];
      const rings = [(await walkState(page)).ring!];
      for (let step = 2; step <= total; step++) {
        await page.keyboard.press(step % 2 === 0 ? 'n' : 'ArrowDown');
        said = await nextSaid(page, said);
        expect(said).toMatch(new RegExp(`, ${step} of ${total}$`));
        seen.push(said);
        rings.push((await walkState(page)).ring!);
        // Each step opens the walked mark's own card.
        await cardFor(page, said).waitFor({ timeout: 5_000 });
        if (step === 4) await page.screenshot({ path: `${resultsDir}walk-fourth.png` });
      }
      for (let k = 1; k < rings.length; k++) {
        const [before, now] = [rings[k - 1]!, rings[k]!];
        const sameLine = Math.abs(now.top - before.top) < 8;
        expect({ k, ok: sameLine ? now.left >= before.left - 1 : now.top > before.top }).toEqual({
          k,
          ok: true,
        });
      }
      // Every kind of mark is on the way, names in the words of the knowledge base.
      expect(seen.some((words) => words.startsWith('Ant Group, Company,'))).toBe(true);
      expect(seen.some((words) => words.includes(', claim, '))).toBe(true);
      expect(seen.some((words) => words.includes(', attribution, '))).toBe(true);

      // Past the last mark the walk comes round to the first; P goes back.
      await page.keyboard.press('n');
      said = await nextSaid(page, said);
      expect(said).toBe(seen[0]);
      await page.keyboard.press('p');
      said = await nextSaid(page, said);
      expect(said).toBe(seen[total - 1]);

      // Escape ends the walk: the ring and the card go.
      await page.keyboard.press('Escape');
      await card(page).waitFor({ state: 'detached', timeout: 2_000 });
      expect((await walkState(page)).rings).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('Enter moves the keyboard into the card, Tab stays inside, Escape gives focus back', async () => {
    const { page } = await openRetelling();
    try {
      // The reader was on a control of the page before walking.
      await page.evaluate(() => {
        const button = document.createElement('button');
        button.id = 'readers-place';
        button.textContent = 'A control of the page';
        document.body.prepend(button);
        button.focus();
      });
      await pressWalkShortcut(page);
      const said = await nextSaid(page, '');
      await card(page).waitFor({ timeout: 5_000 });
      // Walking leaves focus where it was: the card is open, not yet entered.
      expect((await focusedInPage(page)).path).toEqual(['button#readers-place']);

      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => document.activeElement?.localName === 'reglens-card',
        undefined,
        { timeout: 5_000 },
      );
      const inCard = await focusedInPage(page);
      expect(inCard.role).toBe('dialog');
      expect(inCard.labelledBy).toBeTruthy();
      await page.screenshot({ path: `${resultsDir}walk-pinned.png` });

      // Tab cycles among the card's controls and never leaves it.
      const visited = new Set<string>();
      for (let press = 0; press < 12; press++) {
        await page.keyboard.press('Tab');
        const now = await focusedInPage(page);
        expect(now.path[0]).toBe('reglens-card');
        visited.add(now.path.join('>'));
      }
      expect(visited.size).toBeGreaterThan(0);
      await page.keyboard.press('Shift+Tab');
      expect((await focusedInPage(page)).path[0]).toBe('reglens-card');

      // Escape closes the card and focus is back on the reader's control; the walk goes on.
      await page.keyboard.press('Escape');
      await card(page).waitFor({ state: 'detached', timeout: 2_000 });
      expect((await focusedInPage(page)).path).toEqual(['button#readers-place']);
      await page.evaluate(() => document.getElementById('readers-place')!.blur());
      await page.keyboard.press('n');
      expect(await nextSaid(page, said)).toMatch(/, 2 of \d+$/);
      await page.keyboard.press('Escape');
    } finally {
      await page.close();
    }
  });
});

describe('the side panel outline', () => {
  it('lists the marks in reading order and reveals the chosen one on the page with its card', async () => {
    const { page, findings } = await openRetelling();
    const panel = await suite.browser.context.newPage();
    try {
      const tabId = await findTabId(page.url());
      await panel.setViewportSize({ width: 360, height: 900 });
      await panel.goto(
        `chrome-extension://${suite.browser.extensionId}/sidepanel.html?tabId=${tabId}`,
      );
      const outline = panel.getByRole('listbox', { name: 'Everything marked on this page' });
      await outline.waitFor({ timeout: 5_000 });
      const options = outline.getByRole('option');
      expect(await options.count()).toBe(
        findings.mentions.length + findings.claims.length + findings.attributions.length,
      );
      // The claims' group lists the claim sentences in the order the page has them.
      const claimTexts = await outline
        .getByRole('group', { name: 'Claims' })
        .getByRole('option')
        .allTextContents();
      expect(claimTexts.length).toBe(findings.claims.length);

      // Keyboard alone: into the list, down to the first claim sentence, Enter.
      await outline.focus();
      const firstClaim = findings.claims[0]!;
      for (let press = 0; press < 200; press++) {
        const active = await outline.evaluate((list) => {
          const id = list.getAttribute('aria-activedescendant');
          return id ? (document.getElementById(id)?.textContent ?? '') : '';
        });
        if (active.includes(firstClaim.text.slice(0, 30))) break;
        await panel.keyboard.press('ArrowDown');
      }
      await panel.screenshot({ path: `${resultsDir}sidepanel-outline.png` });
      await panel.keyboard.press('Enter');
      await panel.getByText('Shown on the page.').waitFor({ timeout: 5_000 });

      const claimCard = page
        .locator('reglens-card')
        .getByRole('dialog', { name: 'About this claim' });
      await claimCard.waitFor({ timeout: 5_000 });
      const ringed = await page.evaluate(() => {
        const ring = document.querySelector('reglens-walk')?.shadowRoot?.querySelector('.ring');
        const box = ring?.getBoundingClientRect();
        return box ? { top: box.top, bottom: box.bottom } : null;
      });
      expect(ringed).not.toBeNull();
      // In view.
      expect(ringed!.top).toBeGreaterThanOrEqual(0);
      expect(ringed!.bottom).toBeLessThanOrEqual(900);
      await page.screenshot({ path: `${resultsDir}sidepanel-outline-page.png` });
      // The ring flashes to draw the eye, except for a reader who asked for less motion.
      const animation = () =>
        page.evaluate(() => {
          const ring = document.querySelector('reglens-walk')?.shadowRoot?.querySelector('.ring');
          return ring ? getComputedStyle(ring).animationName : null;
        });
      expect(await animation()).toBe('reglens-flash');
      await page.emulateMedia({ reducedMotion: 'reduce' });
      expect(await animation()).toBe('none');
    } finally {
      await setSettings(suite.extensionPage, { level: 'names' });
      await panel.close();
      await page.close();
    }
  });
});
