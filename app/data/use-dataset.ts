import { useContext } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQueries } from './queries.ts';
import { indexDataset, type DatasetIndex } from './selectors.ts';
import type { Dataset } from './schema.ts';
import { ViewedDataContext } from './viewed-data.ts';

/**
 * The shipped dataset as loaded and validated. Only call below <App>'s loaded guard: the query has resolved
 * by then, so a missing value is a programming error, not a state to render.
 */
export function useShippedDataset(): Dataset {
  const { data } = useQuery(datasetQueries.all());
  if (!data) throw new Error('useShippedDataset called before the dataset loaded');
  return data;
}

/**
 * The dataset every view, export and slide works on: what the app's wiring provides (the user's workspace
 * merged in, what had been reported by a date), else the shipped dataset.
 */
export function useDataset(): Dataset {
  const viewed = useContext(ViewedDataContext);
  const shipped = useShippedDataset();
  return viewed?.dataset ?? shipped;
}

/** True when the record comes from the user's workspace (shown "yours" wherever it appears). */
export function useIsYours(recordId: string): boolean {
  return useContext(ViewedDataContext)?.yours.has(recordId) ?? false;
}

/** The dataset's lookup tables (built once per dataset). */
export function useDatasetIndex(): DatasetIndex {
  return indexDataset(useDataset());
}
