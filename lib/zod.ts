/**
 * The one place the project takes zod from. Extension pages, the service worker and content
 * scripts all forbid eval, so zod is told not to compile validators: otherwise its first parse
 * probes with `new Function`, which fails there anyway and costs a CSP violation report on every
 * page the annotator runs on.
 */
import { z } from 'zod';
import chinese from 'zod/v4/locales/zh-CN.js';
import english from 'zod/v4/locales/en.js';

z.config({ jitless: true });

/**
 * Zod's own problem messages ("expected string", "too small") in the reader's language; the
 * messages a schema writes itself stay as written.
 */
export function setZodLanguage(language: 'en' | 'zh'): void {
  z.config(language === 'zh' ? chinese() : english());
}

export { z };
