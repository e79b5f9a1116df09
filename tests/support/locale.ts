/**
 * Unit tests read the same message files the build turns into `_locales/`, and choose the
 * reader's language the way the browser would: `useLocale('zh_CN')` in a test, English by default.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

export type Locale = 'en' | 'zh_CN';
export const LOCALES: readonly Locale[] = ['en', 'zh_CN'];

const cache = new Map<Locale, Record<string, { message: string; placeholders?: unknown }>>();

export function messagesOf(locale: Locale) {
  let messages = cache.get(locale);
  if (!messages) {
    // Vitest runs from the project's root; happy-dom gives import.meta.url no file path.
    const file = resolve(process.cwd(), 'locales', `${locale}.yml`);
    messages = generateChromeMessages(parseMessagesText(readFileSync(file, 'utf8'), 'YAML'));
    cache.set(locale, messages);
  }
  return messages;
}

let current: Locale = 'en';

/** Substitutes $1..$9 the way chrome.i18n.getMessage does for positional placeholders. */
function getMessage(key: string, substitutions?: string | string[]): string {
  // The browser's predefined message: the locale whose messages are in use.
  if (key === '@@ui_locale') return current;
  const entry = messagesOf(current)[key] ?? messagesOf('en')[key];
  if (!entry) return '';
  const subs =
    substitutions == null ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

export function useLocale(locale: Locale): void {
  current = locale;
  const i18n = fakeBrowser.i18n as unknown as {
    getMessage: typeof getMessage;
    getUILanguage: () => string;
  };
  i18n.getMessage = getMessage;
  i18n.getUILanguage = () => (locale === 'zh_CN' ? 'zh-CN' : 'en');
}
