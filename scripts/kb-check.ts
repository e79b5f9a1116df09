/**
 * npm run kb:check: validates every bundled dataset (schema, cross-references, alias
 * collisions) and exits non-zero with one line per problem.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataset } from '../lib/kb/check';

const dir = join(import.meta.dirname, '..', 'assets', 'datasets');
const files = readdirSync(dir).filter(
  (name) => name.endsWith('.json') && !name.endsWith('.schema.json'),
);
let problems = 0;
for (const name of files) {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  } catch (error) {
    console.error(`${name}: not valid JSON: ${(error as Error).message}`);
    problems += 1;
    continue;
  }
  const found = checkDataset(data);
  for (const problem of found) console.error(`${name}: ${problem}`);
  problems += found.length;
  if (found.length === 0) console.log(`${name}: ok`);
}
if (files.length === 0) console.error(`No datasets found in ${dir}`);
process.exit(problems > 0 || files.length === 0 ? 1 : 0);
