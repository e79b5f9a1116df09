/**
 * Pages that add text after they load: the new paragraphs are read, matched and highlighted
 * without reading the rest of the article again.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumMissingMessage,
  findChromium,
  getFindings,
  launchWithExtension,
  openExtensionPage,
  serveFixtures,
  setSettings,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const pagesDir = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  if (!findChromium()) throw new Error(chromiumMissingMessage);
  server = await serveFixtures(pagesDir);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('text that arrives later', () => {
  it('annotates paragraphs the page adds after it was read, once each', async () => {
    const extensionPage = await openExtensionPage(browser.context, browser.extensionId);
    await setSettings(extensionPage, { level: 'names' });
    const page = await browser.context.newPage();
    const url = `${server.url}/growing.html`;
    await page.goto(url);
    await page.bringToFront();
    const grown = await getFindings(extensionPage, url, {
      until: (findings) => findings.mentions.some((m) => m.actorId === 'tencent'),
    });
    expect(grown.mentions.map((m) => [m.actorId, m.text.replace(/\s+/g, ' ')])).toEqual([
      ['ant', 'Ant Group'],
      ['huabei', 'Huabei'],
      ['jiebei', 'Jiebei'],
      ['tencent', 'Tencent'],
      ['meituan', 'Meituan'],
      ['pboc', 'People’s Bank of China'],
    ]);
    await page.close();
  });
});
