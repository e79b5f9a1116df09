import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineAndColumn, locateJsonSyntaxError } from '../../../lib/kb/dataset-file';
import {
  caseInsensitiveSource,
  DATASET_SCHEMA_PATH,
  datasetJsonSchema,
  datasetJsonSchemaText,
} from '../../../lib/kb/json-schema';

describe('locateJsonSyntaxError', () => {
  it('finds nothing wrong in valid JSON, however nested', () => {
    for (const text of ['{}', '[]', '0', '"x"', ' {"a": [1, -2.5e3, true, null, "\\u00e9\\n"]} ']) {
      expect(locateJsonSyntaxError(text)).toBeNull();
    }
    expect(locateJsonSyntaxError('['.repeat(100_000) + ']'.repeat(100_000))).toBeNull();
  });

  it.each([
    ['[1, 2,]', 5, 'trailing comma before "]"'],
    ["{'a': 1}", 1, 'property names must be in double quotes'],
    ['{a: 1}', 1, 'property name a must be in double quotes'],
    ['{"a": \'x\'}', 6, 'strings must be in double quotes'],
    ['{"a" 1}', 5, 'expected ":" after the property name'],
    ['{"a": 1 "b": 2}', 8, `expected "," or "}" after a property value, found '"'`],
    ['[1 2]', 3, 'expected "," or "]" after an array item'],
    ['{"a": "x\ny"}', 8, 'line break inside a string'],
    ['{"a": "\\q"}', 7, '"\\q" is not a JSON escape'],
    ['{"a": "never closed}', 6, 'this string is never closed'],
    ['{"a": 1}}', 8, 'unexpected "}" after the end of the JSON data'],
    ['{"a": undefined}', 6, 'unexpected word "undefined"'],
    ['[1] /* note */', 4, 'comments are not allowed'],
  ])('%s: at %i, %s', (text, index, message) => {
    const problem = locateJsonSyntaxError(text);
    expect(problem?.index).toBe(index);
    expect(problem?.message).toContain(message);
  });

  it('counts lines and columns from 1, CRLF as one break', () => {
    expect(lineAndColumn('ab\r\ncd', 4)).toEqual({ line: 2, column: 1 });
    expect(lineAndColumn('abc', 2)).toEqual({ line: 1, column: 3 });
  });
});

describe('the dataset JSON Schema', () => {
  it('is committed and up to date (npm run kb:schema)', () => {
    const committed = readFileSync(join(process.cwd(), DATASET_SCHEMA_PATH), 'utf8');
    expect(JSON.parse(committed)).toEqual(JSON.parse(datasetJsonSchemaText()));
  });

  it('describes the input side: fields with defaults are optional', () => {
    const schema = datasetJsonSchema() as {
      required: string[];
      properties: { actors: { items: { required: string[] } } };
    };
    expect(schema.required).toEqual(['id', 'version', 'title', 'actors']);
    expect(schema.properties.actors.items.required).toEqual(['id', 'kind', 'names', 'summary']);
  });

  it('spells out case-insensitive patterns, which JSON Schema cannot flag', () => {
    expect(caseInsensitiveSource('^[a-z0-9][a-z0-9_.-]*$')).toBe('^[a-zA-Z0-9][a-zA-Z0-9_.-]*$');
    expect(caseInsensitiveSource('ab\\d[^x]')).toBe('[aA][bB]\\d[^xX]');
    const idPattern = new RegExp(
      (datasetJsonSchema() as { properties: { id: { pattern: string } } }).properties.id.pattern,
    );
    expect(idPattern.test('PBoC-2')).toBe(true);
    expect(idPattern.test('-pboc')).toBe(false);
  });
});
