/**
 * W3C Web Annotation (JSON-LD), for annotation servers and tools that speak the Web Annotation
 * Data Model: an AnnotationCollection whose first page holds one Annotation per snippet. The
 * target is the article's address with the passage as a TextQuoteSelector (exact text with
 * its prefix and suffix) and, when known, a TextPositionSelector; the note is a commenting
 * body and each tag a tagging body.
 *
 * Annotations need IRIs, and a snippet has only its id, so they are named
 * `urn:reglens:snippet:<id>` (the same snippet always gets the same IRI).
 */
import type { Snippet } from '../schema';
import type { ExportContext } from './export-context';

export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export function annotationIri(snippetId: string): string {
  return `urn:reglens:snippet:${snippetId}`;
}

export function toWebAnnotation(snippets: readonly Snippet[], context: ExportContext): string {
  // The export moment, reduced to letters and digits, names the collection and its page.
  const exportId = `urn:reglens:export:${context.exportedAt.replace(/[^0-9A-Za-z]/g, '')}`;
  const collection: Record<string, unknown> = {
    '@context': WEB_ANNOTATION_CONTEXT,
    id: exportId,
    type: 'AnnotationCollection',
    label: 'RegLens snippets',
    total: snippets.length,
  };
  if (snippets.length > 0) {
    collection.first = {
      id: `${exportId}:page:0`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: snippets.map(annotation),
    };
  }
  return `${JSON.stringify(collection, null, 2)}\n`;
}

function annotation(snippet: Snippet): Record<string, unknown> {
  const hasNote = snippet.note.trim() !== '';
  const body: Record<string, unknown>[] = [];
  if (hasNote) {
    body.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: snippet.note,
      format: 'text/plain',
    });
  }
  for (const tag of snippet.tags)
    body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });

  const quote: Record<string, unknown> = { type: 'TextQuoteSelector', exact: snippet.quote.exact };
  if (snippet.quote.prefix !== '') quote.prefix = snippet.quote.prefix;
  if (snippet.quote.suffix !== '') quote.suffix = snippet.quote.suffix;
  const selector: Record<string, unknown>[] = [quote];
  if (snippet.position) {
    selector.push({
      type: 'TextPositionSelector',
      start: snippet.position.start,
      end: snippet.position.end,
    });
  }

  const out: Record<string, unknown> = {
    id: annotationIri(snippet.id),
    type: 'Annotation',
    motivation: hasNote ? 'commenting' : 'highlighting',
    created: snippet.savedAt,
    modified: snippet.updatedAt,
  };
  if (body.length > 0) out.body = body;
  out.target = { source: snippet.citation.url, selector };
  return out;
}
