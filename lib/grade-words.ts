/**
 * A grade's reasons in the reader's language, from the message files (`grade.reason.*`). The
 * grade itself is pure (lib/sourcing/grade.ts) and takes these words as a value.
 */
import type { AttributionKind } from './kb/schema';
import { t } from './i18n';
import { readerDate, readerLanguage, type ReaderLanguage } from './reader-language';
import type { ReasonKey, ReasonWords } from './sourcing/reason-words';

/** The message of each attribution kind, as it reads after "citing". */
export const attributionKeys = {
  'official-document': 'attribution.officialDocument',
  'named-official': 'attribution.namedOfficial',
  'company-statement': 'attribution.companyStatement',
  anonymous: 'attribution.anonymous',
  'citing-outlet': 'attribution.citingOutlet',
} as const satisfies Record<AttributionKind, string>;

export function attributionWord(kind: AttributionKind): string {
  return t(attributionKeys[kind]);
}

const chineseCounts = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const englishCounts = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
];

// The reason keys are checked against locales/en.yml by a unit test; t()'s types know only
// literal keys, so the one dynamic lookup goes through a plain signature.
const say = t as unknown as (key: string, values: Readonly<Record<string, string>>) => string;

export function readerReasonWords(language: ReaderLanguage = readerLanguage()): ReasonWords {
  return {
    say: (key: ReasonKey, values = {}) => say(`grade.reason.${key}`, values),
    count: (n) => (language === 'zh' ? chineseCounts[n] : englishCounts[n]) ?? String(n),
    date: (date) => readerDate(date, language),
    attribution: attributionWord,
    capitalize: language === 'en',
  };
}
