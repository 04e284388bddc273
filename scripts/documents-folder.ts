/**
 * Where the documents the dataset is curated from are, and whether they must be there (one place for the
 * audit, the hash script and the coverage test). The documents are third-party articles and are never
 * copied into the repository: a plain clone has no folder, and then quotes cannot be checked.
 *
 *   folder:   --seeds PATH, else $SEEDS_DIR, else ../shared/seeds beside the repository
 *   required: $REQUIRE_DOCUMENTS=1 (set by .ci/run), or --require-documents
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readDocument, type DocumentText } from '../app/data/document-hash.ts';
import type { Dataset } from '../app/data/schema.ts';

export const repoRoot = resolve(import.meta.dirname, '..');

export function documentsFolder(option?: string): string {
  return resolve(repoRoot, option || process.env.SEEDS_DIR || '../shared/seeds');
}

export function documentsRequired(flag = false): boolean {
  return flag || process.env.REQUIRE_DOCUMENTS === '1';
}

/** Why quotes could not be checked, said plainly (the folder is absent). */
export function notCheckedReason(folder: string): string {
  return (
    `the documents folder ${folder} is not there (the documents are third-party articles and are not ` +
    `part of the repository). Put them there, or pass --seeds PATH / set SEEDS_DIR.`
  );
}

/** Each source's document text and fingerprint; undefined where its file is missing. */
export async function loadDocuments(
  data: Dataset,
  folder: string,
): Promise<Map<string, DocumentText | undefined>> {
  const documents = new Map<string, DocumentText | undefined>();
  for (const s of data.sources) {
    const path = join(folder, s.file);
    documents.set(s.id, existsSync(path) ? await readDocument(readFileSync(path)) : undefined);
  }
  return documents;
}
