/**
 * What every export format is given besides the snippets, and the small readings of a snippet
 * that several formats share. Snippets hold actor and claim ids; a file a person reads names
 * them, so the caller, who has the knowledge base, lends the names.
 */
import type { GradeSnapshot, Snippet } from '../schema';

export interface ExportContext {
  /** The actor's display name, or undefined when the knowledge base no longer has it. */
  actorName(id: string): string | undefined;
  /** The claim's statement, or undefined when the knowledge base no longer has it. */
  claimStatement(id: string): string | undefined;
  /** When the export was made (ISO 8601 with offset). */
  exportedAt: string;
}

/** One export format: the snippets in, the file's text out. */
export type SnippetWriter = (snippets: readonly Snippet[], context: ExportContext) => string;

/** The names of the actors inside the quote, by id where the name is unknown. */
export function actorNames(snippet: Snippet, context: ExportContext): string[] {
  return snippet.actors.map((id) => context.actorName(id) ?? id);
}

/** A grade as researchers write it: the level, then source reliability and credibility ("B2"). */
export function gradeLabel(grade: GradeSnapshot): string {
  return `${grade.level}, ${grade.reliability}${grade.credibility}`;
}

/** Each claim inside the quote as "id (level, B2)", with its grade when it was saved. */
export function claimLabels(snippet: Snippet): string[] {
  return snippet.claims.map((id) => {
    const grade = snippet.grades[id];
    return grade ? `${id} (${gradeLabel(grade)})` : id;
  });
}

/** The publication's own name where the page gave one, else its host. */
export function siteLabel(snippet: Snippet): string {
  return snippet.citation.siteName ?? snippet.citation.site;
}

/**
 * The calendar date a moment was written with ("2024-01-02T23:30:00+08:00" is 2 January):
 * the day the researcher saw on their clock when saving.
 */
export function calendarDate(moment: string): string {
  return moment.slice(0, 10);
}

/** The numeric parts of an ISO 8601 date or moment: [year], [year, month] or [year, month, day]. */
export function dateParts(date: string): number[] {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!match) return [];
  return [match[1], match[2], match[3]].filter((p) => p !== undefined).map(Number);
}

/**
 * A personal name split the way reference managers store it. "Given Family" western names are
 * split at the last word, keeping lower-case particles ("van", "de") with the family name and
 * suffixes ("Jr.") apart; "Family, Given" is split at the comma. Names in Han characters,
 * single words and anything that does not look like a person's name (digits, many words) are
 * kept whole as a literal.
 */
export type SplitName = { family: string; given: string; suffix?: string } | { literal: string };

const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'del',
  'du',
  'la',
  'le',
  'bin',
  'al',
  'ter',
]);
const SUFFIXES = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;

export function splitName(name: string): SplitName {
  const text = name.replace(/\s+/g, ' ').trim();
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text)) {
    return { literal: text };
  }
  if (/[\d@/()]/.test(text)) return { literal: text };

  const comma = text.split(/\s*,\s*/);
  if (comma.length === 2 && comma[0] && comma[1] && !SUFFIXES.test(comma[1])) {
    return { family: comma[0], given: comma[1] };
  }

  let words = text.replace(/,/g, ' ').split(' ').filter(Boolean);
  let suffix: string | undefined;
  if (words.length > 2 && SUFFIXES.test(words.at(-1)!)) {
    suffix = words.at(-1)!;
    words = words.slice(0, -1);
  }
  if (words.length < 2 || words.length > 5) return { literal: text };
  if (!words.every((w) => /^[\p{L}][\p{L}\p{M}'’.-]*$/u.test(w))) return { literal: text };

  let familyStart = words.length - 1;
  while (familyStart > 1 && PARTICLES.has(words[familyStart - 1]!)) familyStart -= 1;
  const family = words.slice(familyStart).join(' ');
  const given = words.slice(0, familyStart).join(' ');
  return suffix === undefined ? { family, given } : { family, given, suffix };
}
