/**
 * Reading a RegLens snippet file back (the one formats/json.ts writes): everything is checked
 * before anything is saved, and every problem is said with where it is. Then `planImport`
 * decides, against the snippets already saved, which to add and which to skip and why.
 * Pure, so the library page can check a file before sending it to the background.
 */
import { formatIssues } from '../kb/check';
import { describeJsonType, readJsonText } from '../kb/dataset-file';
import { forbiddenKeyPaths } from '../kb/forbidden-keys';
import { z } from '../zod';
import { SNIPPET_FILE_FORMAT, SNIPPET_FILE_VERSION } from './formats/json';
import { snippetSchema, type Snippet } from './schema';

/**
 * The largest file an import reads. 10,000 snippets with long quotes and notes come to a few
 * megabytes; 50 MB leaves room for very large libraries while keeping a mistaken pick (a video,
 * a database dump) from freezing the background while it parses.
 */
export const MAX_SNIPPET_FILE_BYTES = 50 * 1024 * 1024;

/** More problems than this are summarised: nobody reads the 500th line of the same mistake. */
const MAX_REPORTED = 50;

export type ParseSnippetFileResult =
  { ok: true; snippets: Snippet[] } | { ok: false; problems: string[] };

export interface ParseSnippetFileOptions {
  /** The largest file accepted, in UTF-8 bytes; MAX_SNIPPET_FILE_BYTES unless said. */
  maxBytes?: number;
}

const snippetFileSchema = z
  .object({
    format: z.literal(SNIPPET_FILE_FORMAT),
    version: z.literal(SNIPPET_FILE_VERSION),
    exportedAt: z.iso.datetime({ offset: true }).optional(),
    snippets: z.array(snippetSchema),
  })
  .strict();

/**
 * Checks a snippet file completely and returns its snippets, or every problem found: size,
 * JSON syntax (with line and column), forbidden keys, the format marker and version (a file
 * from a newer RegLens is refused with a word on why), each snippet by the schema with its
 * path (`snippets[3].citation.url: Invalid URL`), and ids used twice.
 */
export function parseSnippetFile(
  text: string,
  options: ParseSnippetFileOptions = {},
): ParseSnippetFileResult {
  const maxBytes = options.maxBytes ?? MAX_SNIPPET_FILE_BYTES;
  const read = readJsonText(text, maxBytes, 'a snippet file');
  if (!read.ok) return fail([read.problem]);
  const data = read.data;

  const forbidden = forbiddenKeyPaths(data, MAX_REPORTED);
  if (forbidden.length > 0) {
    return fail(forbidden.map((path) => `${path}: this key is not allowed in a snippet file.`));
  }

  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail([
      `The file holds ${describeJsonType(data)}, but a snippet file is a JSON object with "format": "${SNIPPET_FILE_FORMAT}", "version" and "snippets".`,
    ]);
  }
  const file = data as Record<string, unknown>;
  const envelope = envelopeProblem(file);
  if (envelope !== undefined) return fail([envelope]);

  const parsed = snippetFileSchema.safeParse(file);
  if (!parsed.success) return fail(formatIssues(parsed.error.issues, file));

  const problems = duplicateIds(parsed.data.snippets);
  if (problems.length > 0) return fail(problems);
  return { ok: true, snippets: parsed.data.snippets };
}

/** What is wrong with the format marker or version, said before any snippet is looked at. */
function envelopeProblem(file: Record<string, unknown>): string | undefined {
  const { format, version } = file;
  if (format !== SNIPPET_FILE_FORMAT) {
    if (format === undefined && Array.isArray(file.actors)) {
      return 'This is a knowledge-base dataset, not a snippet file: import it on the knowledge base page.';
    }
    const found = format === undefined ? 'missing' : JSON.stringify(format);
    return `format: ${found}; a RegLens snippet file has "format": "${SNIPPET_FILE_FORMAT}".`;
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > SNIPPET_FILE_VERSION) {
    return `version: this file is version ${version} of the snippet format, written by a newer RegLens; this RegLens reads version ${SNIPPET_FILE_VERSION}. Update RegLens to import it.`;
  }
  if (version !== SNIPPET_FILE_VERSION) {
    const found = version === undefined ? 'missing' : JSON.stringify(version);
    return `version: ${found}; this RegLens reads snippet files of version ${SNIPPET_FILE_VERSION}.`;
  }
  if (!Array.isArray(file.snippets)) {
    return `snippets: ${file.snippets === undefined ? 'missing' : describeJsonType(file.snippets)}; a snippet file holds its snippets in a list.`;
  }
  return undefined;
}

function duplicateIds(snippets: readonly Snippet[]): string[] {
  const firstIndex = new Map<string, number>();
  const problems: string[] = [];
  snippets.forEach((snippet, index) => {
    const first = firstIndex.get(snippet.id);
    if (first === undefined) firstIndex.set(snippet.id, index);
    else
      problems.push(`snippets[${index}].id: "${snippet.id}" is also the id of snippets[${first}].`);
  });
  return problems;
}

function fail(problems: string[]): ParseSnippetFileResult {
  if (problems.length <= MAX_REPORTED) return { ok: false, problems };
  const shown = problems.slice(0, MAX_REPORTED);
  shown.push(`... and ${problems.length - MAX_REPORTED} more problems.`);
  return { ok: false, problems: shown };
}

/** The size of `text` in UTF-8, counted without encoding it (the file may be huge). */

// ---------------------------------------------------------------------------------------------
// Planning an import

export interface ImportPlan {
  add: Snippet[];
  skip: { id: string; reason: string }[];
}

/**
 * Which incoming snippets to add: a snippet is skipped when one with its id is already saved,
 * or when the same passage (quote and address) is already saved or came earlier in the file.
 */
export function planImport(
  existing: ReadonlyMap<string, Snippet>,
  incoming: readonly Snippet[],
): ImportPlan {
  const savedPassages = new Map<string, string>();
  for (const snippet of existing.values()) {
    const key = passageKey(snippet);
    if (!savedPassages.has(key)) savedPassages.set(key, snippet.id);
  }
  const filePassages = new Map<string, string>();
  const plan: ImportPlan = { add: [], skip: [] };
  for (const snippet of incoming) {
    const key = passageKey(snippet);
    const saved = savedPassages.get(key);
    const earlier = filePassages.get(key);
    if (existing.has(snippet.id)) {
      plan.skip.push({ id: snippet.id, reason: 'a snippet with this id is already saved' });
    } else if (saved !== undefined) {
      plan.skip.push({
        id: snippet.id,
        reason: `the same passage of ${snippet.citation.url} is already saved as snippet "${saved}"`,
      });
    } else if (earlier !== undefined) {
      plan.skip.push({
        id: snippet.id,
        reason: `the same passage of ${snippet.citation.url} comes earlier in the file as snippet "${earlier}"`,
      });
    } else {
      filePassages.set(key, snippet.id);
      plan.add.push(snippet);
    }
  }
  return plan;
}

/** What an import did, in one sentence for the library page. */
export function describeImport(plan: ImportPlan): string {
  const count = (n: number) => `${n} snippet${n === 1 ? '' : 's'}`;
  const added = `Added ${count(plan.add.length)}`;
  if (plan.skip.length === 0) return `${added}.`;
  return `${added}; skipped ${count(plan.skip.length)} already in the library or repeated in the file.`;
}

/** A passage's identity: its address without a fragment and its quote with spaces collapsed. */
function passageKey(snippet: Snippet): string {
  let url = snippet.citation.url;
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    url = parsed.href;
  } catch {
    // A stored snippet's address was checked when it was saved; compare it as written.
  }
  return `${url}\n${snippet.quote.exact.replace(/\s+/g, ' ').trim()}`;
}
