/**
 * The claims on an actor card, in real Chromium: a reader hovering "Ant Group" on the source
 * report sees every claim the knowledge base holds about Ant, each with the grade lib/sourcing
 * computes from its sources, the reasons in words, and what happened next.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import core from '../../assets/datasets/core.json';
import { datasetSchema, type Actor } from '../../lib/kb/schema';
import { formatPartialDate } from '../../lib/kb/dates';
import { gradeClaim } from '../../lib/sourcing/grade';
import { getFindings, hoverText } from './harness';
import { resultsDir, useExtensionSuite } from './suite';

const dataset = datasetSchema.parse(core);
const actorsById = new Map<string, Actor>(dataset.actors.map((actor) => [actor.id, actor]));
const antClaims = dataset.claims.filter((claim) => claim.actors.includes('ant'));

/** The badge the card must show for a claim: the same grade lib/sourcing computes. */
function expectedBadge(claimId: string): string {
  const claim = dataset.claims.find((c) => c.id === claimId)!;
  const grade = gradeClaim(claim, { outletNames: (id) => actorsById.get(id)?.names.en ?? id });
  const level = grade.level[0]!.toUpperCase() + grade.level.slice(1);
  return `${level} · ${grade.reliability}${grade.credibility}`;
}

const suite = useExtensionSuite();

/** Opens the source report and waits until its names are highlighted. */
async function openSourceReport(): Promise<Page> {
  const page = await suite.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const url = `${suite.server.url}/source-report.html`;
  await page.goto(url);
  await getFindings(suite.extensionPage, url, {
    until: (findings) => findings.mentions.length > 0,
  });
  await page.bringToFront();
  return page;
}

describe('claims on the actor card', () => {
  it('shows every claim about Ant Group with its grade, reasons and timeline', async () => {
    expect(antClaims.length).toBeGreaterThanOrEqual(8);
    const page = await openSourceReport();
    try {
      await hoverText(page, 'Ant Group', { rootSelector: 'article' });
      const claims = page.locator('reglens-card').getByRole('region', {
        name: 'Claims about Ant Group',
      });
      await claims.waitFor({ state: 'visible', timeout: 5_000 });
      const items = claims.locator(':scope > ul > li');
      expect(await items.count()).toBe(antClaims.length);

      // The WSJ's report that regulators asked Ant to share its credit data (claim 6 of the
      // source report): its statement, its computed grade and its sources.
      const sr06 = dataset.claims.find((claim) => claim.id === 'sr06')!;
      const item = items.filter({ hasText: sr06.statement });
      expect(await item.count()).toBe(1);
      await expect.poll(() => item.locator('summary').innerText()).toContain(expectedBadge('sr06'));
      await item.locator('summary').click();
      const sources = item.getByRole('list', { name: 'Sources' });
      await sources.waitFor({ state: 'visible' });
      expect(await sources.innerText()).toContain('The Wall Street Journal');
      const grade = gradeClaim(sr06, {
        outletNames: (id) => actorsById.get(id)?.names.en ?? id,
        actorName: () => 'Ant Group',
      });
      // The reasons in words, as the card's summary sentence begins them.
      expect((await item.innerText()).toLowerCase()).toContain(grade.reasons[0]!.toLowerCase());

      // What happened next, oldest first, with the dates as the card writes them.
      const timeline = item.getByRole('list', { name: 'What happened next' });
      const entries = await timeline.locator('li').allInnerTexts();
      const expected = [...sr06.developments].sort((a, b) => a.date.localeCompare(b.date));
      expect(entries.length).toBe(expected.length);
      expected.forEach((development, i) => {
        expect(entries[i]).toContain(formatPartialDate(development.date));
        expect(entries[i]).toContain(development.event);
      });
      await item.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${resultsDir}card-claims.png` });
    } finally {
      await page.close();
    }
  });

  it('marks the claim the source report added on its own as disputed, with a weak grade', async () => {
    const sr03 = dataset.claims.find((claim) => claim.id === 'sr03')!;
    expect(sr03.status).toBe('disputed');
    // sr03 is about the authorities and the PBoC, not Ant: open the PBoC's card for it.
    const page = await openSourceReport();
    try {
      await hoverText(page, 'the central bank', { rootSelector: 'article' });
      const claims = page.locator('reglens-card').getByRole('region', {
        name: /Claims about People's Bank of China/,
      });
      await claims.waitFor({ state: 'visible', timeout: 5_000 });
      const item = claims.locator(':scope > ul > li').filter({ hasText: sr03.statement });
      expect(await item.count()).toBe(1);
      const badge = expectedBadge('sr03');
      expect(badge).toMatch(/^(Weak|Unsupported) · /);
      expect(await item.locator('summary').innerText()).toContain(badge);
      await item.locator('summary').click();
      expect(await item.innerText()).toContain('Status: Disputed');
    } finally {
      await page.close();
    }
  });
});
