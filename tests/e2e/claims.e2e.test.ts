/**
 * Claims and attributions on the page, in real Chromium, on a retelling of the story written for
 * this test (English and Chinese): at the claims level the sentences that retell known claims are
 * marked and open a claim card; at the full level each attributing sentence's cue is marked and
 * opens the legend; raising and lowering the level adds and removes them without a reload.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import core from '../../assets/datasets/core.json';
import { datasetSchema, type Actor } from '../../lib/kb/schema';
import { gradeClaim } from '../../lib/sourcing/grade';
import { getFindings, hoverText, setSettings, type Findings } from './harness';
import { resultsDir, useExtensionSuite } from './suite';

const dataset = datasetSchema.parse(core);
const actorsById = new Map<string, Actor>(dataset.actors.map((actor) => [actor.id, actor]));
const gradeOf = (id: string) =>
  gradeClaim(
    dataset.claims.find((claim) => claim.id === id)!,
    {
      outletNames: (outlet) => actorsById.get(outlet)?.names.en ?? outlet,
    },
  );

const suite = useExtensionSuite();

async function openAt(name: string, until: (findings: Findings) => boolean): Promise<Page> {
  const page = await suite.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const url = `${suite.server.url}/${name}`;
  await page.goto(url);
  await page.bringToFront();
  await getFindings(suite.extensionPage, url, { until });
  return page;
}

const findingsOf = (page: Page, until: (findings: Findings) => boolean) =>
  getFindings(suite.extensionPage, page.url(), { until });

/** The custom highlights registered on the page, by name. */
const highlightNames = (page: Page) =>
  page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('reglens')));

describe('claims and attributions on an English retelling', () => {
  it('marks the retold claims, opens a claim card, adds attribution marks at full, and takes them off again', async () => {
    await setSettings(suite.extensionPage, { level: 'claims' });
    const page = await openAt('retelling.html', (f) => f.claims.length > 0);
    try {
      const findings = await findingsOf(page, (f) => f.claims.length >= 4);
      expect(findings.claims.map((claim) => claim.claimId)).toEqual([
        'sr06',
        'sr01',
        'sr06',
        'sr08',
        'sr04',
      ]);
      // Whole sentences, and never the one that only shares Ant's name.
      for (const claim of findings.claims) expect(claim.text).toMatch(/[.。]$/);
      expect(findings.claims.some((claim) => claim.text.includes('higher profits'))).toBe(false);
      expect(findings.claims.find((c) => c.claimId === 'sr08')?.grade.level).toBe(
        gradeOf('sr08').level,
      );
      expect(findings.attributions).toEqual([]);
      expect(findings.mentions.length).toBeGreaterThan(0);

      // Hovering the sentence, away from any name, opens the claim's card.
      await hoverText(page, 'floated a plan', { rootSelector: 'article' });
      const card = page.locator('reglens-card').getByRole('dialog', { name: 'About this claim' });
      await card.waitFor({ state: 'visible', timeout: 5_000 });
      const sr01 = dataset.claims.find((claim) => claim.id === 'sr01')!;
      const text = await card.innerText();
      expect(text).toContain(sr01.statement);
      // The reasons in words (the card names actors as the knowledge base does).
      expect(text.toLowerCase()).toContain(gradeOf('sr01').reasons[0]!.toLowerCase());
      expect(text).toContain(`${gradeOf('sr01').reliability}${gradeOf('sr01').credibility}`);
      expect(await card.getByRole('list', { name: 'Sources' }).locator('li').count()).toBe(
        sr01.sources.length,
      );
      expect(
        await card.getByRole('list', { name: 'What happened next' }).locator('li').count(),
      ).toBe(sr01.developments.length);
      await page.screenshot({ path: `${resultsDir}claims-card.png` });
      await page.keyboard.press('Escape');

      // Full: each attributing sentence's cue is marked, and the legend explains it.
      await setSettings(suite.extensionPage, { level: 'full' });
      const full = await findingsOf(page, (f) => f.level === 'full' && f.attributions.length > 0);
      expect(full.attributions.map((a) => a.kind)).toEqual([
        'other-outlet',
        'anonymous',
        'no-comment',
        'vague',
      ]);
      expect(full.claims.length).toBe(findings.claims.length);
      // "familiar", on one line: the cue ", people familiar with" wraps at "people".
      await hoverText(page, 'familiar', { rootSelector: 'article' });
      const legend = page
        .locator('reglens-card')
        .getByRole('dialog', { name: 'How this sentence is sourced' });
      await legend.waitFor({ state: 'visible', timeout: 5_000 });
      expect(await legend.innerText()).toContain('Unnamed sources');
      expect(
        await legend.getByRole('list', { name: 'Attribution marks' }).locator('li').count(),
      ).toBe(7);
      await page.screenshot({ path: `${resultsDir}attribution-legend.png` });
      await page.keyboard.press('Escape');
      expect(await highlightNames(page)).toEqual(
        expect.arrayContaining(['reglens-actor', 'reglens-claim', 'reglens-attribution-anonymous']),
      );

      // Down to names: claims and attributions come off, the names stay, no reload.
      await setSettings(suite.extensionPage, { level: 'names' });
      const names = await findingsOf(page, (f) => f.level === 'names');
      expect(names.claims).toEqual([]);
      expect(names.attributions).toEqual([]);
      expect(names.mentions).toEqual(findings.mentions);
      await expect
        .poll(async () =>
          (await highlightNames(page)).filter((n) => !n.startsWith('reglens-actor')),
        )
        .toEqual([]);
      expect(await highlightNames(page)).toContain('reglens-actor');
      await page.screenshot({ path: `${resultsDir}claims-level-names.png` });

      // And up again.
      await setSettings(suite.extensionPage, { level: 'claims' });
      const again = await findingsOf(page, (f) => f.level === 'claims' && f.claims.length > 0);
      expect(again.claims.map((claim) => claim.claimId)).toEqual(
        findings.claims.map((c) => c.claimId),
      );
    } finally {
      await setSettings(suite.extensionPage, { level: 'names' });
      await page.close();
    }
  });

  it('opens the same claim card from a claim listed on an actor card', async () => {
    await setSettings(suite.extensionPage, { level: 'names' });
    const page = await openAt('retelling.html', (f) => f.mentions.length > 0);
    try {
      await hoverText(page, 'Ant Group', { rootSelector: 'article' });
      const actorCard = page
        .locator('reglens-card')
        .getByRole('dialog', { name: 'About Ant Group' });
      await actorCard.waitFor({ state: 'visible', timeout: 5_000 });
      await actorCard.getByRole('button', { name: 'Open the claim’s card' }).first().click();
      const card = page.locator('reglens-card').getByRole('dialog', { name: 'About this claim' });
      await card.waitFor({ state: 'visible', timeout: 5_000 });
      expect(await card.getByRole('list', { name: 'Actors in this claim' }).innerText()).toContain(
        'Ant Group',
      );
    } finally {
      await page.close();
    }
  });
});

describe('claims and attributions on a Chinese retelling', () => {
  it('gets the same: claims marked, attribution kinds, the claim card', async () => {
    await setSettings(suite.extensionPage, { level: 'full' });
    const page = await openAt('retelling-zh.html', (f) => f.claims.length > 0);
    try {
      const findings = await findingsOf(page, (f) => f.attributions.length >= 3);
      expect(new Set(findings.claims.map((claim) => claim.claimId))).toEqual(
        new Set(['sr06', 'sr08', 'sr04']),
      );
      expect(findings.claims.some((claim) => claim.text.includes('利润'))).toBe(false);
      // "公司表示" (the company said) in the profits sentence is the company's own statement.
      expect(findings.attributions.map((a) => a.kind)).toEqual([
        'anonymous',
        'no-comment',
        'company-statement',
        'vague',
      ]);
      await hoverText(page, '借款人的信贷信息', { rootSelector: 'article' });
      const card = page.locator('reglens-card').getByRole('dialog', { name: 'About this claim' });
      await card.waitFor({ state: 'visible', timeout: 5_000 });
      expect((await card.innerText()).toLowerCase()).toContain(
        gradeOf('sr08').reasons[0]!.toLowerCase(),
      );
      await page.screenshot({ path: `${resultsDir}claims-card-zh.png` });
    } finally {
      await setSettings(suite.extensionPage, { level: 'names' });
      await page.close();
    }
  });
});
