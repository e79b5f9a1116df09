/**
 * The ambiguous names the bundled dataset guards with case and context rules. Each trap is
 * checked both ways: the wrong sense gives nothing, the right sense is still found.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../lib/kb/schema';
import { createMatcher } from '../../../lib/match';
import { readCore } from '../kb/helpers';
import { all } from './actors';

const matcher = createMatcher(all);

/** [actorId, page text] per mention: enough to tell a trap sprung from one avoided. */
const found = (text: string): [string, string][] =>
  matcher.match(text).map((m) => [m.actorId, m.text]);

describe('traps', () => {
  it('"ant" the insect, lower-case, is not Ant Group', () => {
    expect(found('An ant colony can hold millions of workers.')).toEqual([]);
  });

  it('"Ant" at the start of a sentence on an insect page is not Ant Group', () => {
    expect(found('Ant colonies are organised by caste. Each Ant has a role.')).toEqual([]);
  });

  it('"Ant" is Ant Group on a page that names Ant Group, Alipay, Jack Ma or 蚂蚁', () => {
    expect(found('Ant Group delayed its listing. Ant said regulators asked for changes.')).toEqual([
      ['ant-group', 'Ant Group'],
      ['ant-group', 'Ant'],
    ]);
    expect(found('Ant runs Alipay.')).toEqual([['ant-group', 'Ant']]);
    expect(found('Ant was founded by Jack Ma.')).toEqual([
      ['ant-group', 'Ant'],
      ['jack-ma', 'Jack Ma'],
    ]);
    expect(found('Ant, known as 蚂蚁 in Chinese.')).toEqual([['ant-group', 'Ant']]);
  });

  it('"CAC 40", the French index, is not the Cyberspace Administration', () => {
    expect(
      found('The CAC 40 fell 2% in Paris; the CAC\u00A040 then recovered, as did the CAC40.'),
    ).toEqual([]);
  });

  it('"the CAC said" is the Cyberspace Administration', () => {
    expect(found('On Friday the CAC said apps must stop. The CAC, a regulator, agreed.')).toEqual([
      ['cac', 'CAC'],
      ['cac', 'CAC'],
    ]);
  });

  it('"the central bank" in a European Central Bank story is not the PBoC', () => {
    expect(
      found(
        'The European Central Bank kept rates on hold on Thursday. The central bank said inflation in the eurozone was easing.',
      ),
    ).toEqual([]);
  });

  it('"the central bank" is the PBoC on a China page, except in a sentence about the ECB', () => {
    const text =
      "China's central bank cut rates. The European Central Bank did not; the central bank in Frankfurt waited.\n" +
      'Federal Reserve officials met on Monday\nthe central bank in Beijing acted first.';
    expect(matcher.match(text).map((m) => [m.actorId, m.start])).toEqual([
      ['pboc', text.indexOf('central bank')],
      ['pboc', text.lastIndexOf('central bank')],
    ]);
  });

  it('"U.S." does not end the sentence the central bank is excluded from', () => {
    expect(
      found('The central bank in Beijing, unlike the U.S. Federal Reserve, cut rates.'),
    ).toEqual([]);
    expect(
      found('The central bank in Beijing, like Mr. Powell at the Federal Reserve, waited.'),
    ).toEqual([]);
  });

  it('a sentence ending in a company suffix does end there', () => {
    expect(
      found(
        'Federal Reserve staff met Alibaba Holding Ltd. The central bank in Beijing did not comment.',
      ),
    ).toEqual([
      ['alibaba', 'Alibaba'],
      ['pboc', 'central bank'],
    ]);
    expect(
      found('The Federal Reserve and Alibaba Holding Ltd. said the central bank in China waited.'),
    ).toEqual([['alibaba', 'Alibaba']]);
  });

  it('"Bloomberg" in "Michael Bloomberg" is not the outlet', () => {
    expect(found('Michael Bloomberg visited Beijing; MICHAEL\u00A0BLOOMBERG spoke.')).toEqual([]);
  });

  it('"Bloomberg reported" is the outlet', () => {
    expect(found('Bloomberg reported the plan, citing people familiar with the matter.')).toEqual([
      ['bloomberg', 'Bloomberg'],
    ]);
  });

  it('"JD" the law degree is not JD.com', () => {
    expect(found('She earned a JD from Harvard before joining the firm.')).toEqual([]);
  });

  it('"JD" is JD.com on a page about e-commerce', () => {
    expect(found('JD, the e‑commerce group, and JD rivals rose.')).toEqual([
      ['jd', 'JD'],
      ['jd', 'JD'],
    ]);
  });

  it('"Bank of China" alone is the commercial bank, never the PBoC', () => {
    expect(found('Bank of China reported higher profits.')).toEqual([['boc', 'Bank of China']]);
    const onlyPboc = createMatcher(all.filter((a) => a.id !== 'boc'));
    expect(onlyPboc.match('Bank of China reported higher profits.')).toEqual([]);
  });

  it('"央行" inside "中央行政" is not the central bank', () => {
    expect(found('中央行政部门表示')).toEqual([]);
    expect(found('中国央行表示')).toEqual([['pboc', '央行']]);
  });
});

describe('traps page, read with the bundled dataset', () => {
  // The article of tests/fixtures/pages/traps.html, the page the end-to-end test also reads:
  // every ambiguous name of the bundled dataset in its other sense, and one real actor.
  const html = readFileSync(join(process.cwd(), 'tests/fixtures/pages/traps.html'), 'utf8');
  const article = new DOMParser().parseFromString(html, 'text/html').querySelector('article')!;
  const text = article.textContent ?? '';
  const core = createMatcher(datasetSchema.parse(readCore()).actors);

  it('holds each trap the context rules exist for', () => {
    for (const trap of [
      'CAC 40',
      'the central bank',
      'Bank of Korea',
      'Michael Bloomberg 25',
      'the CCP that handles',
      'CCP-cleared',
      '中国银行间市场',
      '中国银行家',
      '(证监会)',
      'Huabei region (华北)',
      '40 FT boxes',
      'Didi, the aquarium',
      'Japan’s Anti-Monopoly Law',
    ])
      expect(text, trap).toContain(trap);
  });

  it('finds only the Bank of China branch', () => {
    expect(core.match(text).map((m) => [m.actorId, m.text])).toEqual([
      ['bank_of_china', 'Bank of China'],
    ]);
  });
});
