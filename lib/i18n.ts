/**
 * The one way to a string a reader sees: `t('popup.level')`. The messages live in
 * `locales/en.yml` and `locales/zh_CN.yml`; the build turns them into `_locales/`, and the
 * browser picks the reader's language.
 */
import { i18n } from '#i18n';

export const t = i18n.t;
