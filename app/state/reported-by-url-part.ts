import type { UrlStore } from '../lib/url-params.ts';
import { getReportedBy, reportedByActions, subscribeReportedBy } from './reported-by-store.ts';

/**
 * The "Reported by" store as the URL table (`app/url-table.ts`) sees it: `reportedBy=YYYY-MM-DD` (absent =
 * every document). A link without it shows every document, as a link without `asOf` shows today.
 */
export const REPORTED_BY_PARAM = 'reportedBy';

export interface ReportedByUrlState {
  reportedBy: string | null;
}

export const reportedByUrlStore: UrlStore<ReportedByUrlState> = {
  name: 'reported by',
  get: () => ({ reportedBy: getReportedBy() }),
  apply: (values) => {
    reportedByActions().reportedBySet(values.reportedBy ?? null);
    return [];
  },
  patch: (values) => reportedByActions().reportedBySet(values.reportedBy ?? null),
  subscribe: subscribeReportedBy,
};
