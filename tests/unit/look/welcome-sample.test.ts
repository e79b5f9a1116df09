import { describe, expect, it } from 'vitest';
import core from '../../../assets/datasets/core.json';
import { annotateSample, sampleKnowledge, samplePassages } from '../../../lib/welcome-sample';

const annotated = annotateSample(samplePassages, sampleKnowledge(core));
const byLang = Object.fromEntries(annotated.map((p) => [p.lang, p]));
const said = (lang: 'en' | 'zh', span: { start: number; end: number }) =>
  byLang[lang]!.text.slice(span.start, span.end);

describe('the first-run sample', () => {
  it('is read in both languages', () => {
    expect(annotated.map((p) => p.lang)).toEqual(['en', 'zh']);
  });

  it('names actors of every kind the legend shows', () => {
    const kinds = new Set(annotated.flatMap((p) => p.names.map((n) => n.kind)));
    expect([...kinds].sort()).toEqual(
      ['company', 'event', 'institution', 'law', 'outlet', 'person', 'product', 'regulator'].sort(),
    );
    expect(byLang.en!.names.map((n) => said('en', n))).toContain("People's Bank of China");
    expect(byLang.zh!.names.map((n) => said('zh', n))).toEqual(
      expect.arrayContaining(['蚂蚁集团', '花呗', '中国人民银行征信中心', '马云']),
    );
  });

  it('finds a known claim retold in each language, with its grade', () => {
    expect(byLang.en!.claims.map((c) => c.claimId)).toContain('cl15');
    expect(byLang.zh!.claims.map((c) => c.claimId)).toEqual(['sr10']);
    for (const claim of annotated.flatMap((p) => p.claims)) {
      expect(claim.level).toMatch(/confirmed|strong|moderate|weak|unsupported/);
    }
  });

  it('marks how each language attributes its sentences', () => {
    for (const lang of ['en', 'zh'] as const) {
      expect(byLang[lang]!.cues.map((c) => c.kind).sort()).toEqual(
        ['anonymous', 'no-comment', 'official-document', 'other-outlet'].sort(),
      );
    }
    expect(byLang.zh!.cues.map((c) => said('zh', c))).toContain('知情人士');
  });
});
