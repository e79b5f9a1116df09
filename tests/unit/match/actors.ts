/**
 * Small actors shaped like the bundled dataset's, with the same trap rules, parsed by the
 * real schema so that defaults (case rule, empty lists) are the ones the matcher will see.
 */
import { actorSchema, type Actor, type ActorInput } from '../../../lib/kb/schema';

export const actor = (input: ActorInput): Actor => actorSchema.parse(input);

export const pboc = actor({
  id: 'pboc',
  kind: 'regulator',
  names: {
    en: "People's Bank of China",
    zh: '中国人民银行',
    zhHant: '中國人民銀行',
    pinyin: 'Zhongguo Renmin Yinhang',
  },
  aliases: [
    { text: 'PBoC', lang: 'en', caseRule: 'sensitive' },
    { text: 'PBOC', lang: 'en', caseRule: 'sensitive' },
    { text: '央行', lang: 'zh', context: { notPrecededBy: ['中'] } },
    {
      text: 'central bank',
      lang: 'en',
      context: {
        pageMentionsAny: ['China', 'Chinese', 'Beijing', 'PBoC', '中国'],
        sentenceExcludes: ['European Central Bank', 'ECB', 'Federal Reserve', 'eurozone'],
      },
    },
  ],
  summary: "China's central bank.",
});

export const boc = actor({
  id: 'boc',
  kind: 'company',
  names: { en: 'Bank of China', zh: '中国银行' },
  summary: 'A state-owned commercial bank; not the central bank.',
  cautions: ['Bank of China is not the PBoC'],
});

export const ant = actor({
  id: 'ant-group',
  kind: 'company',
  names: { en: 'Ant Group', zh: '蚂蚁集团' },
  aliases: [
    {
      text: 'Ant',
      lang: 'en',
      caseRule: 'sensitive',
      context: { pageMentionsAny: ['Ant Group', 'Alipay', 'Jack Ma', '蚂蚁'] },
    },
    { text: 'Ant Financial', lang: 'en', note: 'Name before 2020.' },
  ],
  summary: 'Fintech affiliate of Alibaba, operator of Alipay.',
});

export const cac = actor({
  id: 'cac',
  kind: 'regulator',
  names: { en: 'Cyberspace Administration of China', zh: '国家互联网信息办公室' },
  aliases: [
    { text: 'CAC', lang: 'en', caseRule: 'sensitive', context: { notFollowedBy: [' 40', '40'] } },
  ],
  summary: 'Internet regulator.',
});

export const bloomberg = actor({
  id: 'bloomberg',
  kind: 'outlet',
  names: { en: 'Bloomberg', zh: '彭博社' },
  aliases: [{ text: 'Bloomberg', lang: 'en', context: { notPrecededBy: ['Michael '] } }],
  summary: 'Financial news outlet.',
  domains: ['bloomberg.com'],
});

export const reuters = actor({
  id: 'reuters',
  kind: 'outlet',
  names: { en: 'Reuters', zh: '路透社' },
  summary: 'News agency.',
  domains: ['reuters.com', 'reuters.co.uk'],
});

export const jd = actor({
  id: 'jd',
  kind: 'company',
  names: { en: 'JD.com', zh: '京东' },
  aliases: [
    {
      text: 'JD',
      lang: 'en',
      caseRule: 'sensitive',
      context: { pageMentionsAny: ['JD.com', 'Jingdong', '京东', 'Richard Liu', 'e-commerce'] },
    },
  ],
  summary: 'E-commerce company.',
});

export const alibaba = actor({
  id: 'alibaba',
  kind: 'company',
  names: { en: 'Alibaba Group', zh: '阿里巴巴集团' },
  aliases: [
    { text: 'Alibaba', lang: 'en' },
    { text: '阿里巴巴', lang: 'zh' },
  ],
  summary: 'E-commerce group.',
});

export const tencent = actor({
  id: 'tencent',
  kind: 'company',
  names: { en: 'Tencent', zh: '腾讯' },
  summary: 'Internet group, operator of WeChat.',
});

export const jackMa = actor({
  id: 'jack-ma',
  kind: 'person',
  names: { en: 'Jack Ma', zh: '马云', pinyin: 'Ma Yun' },
  summary: 'Founder of Alibaba.',
});

export const all: Actor[] = [pboc, boc, ant, cac, bloomberg, reuters, jd, alibaba, tencent, jackMa];
