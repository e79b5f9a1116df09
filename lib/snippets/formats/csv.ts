/**
 * CSV for spreadsheets (RFC 4180): a header row, one row per snippet, CRLF between records,
 * fields holding a comma, a double quote or a line break wrapped in double quotes with inner
 * quotes doubled. The text starts with a UTF-8 byte-order mark: without it Excel reads the file
 * in the system's legacy code page and Chinese comes out garbled.
 *
 * A quote or title that starts with "=", "+", "-", "@", a tab or a carriage return would be run
 * as a formula by spreadsheet programs (a page could plant one in a passage a researcher saves),
 * so such a field is written with a leading apostrophe, which spreadsheets show as plain text.
 */
import type { Snippet } from '../schema';
import {
  actorNames,
  calendarDate,
  claimLabels,
  siteLabel,
  type ExportContext,
} from './export-context';

export const CSV_COLUMNS = [
  'quote',
  'note',
  'tags',
  'title',
  'site',
  'authors',
  'published',
  'url',
  'saved',
  'actors',
  'claims',
  'id',
] as const;

/** Lists inside one cell (tags, authors, actors, claims) are joined with this. */
export const CSV_LIST_SEPARATOR = '; ';

const BYTE_ORDER_MARK = '\uFEFF';
const CRLF = '\r\n';

export function toCsv(snippets: readonly Snippet[], context: ExportContext): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const snippet of snippets) {
    const { citation } = snippet;
    const row: Record<(typeof CSV_COLUMNS)[number], string> = {
      quote: snippet.quote.exact,
      note: snippet.note,
      tags: snippet.tags.join(CSV_LIST_SEPARATOR),
      title: citation.title,
      site: siteLabel(snippet),
      authors: citation.authors.join(CSV_LIST_SEPARATOR),
      published: citation.published ?? '',
      url: citation.url,
      saved: calendarDate(snippet.savedAt),
      actors: actorNames(snippet, context).join(CSV_LIST_SEPARATOR),
      claims: claimLabels(snippet).join(CSV_LIST_SEPARATOR),
      id: snippet.id,
    };
    rows.push(CSV_COLUMNS.map((column) => row[column]));
  }
  return BYTE_ORDER_MARK + rows.map((row) => row.map(csvField).join(',')).join(CRLF) + CRLF;
}

/** One field: defused against formulas, then quoted when RFC 4180 requires it. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
