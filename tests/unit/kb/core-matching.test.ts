/**
 * The bundled dataset as the matcher sees it: the source report's own wordings are found and
 * labelled with the right actor, and the traps the context rules exist for stay shut.
 * The sentences are written for this test; they echo the report's wordings, not its text.
 */
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../lib/kb/schema';
import { createMatcher } from '../../../lib/match';
import { readCore } from './helpers';

const matcher = createMatcher(datasetSchema.parse(readCore()).actors);

const found = (text: string): [string, string][] =>
  matcher.match(text).map((m) => [m.actorId, m.text]);

describe("core.json through the matcher: the source report's wordings", () => {
  it("finds the report's actors under its own names", () => {
    const page = [
      'Bloomberg 25, citing people familiar with the matter, said the plan is led by the People\u2019s Bank of China.',
      'Earlier, the Wall Street Journal said regulators asked Ant Group to join the national credit reporting system run by the central bank.',
      'The Financial Times said Ant Group agreed to feed a government-backed database.',
      'The Communist Party\u2019s central bank is unhappy, and Ant Group will share its \u201cdebit\u201d and \u201cchant\u201d data with the credit center.',
      'The \u201cAnti-Monopoly Guidelines for the Platform Economy\u201d were released in February.',
    ].join(' ');
    expect(found(page)).toEqual([
      ['bloomberg', 'Bloomberg 25'],
      ['pboc', 'People\u2019s Bank of China'],
      ['wsj', 'the Wall Street Journal'],
      ['ant', 'Ant Group'],
      ['crc', 'national credit reporting system'],
      ['pboc', 'the central bank'],
      ['ft', 'Financial Times'],
      ['ant', 'Ant Group'],
      ['crc', 'government-backed database'],
      ['pboc', 'The Communist Party\u2019s central bank'],
      ['ant', 'Ant Group'],
      ['jiebei', '\u201cdebit\u201d'],
      ['huabei', '\u201cchant\u201d'],
      ['crc', 'the credit center'],
      ['platform_aml_guidelines', 'Anti-Monopoly Guidelines for the Platform Economy'],
    ]);
  });

  it('finds the Chinese names', () => {
    expect(found('中国人民银行要求蚂蚁集团把花呗和借呗的数据接入征信中心。')).toEqual([
      ['pboc', '中国人民银行'],
      ['ant', '蚂蚁集团'],
      ['huabei', '花呗'],
      ['jiebei', '借呗'],
      ['crc', '征信中心'],
    ]);
  });
});

describe('core.json through the matcher: traps', () => {
  it('labels "Bank of China" as the commercial bank, never the PBoC', () => {
    expect(found("Bank of China raised rates; the People's Bank of China did not.")).toEqual([
      ['bank_of_china', 'Bank of China'],
      ['pboc', "People's Bank of China"],
    ]);
    expect(found('中国银行业协会发布报告。')).toEqual([]);
  });

  it('keeps the bare English "debit" and "chant" unlabelled', () => {
    expect(found('Ant Group users can pay by debit card while fans chant.')).toEqual([
      ['ant', 'Ant Group'],
    ]);
  });

  it('keeps other central banks away from the PBoC', () => {
    expect(found("The People's Bank of China met. The central bank held rates.")).toEqual([
      ['pboc', "People's Bank of China"],
      ['pboc', 'The central bank'],
    ]);
    // "China" on the page (here inside "Bank of China") is not enough for a generic central bank.
    expect(
      found(
        'Bank of China shares rose. The European Central Bank met. The central bank raised rates.',
      ),
    ).toEqual([['bank_of_china', 'Bank of China']]);
    expect(
      found('China watched as the European Central Bank said the central bank would wait.'),
    ).toEqual([]);
    expect(found('The central bank raised rates in Brazil.')).toEqual([]);
  });

  it('keeps "CAC 40", Michael Bloomberg and JD Vance out', () => {
    expect(found('The CAC 40 fell. Michael Bloomberg spoke. JD Vance visited a retailer.')).toEqual(
      [],
    );
    expect(found('The CAC fined Didi. Bloomberg reported it. JD.com and JD fell.')).toEqual([
      ['cac', 'CAC'],
      ['didi', 'Didi'],
      ['bloomberg', 'Bloomberg'],
      ['jd', 'JD.com'],
      ['jd', 'JD'],
    ]);
  });

  it('keeps Chinese substrings that only look like names out', () => {
    expect(found('他住在北京东路和南京东路之间。')).toEqual([]);
    expect(found('其中共有三家公司。中央行政机关发布通知。')).toEqual([]);
    expect(found('欧洲央行宣布加息。')).toEqual([]);
  });

  it('keeps "Ant" the insect and "Huabei" the region unlabelled', () => {
    expect(found('An Ant colony is busy. Huabei Oilfield pumps oil.')).toEqual([]);
  });
});
