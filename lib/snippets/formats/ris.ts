/**
 * RIS, the tagged format every reference manager imports (Zotero, EndNote, Mendeley): one
 * NEWS record per snippet, lines of "XX  - value" ended with CRLF, a blank line between
 * records. Values are single lines, so line breaks in a passage or note become spaces.
 *
 * Authors are written "Family, Given" as the format asks, Chinese names as they are; PY holds
 * the year and DA the date as far as the page gave it ("2021/03/25/", "2021/03//").
 */
import type { Snippet } from '../schema';
import {
  calendarDate,
  dateParts,
  siteLabel,
  splitName,
  type ExportContext,
} from './export-context';

const CRLF = '\r\n';

export function toRis(snippets: readonly Snippet[], _context: ExportContext): string {
  return snippets.map(risRecord).join(CRLF);
}

function risRecord(snippet: Snippet): string {
  const { citation } = snippet;
  // No ID line: readers that follow the older RIS layout take a record with one for the old
  // tag set, where AB is a second note instead of the abstract.
  const lines: [string, string][] = [['TY', 'NEWS']];
  if (citation.title !== '') lines.push(['TI', citation.title]);
  lines.push(['T2', siteLabel(snippet)]);
  for (const author of citation.authors) lines.push(['AU', risName(author)]);
  const published = citation.published === undefined ? [] : dateParts(citation.published);
  if (published.length > 0) {
    lines.push(['PY', String(published[0])]);
    lines.push(['DA', risDate(published)]);
  }
  lines.push(['UR', citation.url]);
  if (citation.language !== undefined) lines.push(['LA', citation.language]);
  lines.push(['Y2', risDate(dateParts(calendarDate(snippet.savedAt)))]);
  lines.push(['AB', snippet.quote.exact]);
  if (snippet.note.trim() !== '') lines.push(['N1', snippet.note]);
  for (const tag of snippet.tags) lines.push(['KW', tag]);
  lines.push(['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}${CRLF}`).join('');
}

function risName(name: string): string {
  const split = splitName(name);
  if ('literal' in split) return split.literal;
  return split.suffix === undefined
    ? `${split.family}, ${split.given}`
    : `${split.family}, ${split.given}, ${split.suffix}`;
}

/** RIS dates are "YYYY/MM/DD/" with empty parts where the date is coarser: "2021/03//". */
function risDate(parts: readonly number[]): string {
  const [year, month, day] = parts;
  const two = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${year ?? ''}/${two(month)}/${two(day)}/`;
}

function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
