/**
 * The dataset audit (npm run audit:data): schema, unique ids, resolving references, real dates, ranges,
 * and every quote verbatim in its document. Names file, record and field for each failure; exits non-zero.
 *
 *   npm run audit:data -- [--data data/dataset.json] [--seeds ../shared/seeds]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DatasetError, parseDataset } from '../app/data/load-dataset.ts';
import { formatProblem } from '../app/data/problems.ts';
import { checkQuotes } from '../app/data/quote-check.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(root, 'data/dataset.json') },
    seeds: { type: 'string', default: resolve(root, '../shared/seeds') },
  },
});
const dataPath = resolve(values.data);
const seedsDir = resolve(values.seeds);
const file = relative(process.cwd(), dataPath) || dataPath;

function fail(lines: string[]): never {
  console.error(`Dataset audit FAILED: ${lines.length} problem${lines.length === 1 ? '' : 's'}`);
  for (const l of lines) console.error(`  ✗ ${l}`);
  process.exit(1);
}

if (!existsSync(dataPath)) fail([`${file}: file not found`]);
if (!existsSync(seedsDir)) fail([`seeds folder not found: ${seedsDir} (pass --seeds PATH)`]);

let data;
try {
  data = parseDataset(file, readFileSync(dataPath, 'utf8'));
} catch (e) {
  if (e instanceof DatasetError) fail(e.problems.map(formatProblem));
  throw e;
}

const documents = new Map<string, string | undefined>();
for (const s of data.sources) {
  const path = join(seedsDir, s.file);
  documents.set(s.id, existsSync(path) ? readFileSync(path, 'utf8') : undefined);
}
const problems = checkQuotes(file, data, documents);
if (problems.length > 0) fail(problems.map(formatProblem));

const counts = (
  ['actors', 'tariffMeasures', 'tradeMeasures', 'events', 'metrics', 'claims', 'scenarios'] as const
)
  .map((c) => `${data[c].length} ${c}`)
  .join(', ');
const quotes =
  data.sources.reduce((n, s) => n + s.evidence.length, 0) +
  (['actors', 'tariffMeasures', 'tradeMeasures', 'events', 'metrics', 'claims', 'scenarios'] as const).reduce(
    (n, c) => n + data[c].reduce((m, r) => m + r.evidence.length, 0),
    0,
  );
console.log(`Dataset audit passed: ${file} (schema ${data.schemaVersion}, version ${data.datasetVersion})`);
console.log(`  ${data.sources.length} sources, ${counts}`);
console.log(`  ${quotes} quotes found verbatim in ${seedsDir}`);
