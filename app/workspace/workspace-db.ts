import { DatasetError, validateDataset } from '../data/load-dataset.ts';
import type { Dataset } from '../data/schema.ts';

/**
 * The user's workspace: datasets they imported or made, kept in this browser's IndexedDB (data can be
 * megabytes, more than localStorage holds), apart from the shipped dataset, which it never touches. What is
 * stored is versioned; what comes back is migrated and validated with the same schema and integrity checks
 * as the shipped data before any view sees it.
 */

/** The version of what one stored workspace looks like (not the IndexedDB database version). */
export const WORKSPACE_VERSION = 1;

/** A workspace as stored. */
export interface StoredWorkspace {
  version: typeof WORKSPACE_VERSION;
  /** The dataset, as imported (validated before it was saved, and again when it is read). */
  dataset: Dataset;
  /** Where it came from ("dataset.json", "events.csv + tariffMeasures.csv"), for the user. */
  origin: string;
  savedAt: string;
  /** What the views showed when the user last chose (shipped, merged, workspace). */
  choice?: 'shipped' | 'merged' | 'workspace';
}

/** What reading the saved workspace gave. */
export type WorkspaceRead =
  | { kind: 'none' }
  | { kind: 'ok'; workspace: StoredWorkspace }
  /** Saved by a newer version of the app, or unreadable: kept as it is, never overwritten, with the reason. */
  | { kind: 'unreadable'; reason: string; raw: unknown };

/** Upgrades from older stored versions, one step each, keyed by the version they upgrade from. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 0 (never shipped, kept as the pattern): the dataset sat under `data`.
  0: (old) => ({ ...old, version: 1, dataset: old.data, origin: old.origin ?? 'an earlier import' }),
};

/** Migrates and validates a stored value. Pure. */
export function readStored(raw: unknown): WorkspaceRead {
  if (raw === undefined || raw === null) return { kind: 'none' };
  if (typeof raw !== 'object') return { kind: 'unreadable', reason: 'it is not a workspace record', raw };
  let value = raw as Record<string, unknown>;
  const version = typeof value.version === 'number' ? value.version : 0;
  if (version > WORKSPACE_VERSION) {
    return {
      kind: 'unreadable',
      reason: `it was saved by a newer version of the dashboard (workspace version ${version}); it is kept as it is`,
      raw,
    };
  }
  for (let v = version; v < WORKSPACE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { kind: 'unreadable', reason: `no upgrade from workspace version ${v}`, raw };
    value = step(value);
  }
  try {
    const dataset = validateDataset('workspace', value.dataset);
    return {
      kind: 'ok',
      workspace: {
        version: WORKSPACE_VERSION,
        dataset,
        origin: typeof value.origin === 'string' ? value.origin : 'an import',
        savedAt: typeof value.savedAt === 'string' ? value.savedAt : '',
        ...(value.choice === 'shipped' || value.choice === 'merged' || value.choice === 'workspace'
          ? { choice: value.choice }
          : {}),
      },
    };
  } catch (e) {
    const why =
      e instanceof DatasetError
        ? `${e.problems.length} problem(s), first: ${e.problems[0]?.message ?? ''}`
        : String(e);
    return { kind: 'unreadable', reason: `its dataset does not pass the checks (${why})`, raw };
  }
}

const DB_NAME = 'tsd-workspace';
const STORE = 'workspaces';
const KEY = 'current';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open(DB_NAME, 1);
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

function run<T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return openDb().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const req = op(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(req.result);
        };
        tx.onerror = () => {
          db.close();
          reject(tx.error ?? req.error ?? new Error('IndexedDB transaction failed'));
        };
        tx.onabort = tx.onerror;
      }),
  );
}

/** Reads the saved workspace (migrated and validated). Storage that cannot be opened reads as an error. */
export async function loadWorkspace(): Promise<WorkspaceRead> {
  return readStored(await run('readonly', (s) => s.get(KEY) as IDBRequest<unknown>));
}

/** Saves a validated dataset as the workspace. A value of a newer version already stored is never replaced. */
export async function saveWorkspace(
  dataset: Dataset,
  origin: string,
  now = new Date(),
): Promise<StoredWorkspace> {
  const existing = await run('readonly', (s) => s.get(KEY) as IDBRequest<unknown>);
  const read = readStored(existing);
  if (read.kind === 'unreadable' && /newer version/.test(read.reason)) {
    throw new Error(`The workspace in this browser ${read.reason}; download it before replacing it.`);
  }
  const value: StoredWorkspace = {
    version: WORKSPACE_VERSION,
    dataset,
    origin,
    savedAt: now.toISOString(),
    choice: 'merged',
  };
  await run('readwrite', (s) => s.put(value, KEY));
  return value;
}

/** Remembers the user's choice of data with the workspace (a reload shows the same). */
export async function rememberChoice(choice: NonNullable<StoredWorkspace['choice']>): Promise<void> {
  const read = readStored(await run('readonly', (s) => s.get(KEY) as IDBRequest<unknown>));
  if (read.kind !== 'ok') return;
  await run('readwrite', (s) => s.put({ ...read.workspace, choice }, KEY));
}

/** Removes the workspace (the user asked to). */
export async function clearWorkspace(): Promise<void> {
  await run('readwrite', (s) => s.delete(KEY));
}
