import { useSyncExternalStore } from 'react';
import { getLoadProgress, subscribeLoadProgress, type LoadProgress } from '../data/load-progress.ts';

const MB = 1_000_000;

/** "Downloading the dataset… 4.2 of 47.5 MB" — what the loader is doing, for a file that takes a while. */
export function describeLoadProgress(p: LoadProgress): string {
  switch (p.stage) {
    case 'downloading':
      if (p.done === undefined) return 'Loading the dataset…';
      return p.total
        ? `Downloading the dataset… ${(p.done / MB).toFixed(1)} of ${(p.total / MB).toFixed(1)} MB`
        : `Downloading the dataset… ${(p.done / MB).toFixed(1)} MB`;
    case 'reading':
      return 'Reading the dataset…';
    case 'checking':
      return 'Checking every record against the schema…';
    case 'receiving':
      return `Preparing the views… ${(p.done ?? 0).toLocaleString('en')} records`;
  }
}

/** The loading line shown until the dataset is ready. */
export function DatasetLoading() {
  const progress = useSyncExternalStore(subscribeLoadProgress, getLoadProgress, getLoadProgress);
  return (
    <p className="loading" role="status">
      {describeLoadProgress(progress)}
    </p>
  );
}
