/**
 * The JSON Schema of a dataset file, generated from the zod schema so the two can never
 * disagree. Dataset authors point their editor at assets/datasets/dataset.schema.json for
 * completion and checking as they type; `npm run kb:schema` writes it and `npm run kb:check`
 * fails when the committed copy is stale.
 */
import { z } from '../zod';
import { datasetSchema } from './schema';

/** Where the generated schema is committed, relative to the project root. */
export const DATASET_SCHEMA_PATH = 'assets/datasets/dataset.schema.json';

/**
 * The JSON Schema (draft 2020-12) of a dataset file as an author writes it: the input side of
 * the zod schema, so fields that have defaults (aliases, caseRule, claims, ...) are optional.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(datasetSchema, {
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      // JSON Schema patterns have no flags, so a case-insensitive zod regex (the id pattern)
      // would come out stricter than what the extension accepts; spell out both cases instead.
      if (typeof jsonSchema.pattern !== 'string') return;
      const flags = regexFlagsOf(zodSchema, jsonSchema.pattern);
      if (flags === '') return;
      if (flags !== 'i') {
        throw new Error(`Cannot express regex flags "${flags}" in JSON Schema`);
      }
      jsonSchema.pattern = caseInsensitiveSource(jsonSchema.pattern);
    },
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'RegLens dataset',
    description:
      'A RegLens knowledge-base dataset: actors (regulators, companies, people, laws, ...) and sourced claims. Generated from lib/kb/schema.ts by `npm run kb:schema`; do not edit by hand.',
    ...rest,
  };
}

/** The file's exact text: stable key order and a final newline, so diffs stay small. */
export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}

/** The flags of the zod regex check whose source is `pattern`, or "" when there are none. */
function regexFlagsOf(schema: unknown, pattern: string): string {
  const checks = (schema as { _zod?: { def?: { checks?: unknown[] } } })._zod?.def?.checks ?? [];
  for (const check of checks) {
    const regex = (check as { _zod?: { def?: { pattern?: unknown } } })._zod?.def?.pattern;
    if (regex instanceof RegExp && regex.source === pattern) return regex.flags;
  }
  return '';
}

function swapCase(ch: string): string {
  const lower = ch.toLowerCase();
  return ch === lower ? ch.toUpperCase() : lower;
}

/**
 * Rewrites a regex source so it matches what the source with the `i` flag matched: letters
 * become both cases, inside and outside character classes. Escapes (`\d`, `\.`) stay as they are.
 */
export function caseInsensitiveSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      const range = /^([a-z]-[a-z]|[A-Z]-[A-Z])/.exec(source.slice(i));
      if (range) {
        out += `${range[0]}${swapCase(range[0][0]!)}-${swapCase(range[0][2]!)}`;
        i += 2;
      } else {
        if (ch === ']') inClass = false;
        out += /[a-zA-Z]/.test(ch) ? ch + swapCase(ch) : ch;
      }
    } else {
      if (ch === '[') inClass = true;
      out += /[a-zA-Z]/.test(ch) ? `[${ch}${swapCase(ch)}]` : ch;
    }
  }
  return out;
}
