/**
 * The extension's pages declare the language they are written in: that of the messages the
 * browser picked for them, which each message file names (`walk.pageLanguage`), so a screen
 * reader reads them in the right voice and the browser picks fitting fonts. The file's own word is
 * used rather than `@@ui_locale` or `getUILanguage()`, which were seen to disagree with the
 * messages in use (a Chinese browser answering en_US). The pages' HTML says "en" until this runs.
 */
import { t } from './i18n';

export function declareDocumentLanguage(doc: Document = document): void {
  doc.documentElement.lang = t('walk.pageLanguage') || 'en';
}
