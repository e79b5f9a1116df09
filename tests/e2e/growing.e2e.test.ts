/**
 * Pages that add text after they load: the new paragraphs are read, matched and highlighted
 * without reading the rest of the article again.
 */
import { describe, expect, it } from 'vitest';
import { getFindings } from './harness';
import { useExtensionSuite } from './suite';

const suite = useExtensionSuite();

describe('text that arrives later', () => {
  it('annotates paragraphs the page adds after it was read, once each', async () => {
    const page = await suite.open('growing.html');
    const url = page.url();
    const grown = await getFindings(suite.extensionPage, url, {
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
