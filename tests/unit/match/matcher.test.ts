import { describe, expect, it } from 'vitest';
import { createMatcher, type Mention } from '../../../lib/match';
import {
  actor,
  alibaba,
  all,
  ant,
  bloomberg,
  boc,
  cac,
  jackMa,
  jd,
  pboc,
  reuters,
  tencent,
} from './actors';

const matcher = createMatcher(all);

/** The mention expected for the `nth` occurrence of `slice` in `text`. */
const at = (text: string, actorId: string, slice: string, alias: string, nth = 0): Mention => {
  let start = -1;
  for (let k = 0; k <= nth; k++) {
    start = text.indexOf(slice, start + 1);
    if (start < 0) throw new Error(`"${slice}" is not ${nth + 1} times in the text`);
  }
  return { actorId, start, end: start + slice.length, text: slice, alias };
};

describe('createMatcher: normalisation', () => {
  it('matches a curly apostrophe against a straight one, with the page slice', () => {
    const text = 'The People’s Bank of China said.';
    expect(matcher.match(text)).toEqual([
      at(text, 'pboc', 'People’s Bank of China', "People's Bank of China"),
    ]);
  });

  it('matches a name with a no-break space inside', () => {
    const text = 'The People’s\u00A0Bank of China said.';
    expect(matcher.match(text)).toEqual([
      at(text, 'pboc', 'People’s\u00A0Bank of China', "People's Bank of China"),
    ]);
  });

  it('matches a name with a soft hyphen inside', () => {
    const text = 'Shares of Ali\u00ADbaba rose.';
    expect(matcher.match(text)).toEqual([at(text, 'alibaba', 'Ali\u00ADbaba', 'Alibaba')]);
  });

  it('matches a name broken across lines', () => {
    const text = "Officials at the People's Bank\nof China said.";
    expect(matcher.match(text)).toEqual([
      at(text, 'pboc', "People's Bank\nof China", "People's Bank of China"),
    ]);
  });

  it('matches full-width letters against a case-sensitive alias', () => {
    const text = '据ＰＢｏＣ消息';
    expect(matcher.match(text)).toEqual([at(text, 'pboc', 'ＰＢｏＣ', 'PBoC')]);
  });

  it('matches any case for an insensitive alias', () => {
    const text = 'shares in ant group and ANT GROUP fell';
    expect(matcher.match(text)).toEqual([
      at(text, 'ant-group', 'ant group', 'Ant Group'),
      at(text, 'ant-group', 'ANT GROUP', 'Ant Group'),
    ]);
  });

  it('rejects the wrong case for a sensitive alias', () => {
    expect(matcher.match('the pboc and Pboc said')).toEqual([]);
  });

  it('keeps offsets exact after earlier folded and dropped characters', () => {
    const text = '\u200B“Quote”\u00AD — \u3000 ＡＢ Tencent\r\n\r\nand 腾讯';
    expect(matcher.match(text)).toEqual([
      at(text, 'tencent', 'Tencent', 'Tencent'),
      at(text, 'tencent', '腾讯', '腾讯'),
    ]);
  });

  it('registers the Chinese names, simplified and traditional, but not pinyin', () => {
    const text = '中国人民银行和中國人民銀行, Zhongguo Renmin Yinhang, Ma Yun';
    expect(matcher.match(text)).toEqual([
      at(text, 'pboc', '中国人民银行', '中国人民银行'),
      at(text, 'pboc', '中國人民銀行', '中國人民銀行'),
    ]);
  });
});

describe('createMatcher: word boundaries', () => {
  const antPage = 'Ant Group is the subject. ';

  it('never matches "Ant" inside "Antarctica" or "pants"', () => {
    const text = `${antPage}Antarctica, pants, Ants, PAnt.`;
    expect(matcher.match(text)).toEqual([at(text, 'ant-group', 'Ant Group', 'Ant Group')]);
  });

  it('does not match "CAC" in "CACs"', () => {
    expect(matcher.match('Several CACs met.')).toEqual([]);
  });

  it('matches a Chinese alias inside unspaced Chinese text', () => {
    const text = '中国央行今天宣布';
    expect(matcher.match(text)).toEqual([at(text, 'pboc', '央行', '央行')]);
  });

  it('matches an English alias glued to Chinese characters', () => {
    const text = '据Bloomberg报道';
    expect(matcher.match(text)).toEqual([at(text, 'bloomberg', 'Bloomberg', 'Bloomberg')]);
  });

  it('accepts punctuation and possessives as boundaries', () => {
    const text = 'Tencent\'s results (Tencent) and "Tencent"-led deals';
    expect(matcher.match(text).map((m) => [m.actorId, m.start])).toEqual([
      ['tencent', 0],
      ['tencent', 19],
      ['tencent', 33],
    ]);
  });
});

describe('createMatcher: overlaps', () => {
  it('gives "People\'s Bank of China" to pboc, not to the Bank of China inside it', () => {
    const text = "The People's Bank of China and the Bank of China.";
    expect(matcher.match(text)).toEqual([
      at(text, 'pboc', "People's Bank of China", "People's Bank of China"),
      at(text, 'boc', 'Bank of China', 'Bank of China', 1),
    ]);
  });

  it('prefers "Ant Group" over "Ant" and "Ant Financial" over "Ant"', () => {
    const text = 'Ant Group, formerly Ant Financial, said Ant would list.';
    expect(matcher.match(text)).toEqual([
      at(text, 'ant-group', 'Ant Group', 'Ant Group'),
      at(text, 'ant-group', 'Ant Financial', 'Ant Financial'),
      at(text, 'ant-group', 'Ant', 'Ant', 2),
    ]);
  });

  it('prefers "JD.com" over the "JD" inside it', () => {
    const text = 'JD.com said JD would grow.';
    expect(matcher.match(text)).toEqual([
      at(text, 'jd', 'JD.com', 'JD.com'),
      at(text, 'jd', 'JD', 'JD', 1),
    ]);
  });

  it('lets the longer of two partly overlapping candidates win', () => {
    const m = createMatcher([
      actor({ id: 'a', kind: 'company', names: { en: 'Alpha Beta' }, summary: 'a' }),
      actor({ id: 'b', kind: 'company', names: { en: 'Beta Gamma Delta' }, summary: 'b' }),
    ]);
    const text = 'Alpha Beta Gamma Delta';
    expect(m.match(text)).toEqual([at(text, 'b', 'Beta Gamma Delta', 'Beta Gamma Delta')]);
  });
});

describe('createMatcher: many actors in one scan', () => {
  it('returns every mention of a mixed article, in order', () => {
    const text = [
      'BEIJING (Reuters) - China’s central bank, the PBoC, wants Ant Group, Tencent and JD.com',
      'to share consumer credit data, Bloomberg reported. The CAC said Alibaba founder Jack Ma',
      'was not involved; 央行 and 腾讯 declined to comment. The CAC 40 fell. Michael Bloomberg',
      'did not comment. Ant said the Bank of China was not party to it.',
    ].join('\n');
    expect(matcher.match(text)).toEqual([
      at(text, 'reuters', 'Reuters', 'Reuters'),
      at(text, 'pboc', 'central bank', 'central bank'),
      at(text, 'pboc', 'PBoC', 'PBoC'),
      at(text, 'ant-group', 'Ant Group', 'Ant Group'),
      at(text, 'tencent', 'Tencent', 'Tencent'),
      at(text, 'jd', 'JD.com', 'JD.com'),
      at(text, 'bloomberg', 'Bloomberg', 'Bloomberg'),
      at(text, 'cac', 'CAC', 'CAC'),
      at(text, 'alibaba', 'Alibaba', 'Alibaba'),
      at(text, 'jack-ma', 'Jack Ma', 'Jack Ma'),
      at(text, 'pboc', '央行', '央行'),
      at(text, 'tencent', '腾讯', '腾讯'),
      at(text, 'ant-group', 'Ant', 'Ant', 1),
      at(text, 'boc', 'Bank of China', 'Bank of China'),
    ]);
  });

  it('returns nothing for empty text or an empty knowledge base', () => {
    expect(matcher.match('')).toEqual([]);
    expect(createMatcher([]).match('The PBoC said.')).toEqual([]);
  });
});

describe('createMatcher: actors sharing an alias', () => {
  const exchange = actor({
    id: 'cac-exchange',
    kind: 'institution',
    names: { en: 'Euronext Paris' },
    aliases: [
      { text: 'CAC', lang: 'en', caseRule: 'sensitive', context: { pageMentionsAny: ['Paris'] } },
    ],
    summary: 'Not a regulator.',
  });
  const plain = actor({
    id: 'other-cac',
    kind: 'institution',
    names: { en: 'Other Council' },
    aliases: [{ text: 'CAC', lang: 'en', caseRule: 'sensitive' }],
    summary: 'Another CAC.',
  });

  it('gives the alias to the actor whose rules pass', () => {
    const m = createMatcher([exchange, cac]);
    expect(m.match('The CAC said.').map((x) => x.actorId)).toEqual(['cac']);
    expect(m.match('The CAC 40 rose.').map((x) => x.actorId)).toEqual([]);
    expect(m.match('In Paris, the CAC 40 rose.').map((x) => x.actorId)).toEqual(['cac-exchange']);
    // Both pass here and neither is named otherwise: dataset order decides.
    expect(m.match('In Paris, the CAC said.').map((x) => x.actorId)).toEqual(['cac-exchange']);
  });

  it('when both pass, prefers the actor the page names otherwise', () => {
    const m = createMatcher([plain, cac]);
    expect(m.match('The CAC said.').map((x) => x.actorId)).toEqual(['other-cac']);
    expect(
      m.match('The CAC said. The Cyberspace Administration of China agreed.').map((x) => x.actorId),
    ).toEqual(['cac', 'cac']);
  });

  it("counts the page's own outlet as mentioned", () => {
    const wire = actor({
      id: 'wire',
      kind: 'company',
      names: { en: 'Wire Corp' },
      aliases: [{ text: 'Reuters', lang: 'en' }],
      summary: 'A namesake.',
    });
    const m = createMatcher([wire, reuters]);
    expect(m.match('Reuters said.').map((x) => x.actorId)).toEqual(['wire']);
    expect(m.match('Reuters said.', { host: 'www.reuters.com' }).map((x) => x.actorId)).toEqual([
      'reuters',
    ]);
  });
});

describe('createMatcher: outletForHost', () => {
  const m = createMatcher([pboc, bloomberg, reuters, tencent]);

  it('finds the outlet for a host or any parent domain', () => {
    expect(m.outletForHost('www.bloomberg.com')).toBe('bloomberg');
    expect(m.outletForHost('bloomberg.com')).toBe('bloomberg');
    expect(m.outletForHost('WWW.Bloomberg.COM.')).toBe('bloomberg');
    expect(m.outletForHost('uk.news.reuters.co.uk')).toBe('reuters');
  });

  it('does not match look-alike or unknown hosts', () => {
    expect(m.outletForHost('notbloomberg.com')).toBeUndefined();
    expect(m.outletForHost('bloomberg.com.evil.example')).toBeUndefined();
    expect(m.outletForHost('com')).toBeUndefined();
    expect(m.outletForHost('')).toBeUndefined();
  });

  it('ignores domains on actors that are not outlets', () => {
    const odd = actor({
      id: 'odd',
      kind: 'company',
      names: { en: 'Odd' },
      summary: 'x',
      domains: ['odd.com'],
    });
    expect(createMatcher([odd]).outletForHost('odd.com')).toBeUndefined();
  });
});

describe('createMatcher: setup', () => {
  it('registers names and aliases once each, explicit aliases first', () => {
    const m = createMatcher([bloomberg, boc, jackMa, jd, alibaba, ant]);
    // bloomberg: Bloomberg (explicit, so the name is skipped), 彭博社; boc: 2 names;
    // jack-ma: 2 names; jd: JD, JD.com, 京东; alibaba: 2 aliases + 2 names; ant: 2 aliases + 2 names.
    expect(m.stats().aliases).toBe(2 + 2 + 2 + 3 + 4 + 4);
  });

  it("keeps an explicit alias's rules when the name has the same text", () => {
    const m = createMatcher([bloomberg]);
    expect(m.match('Michael Bloomberg spoke.')).toEqual([]);
  });
});
