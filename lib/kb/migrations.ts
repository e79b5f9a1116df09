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

/** The limits of the version-2 snippet schema (lib/snippets/schema.ts) a version-1 row may pass. */
const CONTEXT_MAX = 64;
const TITLE_MAX = 2000;
const SITE_MAX = 255;
const SITE_NAME_MAX = 500;
const AUTHOR_MAX = 500;
const TEXT_MAX = 50_000;
const TAG_MAX = 100;
const LIST_MAX = 100;
const IDS_MAX = 500;
const SNIPPET_ID = /^[A-Za-z0-9_-]{6,64}$/;

/**
 * A version-1 snippet row (flat citation fields, `saved` in milliseconds, a position hint inside
 * the quote) as a version-2 row (lib/snippets/schema.ts). Fields it cannot read are left out
 * rather than invented; the row keeps its id, quote, note and tags whatever else is missing.
 * Version 1 set fewer limits than version 2, so what the reader wrote is tidied to fit (blank
 * tags and authors dropped, tags trimmed) and only what no reader could have typed by hand is
 * clipped (context beyond 64 characters either side, titles over 2,000), so that no row becomes
 * one the library cannot read.
 */
export function migrateSnippetRowV1(row: Record<string, unknown>): Record<string, unknown> {
  const quote = (row.quote ?? {}) as Record<string, unknown>;
  const exact = (asString(quote.exact) ?? '').slice(0, TEXT_MAX);
  const url = asString(row.url) ?? '';
  const savedMs = typeof row.saved === 'number' ? row.saved : 0;
  // A time past what a Date can hold would make toISOString throw, and stop the whole upgrade.
  const saved = new Date(savedMs);
  const savedAt = (Number.isNaN(saved.getTime()) ? new Date(0) : saved).toISOString();
  const citation: Record<string, unknown> = {
    url,
    pageUrl: url,
    title: (asString(row.title) ?? '').slice(0, TITLE_MAX),
    site: hostOf(url) ?? (asString(row.site) ?? '').slice(0, SITE_MAX),
    authors: asStrings(row.author)
      .filter((author) => author.trim() !== '')
      .map((author) => author.slice(0, AUTHOR_MAX))
      .slice(0, LIST_MAX),
  };
  const site = asString(row.site);
  // Version 1 kept one "site" field, which some rows filled with the publication's name.
  if (site && site !== citation.site) citation.siteName = site.slice(0, SITE_NAME_MAX);
  const published = asString(row.published);
  if (published) citation.published = published;

  const tags = new Set<string>();
  for (const tag of asStrings(row.tags)) {
    const trimmed = tag.trim().slice(0, TAG_MAX).trim();
    if (trimmed !== '' && tags.size < LIST_MAX) tags.add(trimmed);
  }
  const out: Record<string, unknown> = {
    id: row.id,
    quote: {
      exact,
      // The context nearest the quote is what finds it again.
      prefix: (asString(quote.prefix) ?? '').slice(-CONTEXT_MAX),
      suffix: (asString(quote.suffix) ?? '').slice(0, CONTEXT_MAX),
    },
    citation,
    savedAt,
    updatedAt: savedAt,
    actors: asStrings(row.actors).slice(0, IDS_MAX),
    claims: asStrings(row.claims).slice(0, IDS_MAX),
    grades: {},
    note: (asString(row.note) ?? '').slice(0, TEXT_MAX),
    tags: [...tags],
  };
  if (
    typeof quote.start === 'number' &&
    Number.isInteger(quote.start) &&
    quote.start >= 0 &&
    exact
  ) {
    out.position = { start: quote.start, end: quote.start + exact.length };
  }
  return out;
}

/**
 * Every version-1 snippet row as a version-2 row, in the same order. Version 1 took any string
 * as an id; one that version 2 cannot hold ("a", "snip.1") gets "v1-" and its letters and digits,
 * made unique, so the snippet stays in the library instead of becoming a row nothing reads.
 */
export function migrateSnippetRowsV1(
  rows: readonly Record<string, unknown>[],
): Record<string, unknown>[] {
  const out = rows.map(migrateSnippetRowV1);
  const taken = new Set<string>();
  for (const row of out) {
    if (typeof row.id === 'string' && SNIPPET_ID.test(row.id)) taken.add(row.id);
  }
  for (const row of out) {
    if (typeof row.id === 'string' && SNIPPET_ID.test(row.id)) continue;
    const base = `v1-${String(row.id ?? '').replace(/[^A-Za-z0-9_-]/g, '_')}`.slice(0, 56);
    let id = base.length >= 6 ? base : base.padEnd(6, '_');
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`.padEnd(6, '_');
    taken.add(id);
    row.id = id;
  }
  return out;
}
