/**
 * The export formats, each listed once under the id the `snippets.export` message names it by,
 * with what a download needs (file extension, media type) and its writer.
 */
import type { Snippet } from '../schema';
import { toCslJson } from './csl-json';
import { toCsv } from './csv';
import type { ExportContext, SnippetWriter } from './export-context';
import { toReglensJson } from './json';
import { toMarkdown } from './markdown';
import { toRis } from './ris';
import { toWebAnnotation } from './web-annotation';

export type { ExportContext, SnippetWriter } from './export-context';

export interface ExportFormat {
  /** What the library's menu calls it. */
  label: string;
  extension: string;
  mediaType: string;
  write: SnippetWriter;
}

export const EXPORT_FORMAT_IDS = [
  'json',
  'csv',
  'markdown',
  'csl-json',
  'ris',
  'web-annotation',
] as const;
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];

export const EXPORT_FORMATS: Readonly<Record<ExportFormatId, ExportFormat>> = {
  json: {
    label: 'RegLens JSON',
    extension: 'json',
    mediaType: 'application/json',
    write: toReglensJson,
  },
  csv: { label: 'CSV (spreadsheet)', extension: 'csv', mediaType: 'text/csv', write: toCsv },
  markdown: { label: 'Markdown', extension: 'md', mediaType: 'text/markdown', write: toMarkdown },
  'csl-json': {
    label: 'CSL-JSON (Zotero, pandoc)',
    extension: 'json',
    mediaType: 'application/vnd.citationstyles.csl+json',
    write: toCslJson,
  },
  ris: {
    label: 'RIS (reference managers)',
    extension: 'ris',
    mediaType: 'application/x-research-info-systems',
    write: toRis,
  },
  'web-annotation': {
    label: 'W3C Web Annotation',
    extension: 'jsonld',
    mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    write: toWebAnnotation,
  },
};

/** The text of an export of `snippets` in `format`. */
export function exportSnippets(
  format: ExportFormatId,
  snippets: readonly Snippet[],
  context: ExportContext,
): string {
  return EXPORT_FORMATS[format].write(snippets, context);
}

/** A file name for a download: "reglens-snippets-2024-01-02.ris" ("-csl" tells the two JSONs apart). */
export function exportFileName(format: ExportFormatId, exportedAt: string): string {
  const day = exportedAt.slice(0, 10);
  const kind = format === 'csl-json' ? '-csl' : format === 'web-annotation' ? '-annotations' : '';
  return `reglens-snippets${kind}-${day}.${EXPORT_FORMATS[format].extension}`;
}
