import { createContext } from 'react';
import type { Dataset } from './schema.ts';
import type { ReadingChoice } from '../domain/readings.ts';

/**
 * The data the views show, when it is not simply the loaded dataset: the app's wiring composes it (the user's
 * workspace merged in, what the documents had reported by a date, the readings picked) and provides it here, so views keep calling
 * `useDataset()` and this layer needs to know nothing about the stores that decide it.
 */
export interface ViewedData {
  dataset: Dataset;
  /** Ids of records that come from the user's workspace: marked "yours" wherever they are shown. */
  yours: ReadonlySet<string>;
  /** The readings the analyst picked (the Readings control); empty: every ambiguity open. */
  readings: ReadingChoice;
}

export const ViewedDataContext = createContext<ViewedData | null>(null);
