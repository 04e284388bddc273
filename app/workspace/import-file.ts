import { DatasetError, parseDataset } from '../data/load-dataset.ts';
import { formatProblem } from '../data/problems.ts';
import type { Dataset } from '../data/schema.ts';
import { decodeFlatCsv } from './flat-csv.ts';
import { readFlatFiles } from './flat-files.ts';

/** At most this many problems are listed for a bad file (the count says how many there were). */
export const MAX_LISTED_PROBLEMS = 50;

export type ImportResult =
  | { ok: true; dataset: Dataset; origin: string }
  | { ok: false; file: string; problems: string[]; total: number };

/**
 * Reads a file the user dropped or picked as a dataset: the app's JSON, checked with the same schema and
 * integrity checks as the shipped data. A bad file gives its located problems ("events.json › events[2]
 * (ev-x) › date.start: not a real calendar date"), never a blank screen.
 */
export function importDatasetFile(name: string, text: string): ImportResult {
  if (!/\.json$/i.test(name)) {
    return {
      ok: false,
      file: name,
      problems: [
        `${name}: the dashboard reads its own dataset JSON (a .json file exported from it or from data/), its flat CSV files (.csv) or their zip`,
      ],
      total: 1,
    };
  }
  try {
    return { ok: true, dataset: parseDataset(name, text), origin: name };
  } catch (e) {
    const problems =
      e instanceof DatasetError
        ? e.problems.map(formatProblem)
        : [`${name}: ${e instanceof Error ? e.message : String(e)}`];
    return {
      ok: false,
      file: name,
      problems: problems.slice(0, MAX_LISTED_PROBLEMS),
      total: problems.length,
    };
  }
}

/** A file the user picked or dropped, read as bytes. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

const isFlat = (name: string) => /\.(csv|zip)$/i.test(name);

/**
 * Reads picked or dropped files as a dataset: one JSON file as a whole dataset; or flat CSVs (several at
 * once, or the zip): a full set with dataset.csv, or one collection's file added over `loaded` (the
 * workspace, or the shipped data when there is none). The same checks as the shipped data either way.
 */
export async function importFiles(files: readonly PickedFile[], loaded: Dataset): Promise<ImportResult> {
  const names = files.map((f) => f.name).join(', ');
  const refuse = (problems: string[]): ImportResult => ({
    ok: false,
    file: names,
    problems: problems.slice(0, MAX_LISTED_PROBLEMS),
    total: problems.length,
  });
  if (files.length === 0) return refuse(['no file was given']);
  if (!files.every((f) => isFlat(f.name))) {
    if (files.length > 1) {
      return refuse([`${names}: import one dataset JSON at a time, or any number of CSV files and zips`]);
    }
    const [f] = files;
    return importDatasetFile(f!.name, new TextDecoder('utf-8').decode(f!.bytes));
  }
  const read = await readFlatFiles(files);
  if (!read.ok) return refuse(read.problems);
  const decoded = decodeFlatCsv(read.tables, loaded);
  return decoded.ok ? { ok: true, dataset: decoded.dataset, origin: names } : refuse(decoded.problems);
}
