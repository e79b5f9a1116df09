/**
 * Reading a dataset file a person wrote or exported: JSON syntax, the schema, and the references
 * between records, each problem said in words with where it is. Pure (no database, no browser)
 * so the knowledge-base page can check a file's size before sending it, and scripts can share it.
 */
import { formatIssues, qualityProblems, structuralProblems } from './check';
import { forbiddenKeyPaths } from './forbidden-keys';
import { datasetSchema, type Dataset } from './schema';

/**
 * The largest file an import accepts. The bundled dataset is well under 1 MB; 20 MB leaves room
 * for large research datasets while keeping a mistaken pick (a video, a database dump) from
 * freezing the background while it parses.
 */
export const MAX_DATASET_BYTES = 20 * 1024 * 1024;

/**
 * Dataset ids the extension ships. An import under one of them would fight the bundled releases
 * over the same rows, so it is refused.
 */
export const BUNDLED_DATASET_IDS: ReadonlySet<string> = new Set(['reglens-core']);

/** More problems than this are summarised: nobody reads the 500th line of the same mistake. */
const MAX_REPORTED = 50;

export type ParseDatasetResult =
  | {
      ok: true;
      dataset: Dataset;
      /** Quality notes that do not stop an import (alias clashes, pinyin without tone marks). */
      warnings: string[];
    }
  | { ok: false; errors: string[] };

export interface ParseDatasetOptions {
  /**
   * Actor ids already in the user's knowledge base. Relations and claims may point at them, so a
   * file can add claims about bundled actors without repeating those actors.
   */
  knownActorIds?: ReadonlySet<string>;
}

/**
 * Checks a dataset file completely and returns the dataset, or every problem found: JSON syntax
 * (with line and column), the top-level shape, schema problems naming their path
 * (`actors[3] (id "x").aliases[0].caseRule: ...`), duplicate ids and references to actors that
 * exist neither in the file nor in `knownActorIds`.
 */
export function parseDatasetFile(
  text: string,
  options: ParseDatasetOptions = {},
): ParseDatasetResult {
  const read = readJsonText(text, MAX_DATASET_BYTES, 'a dataset file');
  if (!read.ok) return fail([read.problem]);
  const data = read.data;

  const forbidden = forbiddenKeyPaths(data, MAX_REPORTED);
  if (forbidden.length > 0) {
    return fail(forbidden.map((path) => `${path}: this key is not allowed in a dataset file.`));
  }

  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail([
      `The file holds ${describeJsonType(data)}, but a dataset is a JSON object with "id", "version", "title" and "actors".`,
    ]);
  }

  const errors: string[] = [];
  const id = (data as Record<string, unknown>).id;
  if (typeof id === 'string' && BUNDLED_DATASET_IDS.has(id)) {
    errors.push(
      `id: "${id}": this id belongs to the bundled dataset; give your dataset an id of its own.`,
    );
  }
  const parsed = datasetSchema.safeParse(data);
  if (!parsed.success) errors.push(...formatIssues(parsed.error.issues, data));
  if (errors.length > 0 || !parsed.success) return fail(errors);

  const dataset = parsed.data;
  const known = options.knownActorIds ?? new Set<string>();
  errors.push(...structuralProblems(dataset, known));
  if (errors.length > 0) return fail(errors);

  // With the structure sound, what is left to say is about quality, and does not stop an import.
  return { ok: true, dataset, warnings: qualityProblems(dataset) };
}

function fail(errors: string[]): ParseDatasetResult {
  if (errors.length <= MAX_REPORTED) return { ok: false, errors };
  const shown = errors.slice(0, MAX_REPORTED);
  shown.push(`... and ${errors.length - MAX_REPORTED} more problems.`);
  return { ok: false, errors: shown };
}

/**
 * The JSON value a file a person chose holds, or the one problem that stops it being read: too
 * large (`what` names the file in the message), empty, or not JSON (with its line and column).
 * A byte-order mark, which editors on Windows often save and JSON.parse refuses, is dropped.
 */
export function readJsonText(
  text: string,
  maxBytes: number,
  what: string,
): { ok: true; data: unknown } | { ok: false; problem: string } {
  const size = utf8Size(text, maxBytes);
  if (size > maxBytes) {
    return {
      ok: false,
      problem: `The file is ${megabytes(size)}; ${what} can be at most ${megabytes(maxBytes)}.`,
    };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problem: 'The file is empty.' };
  try {
    return { ok: true, data: JSON.parse(body) };
  } catch (error) {
    return { ok: false, problem: describeSyntaxError(body, error) };
  }
}

/** The size of `text` in UTF-8, counted only when its length alone cannot decide the limit. */
function utf8Size(text: string, limit: number): number {
  // Every UTF-16 unit is 1 to 3 UTF-8 bytes, so most files within the limit need no counting;
  // one over it is counted, so its message gives its true size.
  if (text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A surrogate pair is one 4-byte character: 2 bytes for each half.
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

/** A file size as a person reads it ("900 kB", "2.5 MB", "54 MB"). */
export function megabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} kB`;
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}

/** What a JSON value is, in words, for a file that holds the wrong kind ("a JSON array"). */
export function describeJsonType(value: unknown): string {
  if (Array.isArray(value)) return 'a JSON array';
  if (value === null) return 'null';
  if (typeof value === 'string') return 'a single string';
  return `a single ${typeof value}`;
}

/**
 * Engines word JSON errors differently and some give no position at all, so the file is scanned
 * again to say where the first problem is, the same way in every browser.
 */
export function describeSyntaxError(text: string, error: unknown): string {
  const problem = locateJsonSyntaxError(text);
  if (!problem) {
    const message = error instanceof Error ? error.message : String(error);
    return `The file is not valid JSON: ${message}`;
  }
  const { line, column } = lineAndColumn(text, problem.index);
  return `The file is not valid JSON: line ${line}, column ${column}: ${problem.message}`;
}

export interface JsonSyntaxProblem {
  /** Offset of the offending character in the text. */
  index: number;
  message: string;
}

/** 1-based line and column of an offset, counting a CRLF as one line break. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'afterValue';

interface Frame {
  kind: 'object' | 'array';
  start: number;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;

/**
 * Finds the first JSON syntax error in `text` (RFC 8259) and says what is wrong in the words a
 * person editing the file by hand needs: trailing commas, single quotes, comments, unquoted
 * names. Iterative, so deeply nested input cannot overflow the stack. Returns null when the
 * text is valid JSON.
 */
export function locateJsonSyntaxError(text: string): JsonSyntaxProblem | null {
  const stack: Frame[] = [];
  let expect: Expect = 'value';
  let lastComma = -1;
  let i = 0;

  const problem = (index: number, message: string): JsonSyntaxProblem => ({ index, message });
  const found = (index: number) => {
    const ch = text[index];
    if (ch === undefined) return 'the end of the file';
    return ch === '"' ? `'"'` : `"${ch}"`;
  };

  for (;;) {
    // Skip whitespace; comments are a common hand-editing habit JSON does not allow.
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === 32 || code === 9 || code === 10 || code === 13) i++;
      else break;
    }
    const ch = text[i];
    if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      return problem(i, 'comments are not allowed in JSON');
    }

    switch (expect) {
      case 'value':
      case 'valueOrEnd': {
        if (ch === ']' && expect === 'valueOrEnd') {
          stack.pop();
          i++;
          expect = 'afterValue';
          break;
        }
        if ((ch === ']' || ch === '}') && lastComma >= 0 && stack.length > 0) {
          return problem(lastComma, `trailing comma before "${ch}" (JSON allows none)`);
        }
        if (ch === undefined) {
          const open = stack.at(-1);
          return problem(
            i,
            open
              ? `the file ends inside the ${open.kind} opened at ${position(text, open.start)}`
              : 'the file ends where a value was expected',
          );
        }
        if (ch === '{') {
          stack.push({ kind: 'object', start: i });
          i++;
          expect = 'keyOrEnd';
        } else if (ch === '[') {
          stack.push({ kind: 'array', start: i });
          i++;
          expect = 'valueOrEnd';
        } else if (ch === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          expect = 'afterValue';
        } else if (ch === "'") {
          return problem(i, 'strings must be in double quotes, not single quotes');
        } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
          NUMBER.lastIndex = i;
          const match = NUMBER.exec(text);
          if (!match) return problem(i, 'this is not a valid number');
          i += match[0].length;
          expect = 'afterValue';
        } else {
          WORD.lastIndex = i;
          const word = WORD.exec(text)?.[0];
          if (word === 'true' || word === 'false' || word === 'null') {
            i += word.length;
            expect = 'afterValue';
          } else if (word) {
            return problem(
              i,
              `unexpected word "${word}" (text values need double quotes; only true, false and null go bare)`,
            );
          } else {
            return problem(i, `unexpected ${found(i)} where a value was expected`);
          }
        }
        lastComma = -1;
        break;
      }

      case 'key':
      case 'keyOrEnd': {
        if (ch === '}') {
          if (expect === 'key') {
            return problem(lastComma, 'trailing comma before "}" (JSON allows none)');
          }
          stack.pop();
          i++;
          expect = 'afterValue';
          lastComma = -1;
          break;
        }
        if (ch === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          expect = 'colon';
          lastComma = -1;
          break;
        }
        if (ch === "'") return problem(i, 'property names must be in double quotes, not single');
        WORD.lastIndex = i;
        const word = WORD.exec(text)?.[0];
        if (word) return problem(i, `property name ${word} must be in double quotes`);
        if (ch === undefined) {
          const open = stack.at(-1)!;
          return problem(
            i,
            `the file ends inside the object opened at ${position(text, open.start)}`,
          );
        }
        return problem(i, `expected a property name in double quotes, found ${found(i)}`);
      }

      case 'colon':
        if (ch !== ':')
          return problem(i, `expected ":" after the property name, found ${found(i)}`);
        i++;
        expect = 'value';
        break;

      case 'afterValue': {
        const open = stack.at(-1);
        if (!open) {
          if (ch === undefined) return null;
          return problem(i, `unexpected ${found(i)} after the end of the JSON data`);
        }
        const close = open.kind === 'object' ? '}' : ']';
        if (ch === ',') {
          lastComma = i;
          i++;
          expect = open.kind === 'object' ? 'key' : 'value';
        } else if (ch === close) {
          stack.pop();
          i++;
        } else if (ch === undefined) {
          return problem(
            i,
            `the file ends inside the ${open.kind} opened at ${position(text, open.start)}`,
          );
        } else {
          const after = open.kind === 'object' ? 'a property value' : 'an array item';
          return problem(i, `expected "," or "${close}" after ${after}, found ${found(i)}`);
        }
        break;
      }
    }
  }
}

/** Scans a string starting at its opening quote; returns the index after it, or the problem. */
function scanString(text: string, start: number): number | JsonSyntaxProblem {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34) return i + 1;
    if (code === 92) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          return { index: i, message: '"\\u" must be followed by four hexadecimal digits' };
        }
        i += 5;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
        i += 1;
      } else {
        return { index: i, message: `"\\${next ?? ''}" is not a JSON escape` };
      }
    } else if (code === 10 || code === 13) {
      return { index: i, message: 'line break inside a string (write it as \\n)' };
    } else if (code < 32) {
      return { index: i, message: 'control character inside a string' };
    }
  }
  return { index: start, message: 'this string is never closed' };
}

function position(text: string, index: number): string {
  const { line, column } = lineAndColumn(text, index);
  return `line ${line}, column ${column}`;
}
