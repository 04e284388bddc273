import { dataset, type Dataset } from './schema.ts';
import { checkIntegrity, problemsFromZod, type DatasetProblem } from './problems.ts';
import { DatasetAssembler, type DatasetMessage } from './dataset-transfer.ts';
import type { LoadProgress } from './load-progress.ts';
import { checkReadings } from './readings-check.ts';

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
  return validateDataset(file, raw);
}

/** Validates already-parsed dataset JSON: schema, then integrity. Pure; throws DatasetError. */
export function validateDataset(file: string, raw: unknown): Dataset {
  const result = dataset.safeParse(raw);
  if (!result.success) throw new DatasetError(file, problemsFromZod(file, raw, result.error));
  const problems = [...checkIntegrity(file, result.data), ...checkReadings(file, result.data)];
  if (problems.length > 0) throw new DatasetError(file, problems);
  return result.data;
}

/** Above this size the dataset is parsed and validated in a worker; below it, inline is faster than a worker. */
export const WORKER_THRESHOLD_BYTES = 1_000_000;

type Progress = (p: LoadProgress) => void;

/**
 * Fetches and validates the dataset at `url`. A large file is parsed, validated and checked in a Web Worker
 * and arrives in small chunks, so the page stays responsive while it loads; `onProgress` hears how far the
 * download and the checks have got.
 */
export async function loadDataset(
  url: string,
  signal?: AbortSignal,
  onProgress?: Progress,
): Promise<Dataset> {
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
  const bytes = await readBody(response, onProgress);
  if (bytes.byteLength < WORKER_THRESHOLD_BYTES || typeof Worker === 'undefined') {
    return parseDataset(file, new TextDecoder().decode(bytes));
  }
  return parseInWorker(file, bytes, signal, onProgress);
}

/** Reads the body, reporting bytes as they arrive (the total when the server sends a length). */
async function readBody(response: Response, onProgress?: Progress): Promise<Uint8Array<ArrayBuffer>> {
  const length = Number(response.headers.get('content-length')) || undefined;
  if (!response.body || !onProgress) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let done = 0;
  let reported = 0;
  for (;;) {
    const r = await reader.read();
    if (r.done) break;
    parts.push(r.value);
    done += r.value.byteLength;
    // A few reports a second are enough for a progress line; one per network chunk would re-render it
    // thousands of times for a large file.
    const now = performance.now();
    if (now - reported > 100) {
      reported = now;
      onProgress({ stage: 'downloading', done, total: length });
    }
  }
  const out = new Uint8Array(done);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

function parseInWorker(
  file: string,
  bytes: Uint8Array<ArrayBuffer>,
  signal?: AbortSignal,
  onProgress?: Progress,
): Promise<Dataset> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' });
    const assembler = new DatasetAssembler();
    const stop = () => worker.terminate();
    signal?.addEventListener('abort', () => {
      stop();
      reject(signal.reason);
    });
    worker.onerror = (e) => {
      stop();
      reject(
        new DatasetError(file, [{ file, where: '(file)', message: `could not be checked: ${e.message}` }]),
      );
    };
    worker.onmessage = (e: MessageEvent<DatasetMessage>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress?.({ stage: m.stage, done: m.done, total: m.total });
      else if (m.type === 'chunk') {
        assembler.add(m);
        onProgress?.({ stage: 'receiving', done: assembler.received });
      } else if (m.type === 'error') {
        stop();
        reject(new DatasetError(file, m.problems));
      } else {
        stop();
        resolve(assembler.finish(m));
      }
    };
    worker.postMessage({ file, bytes: bytes.buffer }, [bytes.buffer]);
  });
}
