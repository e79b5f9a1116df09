/**
 * RegLens's own file: the snippets exactly as stored, under a format marker and a version, so
 * an import (lib/snippets/import.ts) gets back every field. Ids of actors and claims are kept
 * as ids: the file is for RegLens, which has the names.
 */
import type { Snippet } from '../schema';
import type { ExportContext } from './export-context';

export const SNIPPET_FILE_FORMAT = 'reglens-snippets';
/** The file version this RegLens writes and reads; a later change to the layout raises it. */
export const SNIPPET_FILE_VERSION = 1;

export interface SnippetFile {
  format: typeof SNIPPET_FILE_FORMAT;
  version: typeof SNIPPET_FILE_VERSION;
  exportedAt: string;
  snippets: Snippet[];
}

export function toReglensJson(snippets: readonly Snippet[], context: ExportContext): string {
  const file: SnippetFile = {
    format: SNIPPET_FILE_FORMAT,
    version: SNIPPET_FILE_VERSION,
    exportedAt: context.exportedAt,
    snippets: [...snippets],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
