import { dataset, type Dataset } from './schema.ts';
import { checkIntegrity, problemsFromZod, type DatasetProblem } from './problems.ts';

/** Thrown when a dataset cannot be used; carries every located problem for the error page. */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly problems: DatasetProblem[],
  ) {
    super(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    this.name = 'DatasetError';
  }
}

/** Parses and validates dataset text: JSON syntax, schema, then integrity. Pure; throws DatasetError. */
export function parseDataset(file: string, text: string): Dataset {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DatasetError(file, [
      { file, where: '(file)', message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` },
    ]);
  }
  const result = dataset.safeParse(raw);
  if (!result.success) throw new DatasetError(file, problemsFromZod(file, raw, result.error));
  const problems = checkIntegrity(file, result.data);
  if (problems.length > 0) throw new DatasetError(file, problems);
  return result.data;
}

/** Fetches and validates the dataset at `url`. */
export async function loadDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  const file = url.replace(/^.*\/(data\/)/, '$1');
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (e) {
    throw new DatasetError(file, [
      {
        file,
        where: '(network)',
        message: `could not be fetched: ${e instanceof Error ? e.message : String(e)}`,
      },
    ]);
  }
  if (!response.ok) {
    throw new DatasetError(file, [
      { file, where: '(network)', message: `the server answered ${response.status} ${response.statusText}` },
    ]);
  }
  return parseDataset(file, await response.text());
}
