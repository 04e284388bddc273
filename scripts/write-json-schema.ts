/** Writes data/dataset.schema.json from the zod schema (npm run schema:write). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetJsonSchemaText } from '../app/data/json-schema.ts';

const out = resolve(import.meta.dirname, '../data/dataset.schema.json');
writeFileSync(out, datasetJsonSchemaText());
console.log(`wrote ${out}`);
