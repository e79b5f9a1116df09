import { afterEach, describe, expect, it } from 'vitest';
import { declareDocumentLanguage } from '@/lib/document-language';
import { useLocale } from '../../support/locale';

afterEach(() => useLocale('en'));

describe('the language a page declares', () => {
  it('is the language of the messages the browser picked', () => {
    useLocale('zh_CN');
    declareDocumentLanguage(document);
    expect(document.documentElement.lang).toBe('zh-CN');
    useLocale('en');
    declareDocumentLanguage(document);
    expect(document.documentElement.lang).toBe('en');
  });
});
