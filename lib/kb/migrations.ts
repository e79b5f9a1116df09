/**
 * How rows written by an older database version become rows of the current one. Dexie runs
 * these inside its upgrade transaction (lib/kb/db.ts); they are pure, so each is tested with
 * rows in and rows out (tests/unit/kb/migrations.test.ts).
 */
import { hostOf } from '../url';

const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;
const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * A version-1 snippet row (flat citation fields, `saved` in milliseconds, a position hint inside
 * the quote) as a version-2 row (lib/snippets/schema.ts). Fields it cannot read are left out
 * rather than invented; the row keeps its id, quote, note and tags whatever else is missing.
 */
export function migrateSnippetRowV1(row: Record<string, unknown>): Record<string, unknown> {
  const quote = (row.quote ?? {}) as Record<string, unknown>;
  const exact = asString(quote.exact) ?? '';
  const url = asString(row.url) ?? '';
  const savedMs = typeof row.saved === 'number' && Number.isFinite(row.saved) ? row.saved : 0;
  const savedAt = new Date(savedMs).toISOString();
  const citation: Record<string, unknown> = {
    url,
    pageUrl: url,
    title: asString(row.title) ?? '',
    site: hostOf(url) ?? asString(row.site) ?? '',
    authors: asStrings(row.author),
  };
  const site = asString(row.site);
  // Version 1 kept one "site" field, which some rows filled with the publication's name.
  if (site && site !== citation.site) citation.siteName = site;
  const published = asString(row.published);
  if (published) citation.published = published;

  const out: Record<string, unknown> = {
    id: row.id,
    quote: { exact, prefix: asString(quote.prefix) ?? '', suffix: asString(quote.suffix) ?? '' },
    citation,
    savedAt,
    updatedAt: savedAt,
    actors: asStrings(row.actors),
    claims: asStrings(row.claims),
    grades: {},
    note: asString(row.note) ?? '',
    tags: asStrings(row.tags),
  };
  if (typeof quote.start === 'number' && Number.isInteger(quote.start) && exact) {
    out.position = { start: quote.start, end: quote.start + exact.length };
  }
  return out;
}
