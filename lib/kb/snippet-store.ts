/**
 * The saved snippets in the background's database: every row is parsed by the snippet schema on
 * the way in and on the way out, so a damaged row is reported and skipped, never passed on.
 */
import type { RegLensDb } from './db';
import {
  snippetSchema,
  type Snippet,
  type SnippetEdit,
  type SnippetInput,
} from '../snippets/schema';
import { formatIssues } from './check';
import { hostOf } from '../url';

const warn = (problem: string) => console.warn(`[reglens/snippets] ${problem}`);

export class SnippetError extends Error {
  override name = 'SnippetError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

function parse(input: unknown): Snippet {
  const parsed = snippetSchema.safeParse(input);
  if (!parsed.success) throw new SnippetError(formatIssues(parsed.error.issues, input));
  return parsed.data;
}

function readRows(rows: readonly unknown[], report = warn): Snippet[] {
  const out: Snippet[] = [];
  for (const row of rows) {
    const parsed = snippetSchema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
    else {
      const id = (row as { id?: unknown })?.id;
      report(
        `skipped unreadable snippet ${String(id)}: ${formatIssues(parsed.error.issues).join('; ')}`,
      );
    }
  }
  return out;
}

export async function addSnippet(db: RegLensDb, input: SnippetInput): Promise<Snippet> {
  const snippet = parse(input);
  await db.snippets.add(snippet);
  return snippet;
}

/** Every snippet, newest first. */
export async function listSnippets(db: RegLensDb): Promise<Snippet[]> {
  return readRows(await db.snippets.orderBy('savedAt').reverse().toArray());
}

/**
 * Every host a saved snippet can be found under: its site and its canonical address's host. Read
 * from the two indexes alone (no row is read), to answer most pages without a query.
 */
export async function snippetHosts(db: RegLensDb): Promise<Set<string>> {
  const [sites, urls] = await Promise.all([
    db.snippets.orderBy('citation.site').uniqueKeys(),
    db.snippets.orderBy('citation.url').uniqueKeys(),
  ]);
  const hosts = new Set<string>();
  for (const site of sites) if (typeof site === 'string') hosts.add(site);
  for (const url of urls) {
    const host = typeof url === 'string' ? hostOf(url) : undefined;
    if (host !== undefined) hosts.add(host);
  }
  return hosts;
}

/**
 * The snippets saved from a page: by its canonical address or the address it was saved from.
 * Given `hosts` (snippetHosts), a page on no host there is answered without reading the table:
 * most pages a reader opens have no snippet, and this runs on every article's way to its marks.
 */
export async function snippetsForPage(
  db: RegLensDb,
  urls: readonly string[],
  hosts?: ReadonlySet<string>,
): Promise<Snippet[]> {
  const wanted = new Set(urls.filter(Boolean).map(withoutFragment));
  if (wanted.size === 0) return [];
  if (hosts && ![...wanted].some((url) => hosts.has(hostOf(url) ?? ''))) return [];
  const byCanonical = await db.snippets
    .where('citation.url')
    .anyOf([...wanted])
    .toArray();
  const found = new Map(readRows(byCanonical).map((s) => [s.id, s]));
  // The page address is not indexed: pages whose canonical address differs are few per site.
  for (const host of new Set([...wanted].map((url) => hostOf(url) ?? ''))) {
    const rows = await db.snippets.where('citation.site').equals(host).toArray();
    for (const snippet of readRows(rows)) {
      if (wanted.has(withoutFragment(snippet.citation.pageUrl))) found.set(snippet.id, snippet);
    }
  }
  return [...found.values()].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

export async function updateSnippet(
  db: RegLensDb,
  id: string,
  edit: SnippetEdit,
  now = new Date(),
): Promise<Snippet> {
  return db.transaction('rw', db.snippets, async () => {
    const row = await db.snippets.get(id);
    if (!row) throw new SnippetError([`no snippet "${id}"`]);
    const next = parse({ ...row, ...edit, updatedAt: now.toISOString() });
    await db.snippets.put(next);
    return next;
  });
}

/** Deletes snippets and answers them, so the library can put them back (undo). */
export async function deleteSnippets(db: RegLensDb, ids: readonly string[]): Promise<Snippet[]> {
  return db.transaction('rw', db.snippets, async () => {
    const rows = (await db.snippets.bulkGet([...ids])).filter((row) => row !== undefined);
    await db.snippets.bulkDelete([...ids]);
    return readRows(rows);
  });
}

/** Puts snippets back as they were (the undo of a delete); all or none. */
export async function restoreSnippets(
  db: RegLensDb,
  snippets: readonly unknown[],
): Promise<number> {
  const parsed = snippets.map(parse);
  await db.transaction('rw', db.snippets, () => db.snippets.bulkPut(parsed));
  return parsed.length;
}

function withoutFragment(url: string): string {
  return url.replace(/#.*$/s, '');
}
