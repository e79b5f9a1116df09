/**
 * Unit tests read the same message files the build turns into `_locales/`, and choose the
 * reader's language the way the browser would: `useLocale('zh_CN')` in a test, English by default.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messageFrom, messagesOf, type Locale } from './chrome-messages';

export { messagesOf, type Locale };
export const LOCALES: readonly Locale[] = ['en', 'zh_CN'];

let current: Locale = 'en';

function getMessage(key: string, substitutions?: string | string[]): string {
  // The browser's predefined message: the locale whose messages are in use.
  if (key === '@@ui_locale') return current;
  return messageFrom([messagesOf(current), messagesOf('en')], key, substitutions);
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
