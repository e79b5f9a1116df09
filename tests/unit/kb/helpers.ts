/** Shared helpers for the knowledge-base tests: a fresh database per test and small datasets. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDb, type RegLensDb } from '../../../lib/kb/db';
import type { ActorInput, DatasetInput } from '../../../lib/kb/schema';

// Vitest runs from the project root; under happy-dom import.meta.url is not a file URL.
export const datasetsDir = join(process.cwd(), 'assets', 'datasets') + '/';

export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function readCore(): DatasetInput {
  return readJson(`${datasetsDir}core.json`) as DatasetInput;
}

let counter = 0;

/** A database nobody else uses, so tests never see each other's rows. */
export function freshDb(): RegLensDb {
  counter += 1;
  return openDb(`reglens-test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`);
}

export async function dropDb(db: RegLensDb): Promise<void> {
  db.close();
  await db.delete();
}

export function actor(id: string, extra: Partial<ActorInput> = {}): ActorInput {
  return {
    id,
    kind: 'company',
    names: { en: id.toUpperCase() },
    summary: `About ${id}.`,
    ...extra,
  };
}

export function dataset(actors: ActorInput[], extra: Partial<DatasetInput> = {}): DatasetInput {
  return { id: 'test-set', version: '1.0.0', title: 'Test set', actors, ...extra };
}
