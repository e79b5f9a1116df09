/**
 * The messages the build turns into `_locales/`, read from the same `locales/*.yml` files, and the
 * way `chrome.i18n.getMessage` answers from them: for unit tests (tests/support/locale.ts) and for
 * the benchmark's pages, which are not extension pages and have no `chrome.i18n` of their own.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

export type Locale = 'en' | 'zh_CN';
export type ChromeMessages = Record<string, { message: string; placeholders?: unknown }>;

const cache = new Map<Locale, ChromeMessages>();

export function messagesOf(locale: Locale): ChromeMessages {
  let messages = cache.get(locale);
  if (!messages) {
    // Run from the project's root (Vitest, the benchmark); happy-dom gives import.meta.url no path.
    const file = resolve(process.cwd(), 'locales', `${locale}.yml`);
    messages = generateChromeMessages(parseMessagesText(readFileSync(file, 'utf8'), 'YAML'));
    cache.set(locale, messages);
  }
  return messages;
}

/**
 * A message with $1..$9 substituted as chrome.i18n.getMessage does for positional placeholders;
 * '' for a key none of `tables` has. Self-contained, so it can be sent into a page as source.
 */
export function messageFrom(
  tables: ChromeMessages[],
  key: string,
  substitutions?: string | string[],
): string {
  const entry = tables.map((table) => table[key]).find((found) => found !== undefined);
  if (!entry) return '';
  const subs =
    substitutions == null ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}
