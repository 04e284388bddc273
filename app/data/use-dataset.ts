import { useQuery } from '@tanstack/react-query';
import { datasetQueries } from './queries.ts';
import { indexDataset, type DatasetIndex } from './selectors.ts';
import type { Dataset } from './schema.ts';

/**
 * The loaded dataset. Only call below <App>'s loaded guard: the query has resolved by then, so a missing
 * value is a programming error, not a state to render.
 */
export function useDataset(): Dataset {
  const { data } = useQuery(datasetQueries.all());
  if (!data) throw new Error('useDataset called before the dataset loaded');
  return data;
}

/** The dataset's lookup tables (built once per dataset). */
export function useDatasetIndex(): DatasetIndex {
  return indexDataset(useDataset());
}
