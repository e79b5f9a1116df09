import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '../../../lib/i18n';
import { LOCALES, messagesOf, useLocale } from '../../support/locale';

describe('message files', () => {
  it('have the same keys in every language, none of them empty', () => {
    const english = Object.keys(messagesOf('en')).sort();
    expect(english.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      const keys = Object.keys(messagesOf(locale)).sort();
      expect({ locale, missing: english.filter((key) => !keys.includes(key)) }).toEqual({
        locale,
        missing: [],
      });
      expect({ locale, extra: keys.filter((key) => !english.includes(key)) }).toEqual({
        locale,
        extra: [],
      });
      const empty = keys.filter((key) => !messagesOf(locale)[key]?.message.trim());
      expect({ locale, empty }).toEqual({ locale, empty: [] });
    }
  });

  it('give the reader the browser language, and survive a reset of the fake browser', () => {
    useLocale('zh_CN');
    fakeBrowser.reset();
    expect(t('extension.description')).toContain('离线');
    useLocale('en');
    expect(t('extension.description')).toContain('offline');
  });
});
