/**
 * npm run kb:schema: writes the JSON Schema of dataset files (assets/datasets/dataset.schema.json)
 * from lib/kb/schema.ts. Run it after changing the zod schema; kb:check fails until you do.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_SCHEMA_PATH, datasetJsonSchemaText } from '../lib/kb/json-schema';

const file = join(import.meta.dirname, '..', DATASET_SCHEMA_PATH);
writeFileSync(file, datasetJsonSchemaText());
console.log(`Wrote ${DATASET_SCHEMA_PATH}`);
