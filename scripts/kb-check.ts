/**
 * npm run kb:check: validates every bundled dataset (schema, cross-references, alias
 * collisions) and that the committed JSON Schema still matches lib/kb/schema.ts, and exits
 * non-zero with one line per problem.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAttributionCues } from '../lib/kb/attribution-cues-schema';
import { checkDataset } from '../lib/kb/check';
import { DATASET_SCHEMA_PATH, datasetJsonSchemaText } from '../lib/kb/json-schema';

const dir = join(import.meta.dirname, '..', 'assets', 'datasets');
/** Cue lists for attribution kinds live beside the datasets but are not one (own schema, below). */
const ATTRIBUTION_CUES = 'attribution-cues.json';
const files = readdirSync(dir).filter(
  (name) => name.endsWith('.json') && !name.endsWith('.schema.json') && name !== ATTRIBUTION_CUES,
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

try {
  parseAttributionCues(JSON.parse(readFileSync(join(dir, ATTRIBUTION_CUES), 'utf8')));
  console.log(`${ATTRIBUTION_CUES}: ok`);
} catch (error) {
  console.error(`${ATTRIBUTION_CUES}: ${(error as Error).message}`);
  problems += 1;
}

// Authors' editors check files against the committed schema, so a stale one would accept what
// the extension refuses (or the reverse). Compared as data: whitespace is not a difference.
const schemaFile = join(import.meta.dirname, '..', DATASET_SCHEMA_PATH);
const committed = existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : null;
if (committed === null) {
  console.error(`${DATASET_SCHEMA_PATH} is missing: run \`npm run kb:schema\` and commit it.`);
  problems += 1;
} else if (!sameJson(committed, datasetJsonSchemaText())) {
  console.error(
    `${DATASET_SCHEMA_PATH} is stale (lib/kb/schema.ts changed): run \`npm run kb:schema\` and commit it.`,
  );
  problems += 1;
} else {
  console.log(`${DATASET_SCHEMA_PATH}: up to date`);
}

function sameJson(a: string, b: string): boolean {
  try {
    return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
  } catch {
    return false;
  }
}

process.exit(problems > 0 || files.length === 0 ? 1 : 0);
