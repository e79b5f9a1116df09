/**
 * Attribution kinds: the labelled sentences per kind (recall and precision, with the held-out
 * quarter reported on its own), the look-alikes, the priority between kinds, quotations, the
 * offsets `find` gives, and the cue file's checks.
 */
import { describe, expect, it } from 'vitest';
import cueFile from '../../../assets/datasets/attribution-cues.json';
import {
  attributionCuesSchema,
  parseAttributionCues,
  type AttributionCues,
} from '../../../lib/kb/attribution-cues-schema';
import {
  ATTRIBUTION_KINDS,
  compileAttributionCues,
  type AttributionKind,
} from '../../../lib/match/attribution';
import { labelledSentences, type LabelledSentence } from './attribution-sentences';

const cues = parseAttributionCues(cueFile);
const classifier = compileAttributionCues(cues);
const kindOf = (text: string): AttributionKind | null => classifier.classify(text)?.kind ?? null;

interface KindScore {
  kind: AttributionKind;
  labelled: number;
  found: number;
  correct: number;
  recall: number;
  precision: number;
}

function score(set: readonly LabelledSentence[]): KindScore[] {
  const predicted = set.map((s) => kindOf(s.text));
  return ATTRIBUTION_KINDS.map((kind) => {
    const labelled = set.filter((s) => s.kind === kind).length;
    const found = predicted.filter((p) => p === kind).length;
    const correct = set.filter((s, i) => s.kind === kind && predicted[i] === kind).length;
    return {
      kind,
      labelled,
      found,
      correct,
      recall: labelled === 0 ? 1 : correct / labelled,
      precision: found === 0 ? 1 : correct / found,
    };
  });
}

function report(title: string, set: readonly LabelledSentence[]): KindScore[] {
  const scores = score(set);
  const lines = scores.map(
    (s) =>
      `  ${s.kind.padEnd(18)} recall ${s.recall.toFixed(2)} (${s.correct}/${s.labelled})` +
      `  precision ${s.precision.toFixed(2)} (${s.correct}/${s.found})`,
  );
  const wrong = set
    .map((s) => ({ s, got: kindOf(s.text) }))
    .filter(({ s, got }) => got !== s.kind)
    .map(({ s, got }) => `  expected ${s.kind ?? 'null'}, got ${got ?? 'null'}: ${s.text}`);
  console.log(
    [
      `${title} (${set.length} sentences)`,
      ...lines,
      ...(wrong.length ? ['misses:', ...wrong] : []),
    ].join('\n'),
  );
  return scores;
}

describe('the labelled set', () => {
  const positives = labelledSentences.filter((s) => s.kind !== null);
  const lookAlikes = labelledSentences.filter((s) => s.kind === null);

  it('is as large as promised: 60+ sentences, 20+ in Chinese, 6+ per kind in both languages, 20+ look-alikes', () => {
    expect(positives.length).toBeGreaterThanOrEqual(60);
    expect(positives.filter((s) => s.lang === 'zh').length).toBeGreaterThanOrEqual(20);
    expect(lookAlikes.length).toBeGreaterThanOrEqual(20);
    for (const kind of ATTRIBUTION_KINDS) {
      const ofKind = positives.filter((s) => s.kind === kind);
      expect(ofKind.length, kind).toBeGreaterThanOrEqual(6);
      expect(ofKind.some((s) => s.lang === 'en') && ofKind.some((s) => s.lang === 'zh'), kind).toBe(
        true,
      );
    }
    const heldOut = labelledSentences.filter((s) => s.heldOut).length;
    expect(heldOut / labelledSentences.length).toBeGreaterThan(0.2);
  });

  it('every kind reaches recall and precision of 0.9 over the whole set', () => {
    const scores = report('all sentences', labelledSentences);
    for (const s of scores) {
      expect(s.recall, `${s.kind} recall`).toBeGreaterThanOrEqual(0.9);
      expect(s.precision, `${s.kind} precision`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('reports each held-out batch on its own', () => {
    const batches = [...new Set(labelledSentences.map((s) => s.heldOut))].filter(
      (batch) => batch !== undefined,
    );
    expect(batches.length).toBeGreaterThan(0);
    for (const batch of batches.sort()) {
      const heldOut = labelledSentences.filter((s) => s.heldOut === batch);
      const scores = report(`held-out batch ${batch}`, heldOut);
      const correct = heldOut.filter((s) => kindOf(s.text) === s.kind).length;
      console.log(
        `held-out batch ${batch}: ${correct} of ${heldOut.length} right (${(correct / heldOut.length).toFixed(2)})`,
      );
      expect(scores.reduce((n, s) => n + s.labelled, 0)).toBe(
        heldOut.filter((s) => s.kind !== null).length,
      );
    }
  });

  it.each(lookAlikes.map((s) => [s.text]))('look-alike gets no kind: %s', (text) => {
    expect(classifier.classify(text)).toBeNull();
  });
});

describe('priority between kinds', () => {
  it.each<[string, AttributionKind]>([
    // A non-response names the company and often a spokesperson: it is still a non-response.
    ['A spokesman for Alibaba declined to comment on the fine.', 'no-comment'],
    ['蚂蚁集团相关负责人对此拒绝置评。', 'no-comment'],
    // Another outlet's report rests on its own sources: the writer's source is the outlet.
    [
      'According to a Reuters report citing people familiar with the matter, the fine was cut.',
      'other-outlet',
    ],
    ['路透社援引知情人士的话称，罚款金额已经下调。', 'other-outlet'],
    // A named official's words passed on by an unnamed attendee rest on the attendee.
    [
      'Guo told the meeting that fines would rise, according to a person who attended.',
      'anonymous',
    ],
    // A named executive on record is more specific than the company.
    ['Ant chairman Eric Jing said in a statement that the company would comply.', 'named-official'],
    // The company speaks through its statement: company-statement, not the document.
    ['Ant said in a statement posted on its website that it would comply.', 'company-statement'],
    ['阿里巴巴发布公告称，将全面配合调查。', 'company-statement'],
    // A state body speaking without a person's name is official.
    ['A spokesperson for the CSRC said the review would continue.', 'official-document'],
    ['证监会有关负责人表示，将继续推进注册制改革。', 'official-document'],
  ])('%s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });
});

describe('a classifier fresh from compiling', () => {
  it('reads a Chinese sentence first (its characters are looked up before any word is)', () => {
    const fresh = compileAttributionCues(cues);
    expect(fresh.classify('外交部发言人毛宁表示，中方反对。')?.kind).toBe('named-official');
    expect(fresh.classify('知情人士称，罚款金额已经确定。')?.kind).toBe('anonymous');
  });
});

describe('quotations and titles', () => {
  it('passes over a cue inside quotation marks and keeps one outside', () => {
    expect(kindOf('He wrote: "People familiar with the matter said nothing."')).toBeNull();
    expect(kindOf('"The rules are clear," people familiar with the matter said.')).toBe(
      'anonymous',
    );
    expect(kindOf('他在文章中写道：“据悉此事另有隐情”。')).toBeNull();
  });

  it('passes over a cue inside a 《title》 and keeps the title as a subject', () => {
    expect(kindOf('这本书名叫《知情人士》。')).toBeNull();
    expect(kindOf('《经济观察报》报道称，监管层已完成调查。')).toBe('other-outlet');
    expect(kindOf('《反垄断法》第二十二条规定，经营者不得滥用市场支配地位。')).toBe(
      'official-document',
    );
  });
});

describe('find', () => {
  it('gives each attributing sentence with its offsets and the cue inside it', () => {
    const parts = [
      'Ant Group delayed its listing. ',
      'People familiar with the matter said regulators were unhappy. ',
      'The weather was fine. ',
      '阿里巴巴回应称，将接受处罚。',
    ];
    const text = parts.join('');
    let at = 0;
    const spans = parts.map((p) => {
      const span = { start: at, end: at + p.length };
      at += p.length;
      return span;
    });
    const hits = classifier.find(text, spans);
    expect(hits.map((h) => [h.kind, h.start, h.end])).toEqual([
      ['anonymous', spans[1]!.start, spans[1]!.end],
      ['company-statement', spans[3]!.start, spans[3]!.end],
    ]);
    expect(text.slice(hits[0]!.cueStart, hits[0]!.cueEnd)).toBe('People familiar with');
    expect(text.slice(hits[1]!.cueStart, hits[1]!.cueEnd)).toBe('阿里巴巴回应称');
  });

  it('classifies every sentence of a 1 MB text (time printed, not asserted)', () => {
    const filler = 'The platform added new features for merchants in the spring. ';
    const sentences = [...labelledSentences.map((s) => s.text + ' '), filler, filler, filler];
    const expectedPerRound = sentences.filter((s) => classifier.classify(s) !== null).length;
    const parts: string[] = [];
    const spans: { start: number; end: number }[] = [];
    let length = 0;
    let rounds = 0;
    while (length < 1_000_000) {
      for (const s of sentences) {
        spans.push({ start: length, end: length + s.length });
        parts.push(s);
        length += s.length;
      }
      rounds += 1;
    }
    const text = parts.join('');
    const began = performance.now();
    const hits = classifier.find(text, spans);
    const ms = performance.now() - began;
    console.log(
      `attribution: ${spans.length} sentences, ${(text.length / 1e6).toFixed(2)} M characters, ${ms.toFixed(1)} ms`,
    );
    expect(hits).toHaveLength(expectedPerRound * rounds);
  });
});

describe('the cue file', () => {
  const copy = (): AttributionCues => structuredClone(cues);
  const problemsOf = (data: unknown): string => {
    try {
      parseAttributionCues(data);
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('parses with the schema', () => {
    expect(attributionCuesSchema.safeParse(cueFile).success).toBe(true);
    expect(cues.priority).toHaveLength(ATTRIBUTION_KINDS.length);
  });

  it('names a kind without Chinese cues', () => {
    const data = copy() as unknown as { kinds: Record<string, { zh?: string[] }> };
    delete data.kinds['vague']!.zh;
    expect(problemsOf(data)).toMatch(/kinds\.vague\.zh/);
  });

  it('names an unknown set, with the kind, language and pattern', () => {
    const data = copy();
    data.kinds.anonymous.en.push('@en.nosuchset said');
    const index = data.kinds.anonymous.en.length - 1;
    const message = problemsOf(data);
    expect(message).toContain(`kinds.anonymous.en.${index}`);
    expect(message).toContain('unknown set @en.nosuchset');
  });

  it('names an unclosed group and a misplaced gap', () => {
    const data = copy();
    data.kinds['no-comment'].en[0] = '(declined to comment';
    data.kinds['no-comment'].zh[0] = '~3 拒绝置评';
    const message = problemsOf(data);
    expect(message).toMatch(/kinds\.no-comment\.en\.0: .*"\(" is never closed/);
    expect(message).toMatch(/kinds\.no-comment\.zh\.0: .*a gap must sit between two parts/);
  });

  it('names a bad item inside a set and a set that uses itself', () => {
    const data = copy();
    data.sets['en.say']!.items.push('said (to');
    data.sets['loop.a'] = { items: ['@loop.b'] };
    data.sets['loop.b'] = { items: ['x @loop.a'] };
    data.kinds.vague.en.push('@loop.a');
    const message = problemsOf(data);
    expect(message).toContain('in set @en.say');
    expect(message).toContain('uses itself');
  });

  it('names a priority that misses a kind', () => {
    const data = copy();
    data.priority = data.priority.slice(1);
    expect(problemsOf(data)).toMatch(/priority: priority must list each kind once/);
  });

  it('refuses to compile a file that was never checked', () => {
    const data = copy();
    data.kinds.vague.zh = ['<Nonsense>'];
    expect(() => compileAttributionCues(data)).toThrow(
      /kinds\.vague\.zh\.0: .*unknown part <Nonsense>/,
    );
  });
});
