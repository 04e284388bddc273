import { useQuery } from '@tanstack/react-query';
import { datasetQueries } from './queries.ts';
import { reportedByDataset } from './reported-by.ts';
import { indexDataset, type DatasetIndex } from './selectors.ts';
import type { Dataset } from './schema.ts';
import { useReportedBy } from '../state/reported-by-store.ts';

/**
 * The dataset every view, export and slide works on: the loaded dataset as the documents published by the
 * "Reported by" date had reported it (all of it when none is set). Only call below <App>'s loaded guard:
 * the query has resolved by then, so a missing value is a programming error, not a state to render.
 */
export function useDataset(): Dataset {
  const reportedBy = useReportedBy();
  const { data } = useQuery({
    ...datasetQueries.all(),
    select: (d) => reportedByDataset(d, reportedBy),
  });
  if (!data) throw new Error('useDataset called before the dataset loaded');
  return data;
}

/** The dataset's lookup tables (built once per dataset). */
export function useDatasetIndex(): DatasetIndex {
  return indexDataset(useDataset());
}
