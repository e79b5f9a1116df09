/**
 * The rules of an alias typed in the actor form's "Other names" box, one name a line: which
 * language it is in, and when it must match in capitals only.
 */
import type { Alias } from '@/lib/kb/schema';
import { entriesOf } from './record-form';
import { hasHan } from '@/lib/match/char-class';

const TONE_MARKED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/i;

/**
 * An alias from one line of the aliases box. A line that was already an alias keeps its rules
 * (case, context, note), so editing a bundled actor never loses what makes its aliases safe;
 * a new short all-capitals line is an acronym, which matches only in capitals ("CAC", not "cac").
 */
function aliasFromLine(text: string, previous: ReadonlyMap<string, Alias>): Alias {
  const kept = previous.get(text);
  if (kept) return kept;
  const lang = hasHan(text) ? 'zh' : TONE_MARKED.test(text) ? 'pinyin' : 'en';
  const acronym = /^[A-Z0-9&.-]{2,8}$/.test(text) && /[A-Z]/.test(text);
  return { text, lang, caseRule: acronym ? 'sensitive' : 'insensitive' };
}

/** The box's text for an actor's aliases. */
export function aliasLines(aliases: readonly Alias[]): string {
  return aliases.map((alias) => alias.text).join('\n');
}

/** The aliases the box holds, each line once; `before` are the actor's aliases until now. */
export function aliasesFromLines(text: string, before: readonly Alias[]): Alias[] {
  const previous = new Map(before.map((alias) => [alias.text, alias]));
  return entriesOf(text, '\n').map((line) => aliasFromLine(line, previous));
}
