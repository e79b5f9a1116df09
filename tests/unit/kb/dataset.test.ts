/**
 * The bundled knowledge base. This file also stands in for `npm run kb:check`: Node 20 cannot run
 * TypeScript directly, so every dataset under assets/datasets is checked here instead.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDataset, normalizeAliasText } from '../../../lib/kb/check';
import { datasetSchema, type Actor, type Alias } from '../../../lib/kb/schema';
import { datasetsDir, readCore, readJson } from './helpers';

// The generated JSON Schema sits next to the datasets but is not one (see kb:schema).
const files = readdirSync(datasetsDir).filter(
  // The attribution cue file sits beside the datasets and has a schema of its own.
  (name) =>
    name.endsWith('.json') && !name.endsWith('.schema.json') && name !== 'attribution-cues.json',
);
const core = datasetSchema.parse(readCore());
const byId = new Map(core.actors.map((actor) => [actor.id, actor]));

function get(id: string): Actor {
  const found = byId.get(id);
  if (!found) throw new Error(`actor "${id}" is missing from core.json`);
  return found;
}

/** Every alias (of any actor) whose normalised text equals `text`. */
function aliasesFor(text: string): { actorId: string; alias: Alias }[] {
  const key = normalizeAliasText(text);
  return core.actors.flatMap((a) =>
    a.aliases
      .filter((alias) => normalizeAliasText(alias.text) === key)
      .map((alias) => ({ actorId: a.id, alias })),
  );
}

function aliasOf(id: string, text: string): Alias {
  const found = get(id).aliases.find((alias) => alias.text === text);
  if (!found) throw new Error(`actor "${id}" has no alias "${text}"`);
  return found;
}

describe('dataset files (kb:check)', () => {
  it('finds the bundled dataset', () => {
    expect(files).toContain('core.json');
  });

  it.each(files)('%s passes checkDataset with no problems', (file) => {
    expect(checkDataset(readJson(`${datasetsDir}${file}`))).toEqual([]);
  });
});

describe('core.json', () => {
  it('is the reglens-core dataset, version 1.1.0, with claims', () => {
    expect(core.id).toBe('reglens-core');
    expect(core.version).toBe('1.1.0');
    // The claims themselves are checked in claims.test.ts.
    expect(core.claims.length).toBeGreaterThanOrEqual(10);
  });

  // Every actor the source report names, directly or through its own wording.
  const sourceReportActors = [
    'pboc', // People's Bank of China, "the central bank", "the Communist Party's central bank"
    'crc', // "the credit center", "national credit reporting system", "government-backed database"
    'ant', // Ant Group
    'jiebei', // "debit"
    'huabei', // "chant"
    'bloomberg', // "Bloomberg 25"
    'wsj', // the Wall Street Journal
    'ft', // The Financial Times
    'platform_aml_guidelines', // "Anti-Monopoly Guidelines for the Platform Economy"
    'samr', // previewed (drafted) the guidelines in November
    'amc', // formally released them in February
    'ccp', // "the Communist Party"
    'alibaba', // the e-commerce platform behind Ant
    'tencent', // the other payments platform in the Bloomberg story
    'baihang', // the credit-rating company "effectively controlled by the central bank" (inference)
  ];

  it.each(sourceReportActors)('holds source-report actor %s with a Chinese name', (id) => {
    expect(get(id).names.zh).toMatch(/\p{Script=Han}/u);
  });

  // All 51 actors of the fact sheet (shared/facts/facts.json), listed here so a fresh clone
  // can test without the shared folder.
  const factSheetActors = [
    'pboc',
    'crc',
    'samr',
    'amc',
    'cac',
    'cbirc',
    'nfra',
    'csrc',
    'safe',
    'sse',
    'npcsc',
    'nifa',
    'nda',
    'ant',
    'alipay',
    'huabei',
    'jiebei',
    'zhima',
    'chongqing_ant_cf',
    'alibaba',
    'tencent',
    'jd',
    'meituan',
    'bytedance',
    'didi',
    'baihang',
    'pudao',
    'qiantang',
    'zj_tourism',
    'jack_ma',
    'pony_ma',
    'yi_gang',
    'guo_shuqing',
    'pan_gongsheng',
    'eric_jing',
    'simon_hu',
    'xi_jinping',
    'lulu_chen',
    'lingling_wei',
    'sun_yu',
    'bloomberg',
    'wsj',
    'ft',
    'reuters',
    'todaychina',
    'platform_aml_guidelines',
    'aml_law',
    'pipl',
    'dsl',
    'csl',
    'credit_measures',
  ];

  const wider = [
    'bank_of_china',
    'state_council',
    'fsdc',
    'miit',
    'ndrc',
    'baidu',
    'pdd',
    'full_truck_alliance',
    'kanzhun',
    'wechat_pay',
    'wechat',
    'tiktok',
    'douyin',
    'cheng_wei',
    'jean_liu',
    'caixin',
    'scmp',
    'xinhua',
    'peoples_daily',
    'global_times',
    'epoch_times',
    'ntd',
    'cybersecurity_review_measures',
    'ant_ipo_suspension_2020',
    'alibaba_antitrust_fine_2021',
    'didi_cybersecurity_review_2021',
    'didi_fine_2022',
    'meituan_antitrust_fine_2021',
  ];

  it('holds every fact-sheet actor and the wider cast', () => {
    expect(factSheetActors).toHaveLength(51);
    const missing = [...factSheetActors, ...wider].filter((id) => !byId.has(id));
    expect(missing).toEqual([]);
  });

  it('gives every outlet its web domains', () => {
    const outlets = core.actors.filter((a) => a.kind === 'outlet');
    for (const outlet of outlets) expect(outlet.domains?.length, outlet.id).toBeGreaterThan(0);
    expect(get('caixin').domains).toEqual(
      expect.arrayContaining(['caixin.com', 'caixinglobal.com']),
    );
    expect(get('xinhua').domains).toEqual(expect.arrayContaining(['xinhuanet.com', 'news.cn']));
  });

  it('keeps "Bank of China" on the commercial bank only', () => {
    expect(aliasesFor('Bank of China').map((hit) => hit.actorId)).toEqual(['bank_of_china']);
    expect(get('bank_of_china').kind).toBe('company');
    // The longer PBoC name exists, so the matcher's longest match keeps it on the PBoC.
    expect(aliasesFor("People's Bank of China").map((hit) => hit.actorId)).toEqual(['pboc']);
  });

  it('guards "Ant" by case and by page', () => {
    const ant = aliasOf('ant', 'Ant');
    expect(ant.caseRule).toBe('sensitive');
    expect(ant.context?.pageMentionsAny).toEqual(
      expect.arrayContaining(['Ant Group', 'Alipay', 'Jack Ma', 'Huabei', '蚂蚁']),
    );
  });

  it('keeps "CAC" off the French CAC 40', () => {
    const cac = aliasOf('cac', 'CAC');
    expect(cac.caseRule).toBe('sensitive');
    expect(cac.context?.notFollowedBy).toEqual(
      expect.arrayContaining([' 40', '40', ' All-Tradable']),
    );
  });

  it.each([
    ['the central bank', ["People's Bank of China", 'PBoC', '人民银行', '央行']],
    ['central bank', ["People's Bank of China", 'PBoC', '人民银行', '央行']],
    ["China's central bank", ['China', 'Chinese', 'Beijing', 'PBoC', "People's Bank", '中国']],
  ])(
    'only takes "%s" for the PBoC on China pages and away from other central banks',
    (text, pageTerms) => {
      const rule = aliasOf('pboc', text).context;
      expect(rule?.pageMentionsAny).toEqual(expect.arrayContaining(pageTerms));
      expect(rule?.sentenceExcludes).toEqual(
        expect.arrayContaining([
          'European Central Bank',
          'ECB',
          'Federal Reserve',
          'the Fed',
          'Bank of England',
          'Bank of Japan',
          'eurozone',
        ]),
      );
    },
  );

  it('keeps Michael Bloomberg and his foundation away from the news agency', () => {
    const rule = aliasOf('bloomberg', 'Bloomberg').context;
    expect(rule?.notPrecededBy).toEqual(expect.arrayContaining(['Michael ', 'Mike ']));
    expect(rule?.notFollowedBy).toEqual(expect.arrayContaining([' Philanthropies']));
  });

  it('guards "JD" by case and by page', () => {
    const jd = aliasOf('jd', 'JD');
    expect(jd.caseRule).toBe('sensitive');
    expect(jd.context?.pageMentionsAny).toEqual(
      expect.arrayContaining([
        'JD.com',
        'Jingdong',
        '京东',
        'Richard Liu',
        'e-commerce',
        'retailer',
      ]),
    );
  });

  it('maps the source report\'s "debit" and "chant" only in quotes on Ant pages', () => {
    const debit = aliasOf('jiebei', '"debit"');
    const chant = aliasOf('huabei', '"chant"');
    for (const alias of [debit, chant]) {
      expect(alias.context?.pageMentionsAny).toEqual(expect.arrayContaining(['Ant Group']));
    }
    // The bare English words are never aliases of anything.
    expect(aliasesFor('debit')).toEqual([]);
    expect(aliasesFor('chant')).toEqual([]);
  });

  it("covers the source report's own wordings", () => {
    expect(aliasesFor("the Communist Party's central bank")[0]?.actorId).toBe('pboc');
    expect(aliasesFor('the credit center')[0]?.actorId).toBe('crc');
    expect(aliasesFor('national credit reporting system')[0]?.actorId).toBe('crc');
    expect(aliasesFor('Wall Street Journal')[0]?.actorId).toBe('wsj');
    expect(aliasesFor('Financial Times')[0]?.actorId).toBe('ft');
    expect(aliasesFor('Ant Group')[0]?.actorId).toBe('ant');
    expect(aliasesFor('Anti-Monopoly Guidelines for the Platform Economy')[0]?.actorId).toBe(
      'platform_aml_guidelines',
    );
  });

  it('marks acronyms case-sensitive and gives generic short ones a page rule', () => {
    const acronyms: [string, string][] = [
      ['pboc', 'PBoC'],
      ['cac', 'CAC'],
      ['samr', 'SAMR'],
      ['crc', 'CRC'],
      ['ft', 'FT'],
      ['wsj', 'WSJ'],
      ['ntd', 'NTD'],
      ['dsl', 'DSL'],
      ['pipl', 'PIPL'],
      ['csl', 'CSL'],
    ];
    for (const [id, text] of acronyms) expect(aliasOf(id, text).caseRule, text).toBe('sensitive');
    for (const [id, text] of [
      ['crc', 'CRC'],
      ['ft', 'FT'],
      ['crc', 'credit center'],
      ['samr', 'market regulator'],
    ] as const) {
      expect(aliasOf(id, text).context?.pageMentionsAny?.length, text).toBeGreaterThan(0);
    }
  });

  it('never aliases generic words', () => {
    for (const text of ['regulators', 'the company', 'the government', 'debit', 'chant', 'ant']) {
      const unguarded = aliasesFor(text).filter((hit) => !hit.alias.context);
      expect(unguarded, text).toEqual([]);
    }
  });

  it('writes pinyin with tone marks and no placeholder names', () => {
    for (const a of core.actors) {
      for (const name of Object.values(a.names))
        expect(name, a.id).not.toMatch(/unverified|unknown/i);
    }
    expect(get('pboc').names.pinyin).toBe('Zhōngguó Rénmín Yínháng');
  });
});
