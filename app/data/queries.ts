import { queryOptions } from '@tanstack/react-query';
import { loadDataset } from './load-dataset.ts';
import { reportLoadProgress } from './load-progress.ts';

/** Where the shipped dataset is served (see vite.config.ts). */
export const DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`;

/** Query options for the dataset domain: key and fetcher kept together. */
export const datasetQueries = {
  all: () =>
    queryOptions({
      queryKey: ['dataset', DATASET_URL] as const,
      queryFn: ({ signal }) => loadDataset(DATASET_URL, signal, reportLoadProgress),
      staleTime: Infinity,
      gcTime: Infinity,
    }),
};
