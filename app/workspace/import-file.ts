import { DatasetError, parseDataset } from '../data/load-dataset.ts';
import { formatProblem } from '../data/problems.ts';
import type { Dataset } from '../data/schema.ts';

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
        `${name}: the dashboard reads its own dataset JSON (a .json file exported from it or from data/)`,
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
