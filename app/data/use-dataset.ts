import { useContext } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQueries } from './queries.ts';
import { indexDataset, type DatasetIndex } from './selectors.ts';
import type { Dataset } from './schema.ts';
import { ViewedDataContext } from './viewed-data.ts';
import { datasetUnderReadings, reportedAmbiguities, type ReadingChoice } from '../domain/readings.ts';

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
 * What the app's wiring provides (the user's workspace merged in, what had been reported by a date), else the
 * shipped dataset, before any reading is picked: every ambiguity whose records it holds keeps all its
 * readings. The Readings control and the "computed with …" texts use it.
 */
export function useStoredDataset(): Dataset {
  const viewed = useContext(ViewedDataContext);
  const shipped = useShippedDataset();
  return reportedAmbiguities(viewed?.dataset ?? shipped);
}

/**
 * The dataset every view, export and slide works on: the stored one under the readings the analyst picked
 * (the Readings control), so every view computes with the picked reading. Where none is picked the records
 * keep their own values (ones every reading allows), and views show every reading's value through
 * `openRates` / `openValues` (domain/readings.ts).
 */
export function useDataset(): Dataset {
  return datasetUnderReadings(useStoredDataset(), useReadings());
}

/** The readings the analyst picked (empty: every ambiguity open). */
export function useReadings(): ReadingChoice {
  return useContext(ViewedDataContext)?.readings ?? NO_READINGS;
}

const NO_READINGS: ReadingChoice = {};

/** True when the record comes from the user's workspace (shown "yours" wherever it appears). */
export function useIsYours(recordId: string): boolean {
  return useContext(ViewedDataContext)?.yours.has(recordId) ?? false;
}

/** Ids of the records from the user's workspace (charts mark each of them "yours"). */
export function useYours(): ReadonlySet<string> {
  return useContext(ViewedDataContext)?.yours ?? NO_YOURS;
}

const NO_YOURS: ReadonlySet<string> = new Set();

/** The dataset's lookup tables (built once per dataset). */
export function useDatasetIndex(): DatasetIndex {
  return indexDataset(useDataset());
}
