/**
 * A layer is two listed files: its page half in content/layers/ and its analyser in
 * lib/background/analyzers/, under the same id, each with its own test. These checks fail when a
 * file is added and not listed, or listed without a test.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layers } from '@/content/layers';
import { analyzers } from '@/lib/background/analyzers';

const root = process.cwd();
const sourceFiles = (dir: string, skip: string[]) =>
  readdirSync(join(root, dir))
    .filter((file) => /\.tsx?$/.test(file) && !skip.includes(file))
    .map((file) => file.replace(/\.tsx?$/, ''));

const layerModules = import.meta.glob<Record<string, unknown>>('/content/layers/*.ts', {
  eager: true,
});
const analyzerModules = import.meta.glob<Record<string, unknown>>(
  '/lib/background/analyzers/*.ts',
  { eager: true },
);

/** The files of a folder whose exports include none of `listed`. */
function unlisted(
  modules: Record<string, Record<string, unknown>>,
  listed: unknown[],
  skip: string[],
) {
  return Object.entries(modules)
    .filter(([path]) => !skip.some((file) => path.endsWith(`/${file}`)))
    .filter(([, exports]) => !Object.values(exports).some((value) => listed.includes(value)))
    .map(([path]) => path);
}

describe('the layer lists', () => {
  it('lists every file in content/layers/', () => {
    expect(sourceFiles('content/layers', ['index.ts']).length).toBeGreaterThan(0);
    expect(unlisted(layerModules, [...layers], ['index.ts'])).toEqual([]);
  });

  it('lists every file in lib/background/analyzers/', () => {
    expect(unlisted(analyzerModules, Object.values(analyzers), ['index.ts', 'types.ts'])).toEqual(
      [],
    );
  });

  it('gives every layer an analyser under the same id, and every analyser a layer', () => {
    expect(layers.map((layer) => layer.id).sort()).toEqual(Object.keys(analyzers).sort());
    expect(new Set(layers.map((layer) => layer.id)).size).toBe(layers.length);
  });

  it('has a test for every listed layer and analyser', () => {
    const missing = [
      ...sourceFiles('content/layers', ['index.ts']).map(
        (file) => `tests/unit/content/layers/${file}.test.ts`,
      ),
      ...sourceFiles('lib/background/analyzers', ['index.ts', 'types.ts']).map(
        (file) => `tests/unit/background/analyzers/${file}.test.ts`,
      ),
    ].filter((test) => !existsSync(join(root, test)));
    expect(missing).toEqual([]);
  });
});
