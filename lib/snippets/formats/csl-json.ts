/**
 * CSL-JSON, the item format of citation processors and reference managers (Zotero, Mendeley,
 * pandoc): one "article-newspaper" item per snippet, with the passage and the researcher's note
 * in the item's note, since CSL has no field for a quoted passage.
 */
import type { Snippet } from '../schema';
import {
  calendarDate,
  dateParts,
  siteLabel,
  splitName,
  type ExportContext,
  type SplitName,
} from './export-context';

export interface CslDate {
  'date-parts': [number[]];
}

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title': string;
  author?: SplitName[];
  issued?: CslDate;
  accessed: CslDate;
  URL: string;
  language?: string;
  note: string;
  keyword?: string;
}

export function toCslJson(snippets: readonly Snippet[], _context: ExportContext): string {
  return `${JSON.stringify(snippets.map(cslItem), null, 2)}\n`;
}

export function cslItem(snippet: Snippet): CslItem {
  const { citation } = snippet;
  const item: CslItem = {
    id: snippet.id,
    type: 'article-newspaper',
    title: citation.title,
    'container-title': siteLabel(snippet),
    accessed: cslDate(calendarDate(snippet.savedAt))!,
    URL: citation.url,
    note: snippetNote(snippet),
  };
  if (citation.authors.length > 0) item.author = citation.authors.map(splitName);
  const issued = citation.published === undefined ? undefined : cslDate(citation.published);
  if (issued) item.issued = issued;
  if (citation.language !== undefined) item.language = citation.language;
  if (snippet.tags.length > 0) item.keyword = snippet.tags.join(', ');
  return item;
}

function cslDate(date: string): CslDate | undefined {
  const parts = dateParts(date);
  return parts.length > 0 ? { 'date-parts': [parts] } : undefined;
}

/** The passage, then the researcher's note: what a reference manager shows as the item's note. */
export function snippetNote(snippet: Snippet): string {
  const quote = `Quote: “${snippet.quote.exact}”`;
  return snippet.note.trim() === '' ? quote : `${quote}\n\nNote: ${snippet.note}`;
}
