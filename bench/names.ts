/**
 * The name sets the benchmark matches: the bundled knowledge base, and larger generated sets that
 * stand in for a knowledge base grown by imports. Generated sets are deterministic (a seeded
 * generator), so two runs, or two machines, measure exactly the same names.
 */
import type { Actor } from '../lib/kb/schema';
import { random } from './random.mjs';

export type NameSetId = 'kb' | '1k' | '10k' | '100k';

export const generatedSizes: Readonly<Record<Exclude<NameSetId, 'kb'>, number>> = {
  '1k': 1_000,
  '10k': 10_000,
  '100k': 100_000,
};

/**
 * Every string the matcher registers for these actors: the aliases, plus the English, Chinese and
 * traditional Chinese names (pinyin is left out, as lib/match/matcher.ts leaves it out). mark.js and
 * the regular expression get exactly this list, so all three look for the same names.
 */
export function namesOf(actors: readonly Actor[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (text: string | undefined) => {
    const trimmed = text?.trim();
    if (!trimmed || seen.has(trimmed)) return;
    seen.add(trimmed);
    out.push(trimmed);
  };
  for (const actor of actors) {
    for (const alias of actor.aliases) add(alias.text);
    add(actor.names.en);
    add(actor.names.zh);
    add(actor.names.zhHant);
  }
  return out;
}

// Pinyin syllables and Han characters of the kind company, product and person names are made of,
// so generated names look like real ones to the automaton (shared prefixes, common first letters)
// and to a regular expression engine (no artificially rare characters).
const SYLLABLES =
  'an ba bai bao bei ben bo cai chang chen cheng chuang da dao de ding dong du fang fei feng fu gao guang guo hai han hang hao he heng hong hua huan hui ji jia jian jiang jin jing jun kai kang ke kun lan lang le li lian liang lin ling long lu ma mei meng min ming na ning pan peng ping qi qian qiang qing rong rui sen shan shang sheng shi shu shun si song tai tan tang tian ting tong wan wei wen xiang xiao xin xing xu ya yan yang yao yi yin ying yong you yu yuan yun ze zhan zhang zhao zhen zheng zhi zhong zhou zhu'.split(
    ' ',
  );
const SURNAMES =
  'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Jiang Cai Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao'.split(
    ' ',
  );
const SUFFIXES =
  'Technology|Technologies|Holdings|Group|Capital|Network|Networks|Data|Cloud|Bank|Securities|Media|Semiconductor|Electronics|Payments|Finance|Insurance|Logistics|Games|Interactive|Software|Intelligence|Robotics|Motors|Pharma|Commerce|Digital|Information Technology|Internet|Ventures'.split(
    '|',
  );
const HAN =
  '华信科技中国数据网络云智能金融银行集团控股安联达通宝新盛海天腾飞百度阿里京东美团字节滴快手拼多小米联想中兴光明东方长城星辰未来创世纪恒瑞泰和平安蚂蚁支付宝微众网商浙江深圳北京上海广州杭州成都武汉南京苏州'.split(
    '',
  );
const HAN_SUFFIXES = [
  '科技',
  '集团',
  '控股',
  '银行',
  '网络',
  '数据',
  '信息技术',
  '金融',
  '证券',
  '传媒',
];

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)]!;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * `count` distinct names: the real ones first (so pages have hits, and the knowledge base's own
 * names are part of every set), then generated ones until the count is reached. About one in
 * seven generated names is Chinese, a share like the knowledge base's own.
 */
export function generateNames(count: number, real: readonly string[], seed = 20210325): string[] {
  const next = random(seed ^ count);
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (name: string) => {
    if (out.length >= count || seen.has(name)) return;
    seen.add(name);
    out.push(name);
  };
  for (const name of real) add(name);
  while (out.length < count) {
    const r = next();
    if (r < 0.14) {
      let name = '';
      const len = 2 + Math.floor(next() * 3);
      for (let i = 0; i < len; i++) name += pick(next, HAN);
      add(name + pick(next, HAN_SUFFIXES));
    } else if (r < 0.4) {
      // A person: surname and a one- or two-syllable given name ("Zhang Xiaoming").
      const given = pick(next, SYLLABLES) + (next() < 0.7 ? pick(next, SYLLABLES) : '');
      add(`${pick(next, SURNAMES)} ${capitalise(given)}`);
    } else {
      // A company or product: two or three syllables as one word, often with a suffix.
      const syllables = 2 + Math.floor(next() * 2);
      let word = '';
      for (let i = 0; i < syllables; i++) word += pick(next, SYLLABLES);
      // Short bare words ("Like", "Side") would be ordinary English, not names: they get a suffix.
      const suffix = word.length < 7 || next() < 0.7 ? ` ${pick(next, SUFFIXES)}` : '';
      add(capitalise(word) + suffix);
    }
  }
  return out;
}

/**
 * Actors the matcher can take for generated names: one plain actor per name, no rules. The real
 * actors come first and keep their case and context rules.
 */
export function actorsFor(real: readonly Actor[], names: readonly string[]): Actor[] {
  const known = new Set(namesOf(real));
  const out: Actor[] = [...real];
  names.forEach((name, i) => {
    if (known.has(name)) return;
    out.push({
      id: `gen_${i}`,
      kind: 'company',
      names: { en: name },
      aliases: [],
      summary: 'Generated for the benchmark.',
      relations: [],
    });
  });
  return out;
}
