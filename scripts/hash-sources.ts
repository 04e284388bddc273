/**
 * npm run sources:hash: records in data/dataset.json, for each source, the SHA-256 and length in bytes of
 * its document (fields `sha256`, `bytes`), so the audit can tell when a document is not the text the
 * quotes were checked against. It refuses to record a fingerprint while any quote of that source is not
 * verbatim in the document: the hash must stand for a checked text.
 *
 *   npm run sources:hash -- [--data data/dataset.json] [--seeds ../shared/seeds]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { formatProblem } from '../app/data/problems.ts';
import { checkDocuments } from '../app/data/quote-check.ts';
import type { Dataset } from '../app/data/schema.ts';
import { dataset as datasetSchema } from '../app/data/schema.ts';
import { documentsFolder, loadDocuments, notCheckedReason, repoRoot } from './documents-folder.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(repoRoot, 'data/dataset.json') },
    seeds: { type: 'string' },
  },
});
const dataPath = resolve(values.data);
const file = relative(process.cwd(), dataPath) || dataPath;
const seedsDir = documentsFolder(values.seeds);
if (!existsSync(seedsDir)) {
  console.error(`sources:hash: nothing written: ${notCheckedReason(seedsDir)}`);
  process.exit(1);
}

const raw = JSON.parse(readFileSync(dataPath, 'utf8')) as { sources: Record<string, unknown>[] };
const parsed = datasetSchema.safeParse(raw);
// Hashing needs only the sources and quotes; a dataset that fails elsewhere still gets its hashes (the
// audit reports the rest).
const data = (parsed.success ? parsed.data : raw) as Dataset;
const documents = await loadDocuments(data, seedsDir);

// The quote check with each document's own fingerprint, so only missing files and quotes can fail.
const asRecorded: Dataset = {
  ...data,
  sources: data.sources.map((s) => {
    const d = documents.get(s.id);
    return d ? { ...s, sha256: d.sha256, bytes: d.bytes } : s;
  }),
};
const problems = checkDocuments(file, asRecorded, documents);
if (problems.length > 0) {
  console.error(`sources:hash: nothing written; fix these first (${problems.length}):`);
  for (const p of problems) console.error(`  ✗ ${formatProblem(p)}`);
  process.exit(1);
}

let changed = 0;
raw.sources = raw.sources.map((s) => {
  const d = documents.get(String(s.id));
  if (!d) return s;
  if (s.sha256 !== d.sha256 || s.bytes !== d.bytes) changed++;
  // Keep the fields next to `file`, the document they describe.
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'sha256' || k === 'bytes') continue;
    out[k] = v;
    if (k === 'file') Object.assign(out, { sha256: d.sha256, bytes: d.bytes });
  }
  return out;
});
const text = await format(JSON.stringify(raw, null, 2), {
  ...(await resolveConfig(dataPath)),
  filepath: dataPath,
});
writeFileSync(dataPath, text);
console.log(
  `sources:hash: ${data.sources.length} documents checked in ${seedsDir}; ${changed} source fingerprint${changed === 1 ? '' : 's'} updated in ${file}`,
);
