import type { UrlStore } from '../lib/url-params.ts';
import type { ReadingChoice } from '../domain/readings.ts';
import { getReadingChoice, readingActions, subscribeReadingChoice } from '../state/readings-store.ts';

/**
 * The readings store as the URL table (`app/url-table.ts`) sees it: `readings=summer-pair:b,last-tuesday:a`
 * (absent = every ambiguity shows all its readings). Permalinks and slides carry it like any parameter.
 */
export const READINGS_PARAM = 'readings';

export interface ReadingsUrlState {
  readings: ReadingChoice;
}

export const readingsUrlStore: UrlStore<ReadingsUrlState> = {
  name: 'readings',
  get: () => ({ readings: getReadingChoice() }),
  apply: (values) => {
    readingActions().urlRestored(values.readings ?? {});
    return [];
  },
  patch: (values) => readingActions().urlRestored(values.readings ?? {}),
  subscribe: subscribeReadingChoice,
};
