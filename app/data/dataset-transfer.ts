import type { Dataset } from './schema.ts';
import type { DatasetProblem } from './problems.ts';

/**
 * The messages a dataset crosses from the loading worker to the page in. A large dataset is sent in many small
 * chunks rather than one structured clone, because the page deserialises each message in a task of its own:
 * chunks keep every such task short, so the page stays responsive while tens of thousands of records arrive.
 */
export type DatasetMessage =
  | { type: 'progress'; stage: LoadStage; done?: number; total?: number }
  | { type: 'chunk'; collection: string; records: unknown[] }
  | { type: 'done'; head: Record<string, unknown>; collections: string[] }
  | { type: 'error'; problems: DatasetProblem[] };

/** What the loader is doing, for the progress line. */
export type LoadStage = 'downloading' | 'reading' | 'checking' | 'receiving';

/** Records per chunk: small enough that receiving one takes a few milliseconds on a slow laptop. */
export const CHUNK_RECORDS = 500;

/** Splits a validated dataset into chunk messages (every array-valued field) and a final `done` message. */
export function splitForTransfer(data: Dataset, chunkRecords = CHUNK_RECORDS): DatasetMessage[] {
  const out: DatasetMessage[] = [];
  const head: Record<string, unknown> = {};
  const collections: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!Array.isArray(value)) {
      head[key] = value;
      continue;
    }
    collections.push(key);
    for (let i = 0; i < value.length; i += chunkRecords) {
      out.push({ type: 'chunk', collection: key, records: value.slice(i, i + chunkRecords) });
    }
  }
  out.push({ type: 'done', head, collections });
  return out;
}

/** Collects chunk messages back into the dataset they were split from. */
export class DatasetAssembler {
  private readonly parts = new Map<string, unknown[][]>();
  received = 0;

  add(message: Extract<DatasetMessage, { type: 'chunk' }>): void {
    const list = this.parts.get(message.collection) ?? [];
    list.push(message.records);
    this.parts.set(message.collection, list);
    this.received += message.records.length;
  }

  finish(message: Extract<DatasetMessage, { type: 'done' }>): Dataset {
    const data: Record<string, unknown> = { ...message.head };
    for (const c of message.collections) data[c] = (this.parts.get(c) ?? []).flat();
    return data as Dataset;
  }
}
