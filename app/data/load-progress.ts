import type { LoadStage } from './dataset-transfer.ts';

/** How far the dataset load has got: read by the loading line, written by the loader. */
export interface LoadProgress {
  stage: LoadStage;
  /** Bytes downloaded or records received so far, and of how many (when known). */
  done?: number;
  total?: number;
}

let current: LoadProgress = { stage: 'downloading' };
const listeners = new Set<() => void>();

export function reportLoadProgress(p: LoadProgress): void {
  current = p;
  listeners.forEach((l) => l());
}

/** For useSyncExternalStore. */
export function subscribeLoadProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getLoadProgress(): LoadProgress {
  return current;
}
