/**
 * The knowledge-base page in the built extension: search, the actor card, writing an actor that
 * the page matcher knows at once, importing a file (refused with its problems, then accepted)
 * and exporting the user's records as a download that reads back.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseDatasetFile } from '../../lib/kb/dataset-file';
import {
  chromiumMissingMessage,
  findChromium,
  launchWithExtension,
  openExtensionPage,
  type ExtensionBrowser,
} from './harness';

const chromium = findChromium();
if (!chromium) throw new Error(chromiumMissingMessage);

let ext: ExtensionBrowser;
let page: Page;
beforeAll(async () => {
  ext = await launchWithExtension();
  page = await openExtensionPage(ext.context, ext.extensionId, 'knowledge-base.html');
});
afterAll(async () => {
  await ext?.close();
});

/** Asks the background from the knowledge-base page, as any extension page can. */
function ask(type: string, payload: unknown): Promise<{ ok: boolean; value?: unknown }> {
  return page.evaluate(
    ([type, payload]) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage: (m: unknown) => Promise<never> } };
        }
      ).chrome.runtime.sendMessage({ type, payload }),
    [type, payload] as const,
  );
}

const jsonFile = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

describe('the knowledge-base page', () => {
  it('is the options page', async () => {
    const manifest = await page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { getManifest: () => object } } }
      ).chrome.runtime.getManifest(),
    );
    expect(manifest).toMatchObject({ options_page: 'knowledge-base.html' });
  });

  it('finds an actor by an alias and opens its card', async () => {
    await page.getByRole('searchbox', { name: 'Search actors and claims' }).fill('PBoC');
    await page.getByRole('button', { name: /^People's Bank of China/ }).click();
    const card = page.getByRole('dialog', { name: "About People's Bank of China" });
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('中国人民银行');
  });

  it('saves a new actor, which the matcher knows at once', async () => {
    await page.getByRole('button', { name: 'New actor' }).click();
    await page.getByLabel('English name').fill('Fintech Unit');
    await page.getByLabel('Summary').fill('The fintech department of the central bank.');
    await page.getByLabel('Other names').fill('FTU');
    await page.getByRole('button', { name: 'Save actor' }).click();
    await page.getByRole('dialog', { name: 'About Fintech Unit' }).waitFor();

    const reply = await ask('page.analyze', {
      text: 'The FTU said so.',
      host: 'news.test',
      layers: ['names'],
    });
    expect(reply).toMatchObject({
      ok: true,
      value: { names: { mentions: [{ actorId: 'fintech-unit' }] } },
    });
  });

  it('lists the problems of a bad file and imports a good one', async () => {
    const input = page.getByLabel('Import a dataset file');
    await input.setInputFiles(jsonFile('bad.json', '{\n  "id": "notes",\n  "actors": [],\n}'));
    const refusal = page.getByRole('alert').filter({ hasText: 'bad.json was not imported' });
    await expect(refusal.textContent()).resolves.toContain(
      'line 3, column 15: trailing comma before "}"',
    );

    const good = {
      id: 'notes',
      version: '1.0.0',
      title: 'Notes',
      actors: [{ id: 'x-unit', kind: 'institution', names: { en: 'X Unit' }, summary: 'S.' }],
      claims: [
        {
          id: 'x-claim',
          statement: 'X Unit reports to the PBoC.',
          actors: ['x-unit', 'pboc'],
          sources: [{ outlet: 'caixin', attribution: 'anonymous' }],
          status: 'reported',
        },
      ],
    };
    await input.setInputFiles(jsonFile('good.json', JSON.stringify(good)));
    await expect(
      page.getByRole('status').filter({ hasText: 'Imported “Notes”' }).textContent(),
    ).resolves.toContain('2 records added');
  });

  it('exports the user’s records as a file that reads back', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export my records' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^reglens-my-records-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile((await download.path())!, 'utf8');
    const back = parseDatasetFile(text, { knownActorIds: new Set(['pboc']) });
    expect(back.ok && back.dataset.actors.map((actor) => actor.id)).toEqual([
      'fintech-unit',
      'x-unit',
    ]);
    expect(back.ok && back.dataset.claims.map((claim) => claim.id)).toEqual(['x-claim']);
  });
});
