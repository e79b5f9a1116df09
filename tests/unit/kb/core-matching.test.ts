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
      // The report's "Bloomberg 25" misdates the story (see the card's caution): only the name is
      // marked.
      ['bloomberg', 'Bloomberg'],
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
    expect(found('The CAC fined Didi Global. Bloomberg reported it. JD.com and JD fell.')).toEqual([
      ['cac', 'CAC'],
      ['didi', 'Didi Global'],
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

/** Only the mentions of one actor, so a sentence can hold other names without noise. */
const of = (actorId: string, text: string): string[] =>
  matcher
    .match(text)
    .filter((m) => m.actorId === actorId)
    .map((m) => m.text);

const core = datasetSchema.parse(readCore());
const actor = (id: string) => core.actors.find((a) => a.id === id)!;

describe('core.json through the matcher: aliases that need context', () => {
  it('"Bloomberg 25": marks Bloomberg only, and the card says the report misdates it', () => {
    const text = 'Bloomberg 25, citing knowledgeable sources, revealed the plan.';
    const [mention] = matcher.match(text);
    expect(mention).toMatchObject({ actorId: 'bloomberg', start: 0, end: 'Bloomberg'.length });
    expect(actor('bloomberg').aliases.map((a) => a.text)).not.toContain('Bloomberg 25');
    const caution = actor('bloomberg').cautions?.find((c) => c.includes('Bloomberg 25'));
    expect(caution).toMatch(/24 Mar 2021/);
    expect(caution).toMatch(/misdates/);
  });

  it('"Michael Bloomberg 25" and the other ways of naming the man are not the outlet', () => {
    for (const text of [
      'Michael Bloomberg 25 years on: the mayor who ran a news empire.',
      'Michael R. Bloomberg said the grant would last a decade.',
      'Mr. Bloomberg and Mayor Bloomberg are the same man.',
    ])
      expect(of('bloomberg', text), text).toEqual([]);
    expect(of('bloomberg', 'Bloomberg reported it first, and Bloomberg News said more.')).toEqual([
      'Bloomberg',
      'Bloomberg News',
    ]);
  });

  it('"CCP" is the Party on pages about it, not a central counterparty or a games studio', () => {
    expect(of('ccp', 'Xi Jinping addressed the CCP Central Committee in Beijing.')).toEqual([
      'CCP',
    ]);
    expect(of('ccp', "Beijing said the CCP's grip on the sector would tighten.")).toEqual(['CCP']);
    // A finance page: no sign of the Party anywhere.
    expect(of('ccp', 'Eurex, a CCP, raised its requirements. The CCP said so on Monday.')).toEqual(
      [],
    );
    // A page that does name Beijing, with a central counterparty in the sentence.
    for (const text of [
      'Beijing approved the rules. Shanghai Clearing House acts as a CCP for bond trades.',
      'Beijing approved the rules. The CCP raised margin calls after the default.',
      'Beijing approved the rules. CCP-cleared swaps grew, and CCP clearing fees fell.',
      'Beijing approved the game. CCP Games released an expansion.',
    ])
      expect(of('ccp', text), text).toEqual([]);
  });

  it('证监会 is the CSRC on mainland pages, not Hong Kong\u2019s commission or the US SEC', () => {
    expect(of('csrc', '证监会表示，将支持科创板企业上市。')).toEqual(['证监会']);
    expect(of('csrc', '证监会主席易会满指出，资本市场要支持科技创新。')).toEqual(['证监会']);
    // Hong Kong: named in full once, then by its short name; no mainland market or regulator.
    expect(
      of('csrc', '香港证监会周五表示，已对一家券商罚款。证监会称，该券商未能保护客户资产。'),
    ).toEqual([]);
    expect(of('csrc', '美国证监会批准了比特币现货基金，上交所未作评论。')).toEqual([]);
    // A mainland page, but the sentence names Hong Kong's commission in full.
    expect(of('csrc', 'A股周一上涨。香港证券及期货事务监察委员会（证监会）同日发出警告。')).toEqual(
      [],
    );
    expect(of('csrc', '中国证监会与香港证监会签署备忘录。')).toEqual(['中国证监会']);
  });

  it('中国银行 inside 中国银行间市场 and 中国银行家 is not Bank of China', () => {
    for (const text of [
      '中国银行间市场交易商协会发布公告。',
      '《中国银行家》杂志刊文讨论利率。',
      '中國銀行間市場成交活躍。',
      '中國銀行家論壇開幕。',
    ])
      expect(of('bank_of_china', text), text).toEqual([]);
    expect(of('bank_of_china', '中国银行发布年报，中國銀行股價上升。')).toEqual([
      '中国银行',
      '中國銀行',
    ]);
  });

  it('both spellings of the Anti-Monopoly Law follow the same rule', () => {
    for (const law of ['Anti-Monopoly Law', 'Antimonopoly Law']) {
      expect(of('aml_law', `China amended its ${law} in 2022.`), law).toEqual([law]);
      expect(of('aml_law', `SAMR cited the ${law} when it fined Alibaba.`), law).toEqual([law]);
      // No China on the page: another country's law.
      expect(of('aml_law', `Ukraine amended its ${law} last year.`), law).toEqual([]);
      // China on the page, but another country's law by name.
      expect(
        of('aml_law', `Unlike China, regulators enforced Japan's ${law} against the chipmaker.`),
        law,
      ).toEqual([]);
    }
  });

  it('"Huabei" the region is not Ant\u2019s product, even on a page about Ant', () => {
    expect(of('huabei', 'Heavy rain hit the Huabei region (华北) on Monday.')).toEqual([]);
    expect(of('huabei', 'Huabei, the North China plain, had a dry winter.')).toEqual([]);
    expect(
      of('huabei', 'Ant Group runs Huabei. Storms crossed the Huabei region on Monday.'),
    ).toEqual(['Huabei']);
    expect(of('huabei', 'Ant Group said 华北 farmers could not use Huabei.')).toEqual([]);
    expect(of('huabei', 'Alipay users can borrow through Huabei.')).toEqual(['Huabei']);
  });

  it('"China" on the page no longer makes "Didi" the company or "FT" the newspaper', () => {
    expect(of('didi', "China's exports rose. Didi, the zoo's sea lion, turned 12.")).toEqual([]);
    // Nor "CAC", which is also the Paris index.
    expect(of('didi', "The CAC 40 closed higher. Didi, the zoo's sea lion, turned 12.")).toEqual(
      [],
    );
    expect(of('ft', 'China shipped the crates. Each 40 FT container was full.')).toEqual([]);
    expect(of('didi', 'The ride-hailing firm Didi listed in New York; Didi later left.')).toEqual([
      'Didi',
      'Didi',
    ]);
    expect(of('ft', 'The Financial Times reported it; the FT later added detail.')).toEqual([
      'Financial Times',
      'FT',
    ]);
  });

  it('"central bank" is not the PBoC in a sentence that names another central bank', () => {
    const pbocPage = "The People's Bank of China cut rates on Monday. ";
    for (const sentence of [
      'The Reserve Bank of India held, and the central bank said inflation was high.',
      'The Bank of Korea raised rates; the central bank in Seoul cited the won.',
      'The Bank of Canada waited, as the central bank had signalled.',
      'The RBA and the central bank in Wellington both paused.',
      "Japan's central bank kept its yield cap.",
      "India's central bank sold dollars.",
    ])
      expect(of('pboc', pbocPage + sentence), sentence).toEqual(["People's Bank of China"]);
    expect(of('pboc', `${pbocPage}The central bank said more cuts may follow.`)).toEqual([
      "People's Bank of China",
      'The central bank',
    ]);
  });

  it('央行 is not the PBoC after another country\u2019s short name or beside its central bank', () => {
    expect(of('pboc', '中国人民银行降准。韩央行同日加息。')).toEqual(['中国人民银行']);
    expect(of('pboc', '中国人民银行降准。韩国银行同日加息，央行行长称通胀仍高。')).toEqual([
      '中国人民银行',
    ]);
    // A date before 央行 is no country: "on Sunday the central bank".
    expect(of('pboc', '周日央行开展逆回购操作。')).toEqual(['央行']);
  });
});
