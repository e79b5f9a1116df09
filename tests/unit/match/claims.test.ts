import { describe, expect, it } from 'vitest';
import { checkParsedDataset } from '../../../lib/kb/check';
import { claimSchema, datasetSchema, type Claim, type ClaimInput } from '../../../lib/kb/schema';
import { createMatcher } from '../../../lib/match';
import { createClaimMatcher, stem } from '../../../lib/match/claims';
import { figuresAgree, findFigures, parseFigure } from '../../../lib/match/numbers';
import { readCore } from '../kb/helpers';
import { heldOut, tuning, type LabelledSentence } from './claim-sentences';

const core = datasetSchema.parse(readCore());
const names = createMatcher(core.actors);
const claims = createClaimMatcher(core.claims);

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

interface Tally {
  truePositives: number;
  positives: number;
  predicted: number;
  errors: string[];
}

function evaluate(sentences: readonly LabelledSentence[]): Tally {
  const tally: Tally = { truePositives: 0, positives: 0, predicted: 0, errors: [] };
  for (const sentence of sentences) {
    const hits = claims.match(sentence.text, names.match(sentence.text));
    const got = hits[0]?.claimId ?? null;
    if (sentence.claim) tally.positives++;
    if (got) tally.predicted++;
    if (got && got === sentence.claim) tally.truePositives++;
    else if (got !== sentence.claim) {
      tally.errors.push(
        `expected ${sentence.claim ?? 'none'}, got ${got ?? 'none'}: ${sentence.text}`,
      );
    }
  }
  return tally;
}

const recall = (t: Tally) => t.truePositives / t.positives;
const precision = (t: Tally) => t.truePositives / t.predicted;

describe('the labelled sentences', () => {
  const all = [...tuning, ...heldOut];

  it('are enough of each kind, in both languages', () => {
    const positives = all.filter((s) => s.claim !== null);
    expect(positives.length).toBeGreaterThanOrEqual(80);
    expect(positives.filter((s) => hasHan(s.text)).length).toBeGreaterThanOrEqual(30);
    expect(all.filter((s) => s.claim === null).length).toBeGreaterThanOrEqual(80);
    expect(heldOut.filter((s) => s.claim !== null).length).toBeGreaterThanOrEqual(20);
    expect(heldOut.filter((s) => s.claim === null).length).toBeGreaterThanOrEqual(20);
    const ids = new Set(core.claims.map((c) => c.id));
    for (const s of positives) expect(ids.has(s.claim!), s.claim!).toBe(true);
    // Every bundled claim is retold at least twice.
    for (const id of ids)
      expect(positives.filter((s) => s.claim === id).length, id).toBeGreaterThanOrEqual(2);
  });

  it('name the actors they are labelled with, as the name matcher finds them', () => {
    for (const s of all) {
      const found = new Set(names.match(s.text).map((m) => m.actorId));
      for (const id of s.actors) expect(found.has(id), `${id} in: ${s.text}`).toBe(true);
    }
  });

  it('are recognised with recall and precision of at least 0.9, each retelling as its own claim', () => {
    const whole = evaluate(all);
    const held = evaluate(heldOut);
    console.log(
      `claim matcher, all ${all.length} sentences: recall ${recall(whole).toFixed(3)}, precision ${precision(whole).toFixed(3)}`,
    );
    console.log(
      `claim matcher, held-out ${heldOut.length} sentences: recall ${recall(held).toFixed(3)}, precision ${precision(held).toFixed(3)}`,
    );
    if (whole.errors.length > 0) console.log(whole.errors.join('\n'));
    expect(recall(whole)).toBeGreaterThanOrEqual(0.9);
    expect(precision(whole)).toBeGreaterThanOrEqual(0.9);
  });

  it('never give a retelling to another claim', () => {
    for (const s of all.filter((x) => x.claim !== null)) {
      const hits = claims.match(s.text, names.match(s.text));
      if (hits.length > 0) expect(hits[0]!.claimId, s.text).toBe(s.claim);
    }
  });
});

describe('createClaimMatcher on bundled claims', () => {
  const match = (text: string) => claims.match(text, names.match(text));

  it('does not take a sentence that only names a claim’s actors for the claim', () => {
    expect(match('Ant Group reported higher profits.')).toEqual([]);
    expect(match('蚂蚁集团、腾讯和京东今天发布了财报。')).toEqual([]);
  });

  it('gives each sentence of a text its own offsets and at most one claim', () => {
    const text =
      'Markets were calm on Monday. Alibaba was fined 18.2 billion yuan for forcing merchants to choose one of two platforms.\n\n' +
      'Ant Group reported higher profits. 蚂蚁集团同意将花呗和借呗的数据逐步接入征信中心。';
    const hits = match(text);
    expect(hits.map((h) => [h.claimId, text.slice(h.start, h.end)])).toEqual([
      [
        'cl17',
        'Alibaba was fined 18.2 billion yuan for forcing merchants to choose one of two platforms.',
      ],
      ['sr10', '蚂蚁集团同意将花呗和借呗的数据逐步接入征信中心。'],
    ]);
    for (const h of hits) {
      expect(h.score).toBeGreaterThan(0);
      expect(h.score).toBeLessThanOrEqual(1);
    }
  });

  it('reads an actor named in the sentence before, within the paragraph only', () => {
    const together =
      'Ant Group has been under pressure since its IPO was halted. It agreed to hand the identities, monthly borrowing and repayment records of its 500 million borrowers to a state database.';
    const apart = together.replace('halted. It', 'halted.\nIt');
    const second = (text: string) =>
      match(text).filter((h) => text.slice(h.start, h.end).startsWith('It'));
    expect(second(together).map((h) => h.claimId)).toEqual(['sr08']);
    expect(second(apart)).toEqual([]);
  });

  it('agrees numbers however they are written, and refuses other numbers', () => {
    const retell = (figure: string) =>
      match(
        `Ant Group agreed to give a state database data on the ${figure} borrowers it lends to.`,
      );
    for (const figure of [
      '500 million',
      '500m',
      'half a billion',
      'five hundred million',
      'roughly 500mn',
    ]) {
      expect(
        retell(figure).map((h) => h.claimId),
        figure,
      ).toEqual(['sr08']);
    }
    expect(retell('50 million')).toEqual([]);
    expect(
      match('蚂蚁集团同意向官方数据库提供约5亿借款人的身份和还款数据。').map((h) => h.claimId),
    ).toEqual(['sr08']);
    expect(match('蚂蚁集团同意向官方数据库提供约3亿借款人的身份和还款数据。')).toEqual([]);
    expect(match('阿里巴巴因“二选一”被罚182.28亿元。').map((h) => h.claimId)).toEqual(['cl17']);
    expect(match('阿里巴巴因“二选一”被罚28亿元。')).toEqual([]);
  });

  it('refuses a retelling whose predicate is negated', () => {
    expect(
      match(
        'Ant Group agreed to share its Huabei and Jiebei data with the Credit Reference Center step by step.',
      ).map((h) => h.claimId),
    ).toEqual(['sr10']);
    for (const negated of [
      'Ant Group did not agree to share its Huabei and Jiebei data with the Credit Reference Center step by step.',
      "Ant Group hasn't agreed to share its Huabei and Jiebei data with the Credit Reference Center.",
      'Ant Group never agreed to share its Huabei and Jiebei data with the Credit Reference Center.',
      '蚂蚁集团并未同意将花呗和借呗的数据逐步接入征信中心。',
      '蚂蚁集团拒绝将花呗和借呗的数据接入征信中心。',
    ]) {
      expect(match(negated), negated).toEqual([]);
    }
  });

  it('follows a claim whose own statement is negative (cl13: told platforms not to pass data directly)', () => {
    expect(
      match(
        "The PBoC's Credit Reference Center barred platforms from sending users' personal data directly to lenders.",
      ).map((h) => h.claimId),
    ).toEqual(['cl13']);
    expect(
      match('人民银行征信中心要求平台不得将个人信息直接提供给金融机构。').map((h) => h.claimId),
    ).toEqual(['cl13']);
    expect(
      match(
        "The PBoC's Credit Reference Center let platforms send users' personal data directly to lenders.",
      ),
    ).toEqual([]);
  });
});

/** A claim made by a user, with parts written as the schema takes them. */
function userClaim(
  input: Partial<ClaimInput> & Pick<ClaimInput, 'id' | 'statement' | 'actors'>,
): Claim {
  return claimSchema.parse({
    sources: [{ outlet: 'Example Daily', attribution: 'anonymous' }],
    status: 'reported',
    ...input,
  });
}

describe('createClaimMatcher on claims written for the test', () => {
  const acme = [{ actorId: 'acme', start: 0, end: 0 }];
  /** Mentions of "Acme" in the text, as the name matcher would give them. */
  const mentionsOf = (text: string) =>
    [...text.matchAll(/Acme|艾克米/g)].map((m) => ({
      ...acme[0]!,
      start: m.index,
      end: m.index + m[0].length,
    }));

  const sharing = userClaim({
    id: 'u1',
    statement: 'Acme agreed to share its customer data with the regulator.',
    actors: ['acme'],
    match: {
      terms: [
        { actors: ['acme'], required: true },
        { any: ['agree', 'consent', '同意'], weight: 2, required: true, polar: true },
        { any: ['share', 'hand over', '共享', '提供'], weight: 2, polar: true },
        { any: ['customer data', 'client data', '客户数据'], weight: 2 },
      ],
    },
  });
  const matcher = createClaimMatcher([sharing]);
  const match = (text: string) => matcher.match(text, mentionsOf(text)).map((h) => h.claimId);

  it('matches inflections, other orders and the other language', () => {
    expect(match('Acme has agreed to hand over client data.')).toEqual(['u1']);
    expect(match('Acme is agreeing to the sharing of customer data.')).toEqual(['u1']);
    expect(match('Customer data will be shared by Acme, which consented.')).toEqual(['u1']);
    expect(match('艾克米同意共享客户数据。')).toEqual(['u1']);
  });

  it('reads negation before the predicate, and double negation as none', () => {
    expect(match('Acme did not agree to share customer data.')).toEqual([]);
    expect(match("Acme didn't agree to share customer data.")).toEqual([]);
    expect(match('Acme refused to agree to share customer data.')).toEqual([]);
    expect(match('艾克米未同意共享客户数据。')).toEqual([]);
    expect(match('艾克米不同意共享客户数据。')).toEqual([]);
    // "not only" is no negation, and a negation in another clause does not reach the predicate.
    expect(match('Acme not only agreed to share customer data, it sped up.')).toEqual(['u1']);
    expect(match('艾克米不仅同意共享客户数据，还加快了进度。')).toEqual(['u1']);
    expect(match('Acme did not comment, but it agreed to share customer data.')).toEqual(['u1']);
  });

  it('keeps the polarity of a negative statement, double negation included', () => {
    const takeover = userClaim({
      id: 'u2',
      statement: 'Officials did not rule out taking over Acme’s data.',
      actors: ['acme'],
      match: {
        terms: [
          { actors: ['acme'], required: true },
          { any: ['take over', 'seize', '接管'], weight: 3, required: true, polar: true },
          { any: ['data', '数据'] },
        ],
      },
    });
    const m = createClaimMatcher([takeover]);
    const hit = (text: string) => m.match(text, mentionsOf(text)).map((h) => h.claimId);
    expect(hit('Officials may take over Acme data.')).toEqual(['u2']);
    expect(hit('Officials have not ruled out seizing Acme data.')).toEqual(['u2']);
    expect(hit('官方不排除接管艾克米的数据。')).toEqual(['u2']);
    expect(hit('Officials ruled out taking over Acme data.')).toEqual([]);
    expect(hit('Officials will not take over Acme data.')).toEqual([]);
  });

  it('works without terms, from the statement and its cues', () => {
    const bare = userClaim({
      id: 'u3',
      statement: 'Acme agreed to share its customer data with the regulator.',
      actors: ['acme'],
      cues: ['data-sharing pact'],
    });
    const m = createClaimMatcher([bare]);
    const hit = (text: string) => m.match(text, mentionsOf(text)).map((h) => h.claimId);
    expect(hit('Acme has agreed to share customer data with the regulator.')).toEqual(['u3']);
    expect(hit('The regulator and Acme signed a data-sharing pact on customer data.')).toEqual([
      'u3',
    ]);
    expect(hit('Acme reported higher profits.')).toEqual([]);
    expect(hit('Acme did not agree to share its customer data with the regulator.')).toEqual([]);
  });

  it('only reads sentences that name a claim actor or carry a cue', () => {
    expect(match('The firm agreed to share customer data.')).toEqual([]);
  });
});

describe('checking claims’ matching terms (kb:check)', () => {
  it('reports a figure the matcher cannot read and a term naming an unknown actor', () => {
    const claim = core.claims.find((c) => c.id === 'cl17')!;
    const broken = {
      ...core,
      claims: [
        {
          ...claim,
          match: {
            ...claim.match!,
            numbers: ['a lot of yuan', '18.228 billion yuan'],
            terms: [
              ...claim.match!.terms,
              { any: [], actors: ['no_such_actor'], weight: 1, required: false, polar: false },
            ],
          },
        },
      ],
    };
    const problems = checkParsedDataset(broken);
    expect(problems).toContain(
      'claim "cl17": match.numbers "a lot of yuan" is not read as one figure',
    );
    expect(problems).toContain('claim "cl17": match term names unknown actor "no_such_actor"');
    expect(problems.filter((p) => p.includes('18.228'))).toEqual([]);
    expect(checkParsedDataset(core).filter((p) => p.includes('match'))).toEqual([]);
  });
});

describe('figures', () => {
  const value = (text: string) => findFigures(text).map((f) => [f.kind, f.value]);

  it('reads the same figure written in different ways as one value', () => {
    for (const text of [
      '500 million',
      '500m',
      '500mn',
      'half a billion',
      'five hundred million',
      '5亿',
      '五亿',
    ]) {
      expect(value(text), text).toEqual([['amount', 5e8]]);
    }
    expect(value('18.228 billion yuan')).toEqual([['amount', 18.228e9]]);
    expect(value('182.28亿元')).toEqual([['amount', 18.228e9]]);
    expect(value('US$2.8bn')).toEqual([['amount', 2.8e9]]);
    expect(value('1.2万亿')).toEqual([['amount', 1.2e12]]);
  });

  it('tells amounts, counts, shares and ranks apart', () => {
    expect(value('13 platforms, thirteen firms, 十三家平台')).toEqual([
      ['count', 13],
      ['count', 13],
      ['count', 13],
    ]);
    expect(value('6.2% or 百分之六点二 or six percent')).toEqual([
      ['percent', 6.2],
      ['percent', 6.2],
      ['percent', 6],
    ]);
    expect(value('the second bureau, 第三家')).toEqual([
      ['ordinal', 2],
      ['ordinal', 3],
    ]);
  });

  it('leaves out dates, years, durations, order numbers and numerals inside words', () => {
    for (const text of [
      'on Nov. 3, 2020',
      'on 10 June 2021',
      'PBoC Order [2021] No. 4',
      '2021年7月1日',
      'three years later',
      '两个月后',
      '统一监管',
      '9988.HK',
      '5G network',
      'one of several options',
      'its largest shareholder, 第一大股东',
    ]) {
      expect(value(text), text).toEqual([]);
    }
  });

  it('lets a rounded figure agree with the exact one, and no further', () => {
    const claim = parseFigure('18.228 billion yuan')!;
    const agrees = (text: string) => figuresAgree(parseFigure(text)!, claim);
    expect(agrees('18.2 billion yuan')).toBe(true);
    expect(agrees('18 billion yuan')).toBe(true);
    expect(agrees('182亿元')).toBe(true);
    expect(agrees('19 billion yuan')).toBe(false);
    expect(agrees('17.2 billion yuan')).toBe(false);
    expect(figuresAgree(parseFigure('13')!, parseFigure('thirteen')!)).toBe(true);
    expect(figuresAgree(parseFigure('13')!, parseFigure('14')!)).toBe(false);
    // An amount never agrees with a count, nor a share with a rank.
    expect(figuresAgree(parseFigure('500 million')!, parseFigure('500')!)).toBe(false);
    expect(figuresAgree(parseFigure('2%')!, parseFigure('second')!)).toBe(false);
    expect(parseFigure('between 3 and 4 percent')).toBeUndefined();
  });

  it('keeps currencies apart when both figures name one', () => {
    const agree = (a: string, b: string) => figuresAgree(parseFigure(a)!, parseFigure(b)!);
    expect(agree('182.28亿元', '18.228 billion yuan')).toBe(true);
    expect(agree('28亿元', '$2.8 billion')).toBe(false);
    expect(agree('28亿美元', 'US$2.8bn')).toBe(true);
    expect(agree('2.8 billion', '$2.8 billion')).toBe(true);
    expect(parseFigure('HK$10 billion')!.currency).toBe('HKD');
  });
});

describe('stem', () => {
  it('brings inflections of a word together and keeps other words apart', () => {
    const same = [
      ['share', 'shares', 'shared', 'sharing'],
      ['agree', 'agrees', 'agreed', 'agreeing'],
      ['stop', 'stops', 'stopped', 'stopping'],
      ['control', 'controls', 'controlled', 'controlling'],
      ['company', 'companies'],
      ['deny', 'denied', 'denies'],
      ['fine', 'fines', 'fined'],
    ];
    for (const forms of same) expect(new Set(forms.map(stem)).size, forms.join()).toBe(1);
    expect(stem('finance')).not.toBe(stem('fine'));
    expect(stem('status')).toBe('status');
  });
});

describe('claim matching speed', () => {
  it('reads a 1 MB article with names on every line quickly, as it reads its sentences alone', () => {
    const all = [...tuning, ...heldOut];
    const alone = all.map((s) => claims.match(s.text, names.match(s.text))[0]?.claimId ?? null);
    const paragraphs: string[] = [];
    const expected: string[] = [];
    let length = 0;
    for (let i = 0; length < 1_000_000; i++) {
      const k = i % all.length;
      // A sentence without names follows each one, as most of an article names no one.
      const paragraph = `${all[k]!.text} The session ended without further remarks from anyone present.`;
      paragraphs.push(paragraph);
      length += paragraph.length + 1;
      if (alone[k]) expected.push(alone[k]);
    }
    const text = paragraphs.join('\n');
    const mentions = names.match(text);
    const started = performance.now();
    const hits = claims.match(text, mentions);
    const elapsed = performance.now() - started;
    console.log(
      `claim matcher: ${text.length} characters, ${mentions.length} mentions, ${hits.length} claim sentences in ${elapsed.toFixed(0)} ms`,
    );
    expect(hits.map((h) => h.claimId)).toEqual(expected);
  });
});
