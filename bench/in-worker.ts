/**
 * Seeding the bundled knowledge base, timed where the extension does it: scripts/bench.mjs bundles
 * this file and evaluates it in the extension's service worker, whose origin owns the real
 * IndexedDB. Every run gets a fresh database (as a first install does) and deletes it after.
 */
import Dexie from 'dexie';
import core from '../assets/datasets/core.json';
import { openDb } from '../lib/kb/db';
import { seedDataset } from '../lib/kb/seed';

export interface SeedRun {
  /** Opening a new database: creating its object stores and indexes. */
  openMs: number;
  /** seedDataset: schema validation and the one write transaction. */
  seedMs: number;
  added: number;
}

async function seedOnce(run: number): Promise<SeedRun> {
  const name = `reglens-bench-${Date.now()}-${run}`;
  const db = openDb(name);
  try {
    const start = performance.now();
    await db.open();
    const opened = performance.now();
    const result = await seedDataset(db, core, 'bundled');
    const seeded = performance.now();
    return { openMs: opened - start, seedMs: seeded - opened, added: result.added };
  } finally {
    db.close();
    await Dexie.delete(name);
  }
}

/** Fresh databases until at least `minTotalMs` of seeding and `minRuns` runs (at most `maxRuns`). */
async function run(minTotalMs = 50, minRuns = 5, maxRuns = 30): Promise<SeedRun[]> {
  const runs: SeedRun[] = [];
  // The first database of a worker also pays for loading Dexie's and zod's code paths.
  await seedOnce(-1);
  let total = 0;
  while ((total < minTotalMs || runs.length < minRuns) && runs.length < maxRuns) {
    const result = await seedOnce(runs.length);
    runs.push(result);
    total += result.openMs + result.seedMs;
  }
  return runs;
}

(globalThis as unknown as { __reglensSeedBench: unknown }).__reglensSeedBench = { run };
