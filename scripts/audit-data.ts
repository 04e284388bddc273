/**
 * The dataset audit (npm run audit:data): schema, unique ids, resolving references, real dates, ranges,
 * and, when the documents folder is there, that each document is the text its source's SHA-256 and length
 * record and that every quote occurs verbatim in it. Names file, record and field for each failure; exits
 * non-zero. Without the folder (a plain clone) it says plainly that quotes were not checked, and fails only
 * when the documents are required (REQUIRE_DOCUMENTS=1, as in .ci/run, or --require-documents).
 *
 *   npm run audit:data -- [--data data/dataset.json] [--seeds ../shared/seeds] [--require-documents]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DatasetError, parseDataset } from '../app/data/load-dataset.ts';
import { formatProblem } from '../app/data/problems.ts';
import { checkDocuments } from '../app/data/quote-check.ts';
import { RECORD_COLLECTIONS } from '../app/data/schema.ts';
import {
  documentsFolder,
  documentsRequired,
  loadDocuments,
  notCheckedReason,
  repoRoot,
} from './documents-folder.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(repoRoot, 'data/dataset.json') },
    seeds: { type: 'string' },
    'require-documents': { type: 'boolean', default: false },
  },
});
const dataPath = resolve(values.data);
const seedsDir = documentsFolder(values.seeds);
const required = documentsRequired(values['require-documents']);
const file = relative(process.cwd(), dataPath) || dataPath;

function fail(lines: string[]): never {
  console.error(`Dataset audit FAILED: ${lines.length} problem${lines.length === 1 ? '' : 's'}`);
  for (const l of lines) console.error(`  ✗ ${l}`);
  process.exit(1);
}

if (!existsSync(dataPath)) fail([`${file}: file not found`]);
const haveDocuments = existsSync(seedsDir);
if (!haveDocuments && required) {
  fail([`documents are required (REQUIRE_DOCUMENTS=1) but ${notCheckedReason(seedsDir)}`]);
}

let data;
try {
  data = parseDataset(file, readFileSync(dataPath, 'utf8'));
} catch (e) {
  if (e instanceof DatasetError) fail(e.problems.map(formatProblem));
  throw e;
}

if (haveDocuments) {
  const problems = checkDocuments(file, data, await loadDocuments(data, seedsDir));
  if (problems.length > 0) fail(problems.map(formatProblem));
}

const counts = RECORD_COLLECTIONS.map((c) => `${data[c].length} ${c}`).join(', ');
const quotes =
  data.sources.reduce((n, s) => n + s.evidence.length, 0) +
  RECORD_COLLECTIONS.reduce((n, c) => n + data[c].reduce((m, r) => m + r.evidence.length, 0), 0);
const version = `(schema ${data.schemaVersion}, version ${data.datasetVersion})`;
console.log(
  haveDocuments
    ? `Dataset audit passed: ${file} ${version}`
    : `Dataset audit passed WITHOUT the documents: ${file} ${version}; quotes were NOT checked`,
);
console.log(`  ${data.sources.length} sources, ${counts}`);
const readingQuotes = data.ambiguities.reduce(
  (n, a) => n + a.readings.reduce((m, r) => m + r.evidence.length, 0),
  0,
);
console.log(
  `  ${data.ambiguities.length} ambiguities with ${data.ambiguities.reduce((n, a) => n + a.readings.length, 0)} readings`,
);
if (haveDocuments) {
  console.log(
    `  ${data.sources.length} documents match their SHA-256 and length; ${quotes + readingQuotes} quotes found verbatim in ${seedsDir}`,
  );
} else {
  console.log(`  Quotes NOT checked: ${notCheckedReason(seedsDir)}`);
  console.log(
    `  Checked without the documents: schema, unique ids, references, calendar dates, value ranges.`,
  );
}
