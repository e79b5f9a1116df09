/** The end of a run: the budgets, the printed report, and every figure written to disk. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { evaluateBudgets, printReport } from '../../bench/report.mjs';
import { projectRoot } from '../harness-loader.mjs';

/**
 * Prints the report and writes the figures to --json FILE (or bench-results/bench-<date>.json),
 * the printed report beside them.
 *
 * @param {import('./setup.mjs').Bench} bench
 */
export async function writeResults({ results, began, options }) {
  results.meta.durationS = Math.round((Date.now() - began) / 1000);
  results.budgets = evaluateBudgets(results);
  const report = printReport(results);

  const stamp = results.meta.date.replace(/[:.]/g, '-').slice(0, 19);
  const jsonFile = options.json
    ? path.resolve(options.json)
    : path.join(projectRoot, 'bench-results', `bench-${stamp}.json`);
  await mkdir(path.dirname(jsonFile), { recursive: true });
  await writeFile(jsonFile, JSON.stringify(results, null, 2));
  const textFile = jsonFile.replace(/\.json$/, '') + '.txt';
  await writeFile(textFile, report);
  console.log(
    `\nFigures: ${path.relative(process.cwd(), jsonFile)} (table: ${path.relative(process.cwd(), textFile)})`,
  );
}
