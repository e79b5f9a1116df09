import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '@/lib/kb/dates';
import { readerReasonWords } from '@/lib/grade-words';
import {
  displayName,
  readerLang,
  readerLanguage,
  readerLanguageOf,
  shortName,
} from '@/lib/reader-language';
import { englishReasonTemplates } from '@/lib/sourcing/reason-words';
import { claimSchema } from '@/lib/kb/schema';
import { gradeClaim } from '@/lib/sourcing/grade';
import { setZodLanguage, z } from '@/lib/zod';
import { messagesOf, useLocale } from '../../support/locale';

const ant = { en: 'Ant Group', zh: '蚂蚁集团' };

describe('the reader’s language', () => {
  it('follows the locale whose messages the browser uses', () => {
    expect(readerLanguageOf('zh_CN')).toBe('zh');
    expect(readerLanguageOf('zh-TW')).toBe('zh');
    expect(readerLanguageOf('en_US')).toBe('en');
    expect(readerLanguageOf('fr')).toBe('en');
    useLocale('zh_CN');
    expect(readerLanguage()).toBe('zh');
    expect(readerLang()).toBe('zh-CN');
    useLocale('en');
    expect(readerLanguage()).toBe('en');
  });

  it('names actors in the reader’s language first, where the knowledge base has it', () => {
    expect(displayName(ant, 'zh')).toBe('蚂蚁集团 (Ant Group)');
    expect(displayName(ant, 'en')).toBe('Ant Group');
    expect(displayName({ en: 'Reuters' }, 'zh')).toBe('Reuters');
    expect(shortName(ant, 'zh')).toBe('蚂蚁集团');
    useLocale('zh_CN');
    expect(displayName(ant)).toBe('蚂蚁集团 (Ant Group)');
  });

  it('writes knowledge-base dates as the reader does', () => {
    expect(formatPartialDate('2021-03-05', 'zh')).toBe('2021年3月5日');
    expect(formatPartialDate('2021-03', 'zh')).toBe('2021年3月');
    expect(formatPartialDate('2021', 'zh')).toBe('2021年');
    expect(formatPartialDate('2021-03-05')).toBe('5 Mar 2021');
  });
});

describe('the grade’s reasons', () => {
  it('have the same English in the code’s default and in the message files', () => {
    const en = messagesOf('en');
    for (const [key, template] of Object.entries(englishReasonTemplates)) {
      expect({ key, message: en[`grade_reason_${key}`]?.message }).toEqual({
        key,
        message: template,
      });
    }
  });

  it('read in Chinese for a Chinese reader, and the grade itself does not change', () => {
    const claim = claimSchema.parse({
      id: 'c',
      statement: 'A claim.',
      actors: ['pboc'],
      sources: [
        { outlet: 'bloomberg', attribution: 'anonymous', actorResponse: 'no-response' },
        { outlet: 'reuters', attribution: 'anonymous' },
        { outlet: 'Yahoo', attribution: 'citing-outlet', cites: 'bloomberg' },
      ],
      status: 'reported',
    });
    const names = { outletNames: (id: string) => id, actorName: () => '中国人民银行' };
    const english = gradeClaim(claim, names);
    useLocale('zh_CN');
    const chinese = gradeClaim(claim, { ...names, words: readerReasonWords() });
    expect(chinese.summary).toBe(
      '两家独立媒体（bloomberg和reuters）均援引匿名消息人士；Yahoo的转载不算独立媒体；中国人民银行未作回应。',
    );
    expect(english.summary).toBe(
      'Two independent outlets (bloomberg and reuters), both citing unnamed sources; a relay by Yahoo adds no independent outlet; 中国人民银行 did not respond.',
    );
    const { reasons: _r, summary: _s, ...gradeZh } = chinese;
    const { reasons: _re, summary: _se, ...gradeEn } = english;
    expect(gradeZh).toEqual(gradeEn);
  });
});

describe('zod’s own problem messages', () => {
  it('follow the reader’s language where pages and the background set it', () => {
    const problem = () => z.string().safeParse(3).error!.issues[0]!.message;
    try {
      setZodLanguage('zh');
      expect(problem()).toMatch(/[\u4e00-\u9fff]/);
    } finally {
      setZodLanguage('en');
    }
    expect(problem()).toMatch(/^Invalid input: expected string/);
  });
});
