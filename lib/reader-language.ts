/**
 * The reader's language, decided in one place: the language of the messages the browser picked
 * for the extension (chrome.i18n chooses `_locales/<locale>` by the browser's language). Names from
 * the knowledge base and dates follow it, so a card never mixes a Chinese frame with English
 * names where Chinese ones are known.
 */
import { browser } from 'wxt/browser';
import { formatPartialDate } from './kb/dates';
import { t } from './i18n';

export type ReaderLanguage = 'en' | 'zh';

/** `@@ui_locale` answers with the locale whose messages are in use ("zh_CN", "en", "en_US"). */
export function readerLanguageOf(uiLocale: string): ReaderLanguage {
  return /^zh/i.test(uiLocale) ? 'zh' : 'en';
}

/**
 * The language of the messages the browser gives the extension, as their own `reader.language`
 * says: `@@ui_locale` can name the browser's region default (en_US) while the messages come from
 * zh_CN, so the messages themselves are asked.
 */
export function readerLanguage(): ReaderLanguage {
  return readerLanguageOf(t('reader.language') || browser.i18n.getMessage('@@ui_locale') || 'en');
}

/** The `lang` attribute of text written in the reader's language. */
export function readerLang(language: ReaderLanguage = readerLanguage()): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}

export interface NamesInLanguages {
  en: string;
  zh?: string | undefined;
}

/**
 * An actor's name as the reader reads it first: "蚂蚁集团 (Ant Group)" for a Chinese reader where
 * the knowledge base has a Chinese name, the English name otherwise.
 */
export function displayName(
  names: NamesInLanguages,
  language: ReaderLanguage = readerLanguage(),
): string {
  if (language === 'zh' && names.zh && names.zh !== names.en) return `${names.zh} (${names.en})`;
  return names.en;
}

/** The shortest name in the reader's language, for lists and sentences: "蚂蚁集团", "Ant Group". */
export function shortName(
  names: NamesInLanguages,
  language: ReaderLanguage = readerLanguage(),
): string {
  return language === 'zh' && names.zh ? names.zh : names.en;
}

/** A knowledge-base date ("2021-03-24") in the reader's words: "24 Mar 2021", "2021年3月24日". */
export function readerDate(date: string, language: ReaderLanguage = readerLanguage()): string {
  return formatPartialDate(date, language);
}

/** An extension page in the reader's language: its title and the language of its text. */
export function localizePage(doc: Document, title: string): void {
  doc.title = title;
  doc.documentElement.lang = readerLang();
}
