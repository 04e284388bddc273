import { isRealDate } from '../lib/dates.ts';
import { registerUrlPart } from '../lib/url-sync.ts';
import { getReportedBy, reportedByActions, subscribeReportedBy } from './reported-by-store.ts';

/**
 * Puts the "Reported by" date in permalinks as `reportedBy=YYYY-MM-DD` (absent = every document). Imported
 * by main.tsx before startUrlSync(). A link without it shows every document, as a link without `asOf`
 * shows today.
 */
export const REPORTED_BY_PARAM = 'reportedBy';

registerUrlPart({
  write: (params) => {
    const v = getReportedBy();
    if (v) params.set(REPORTED_BY_PARAM, v);
  },
  read: (params) => {
    const v = params.get(REPORTED_BY_PARAM);
    if (v === null) {
      reportedByActions().reportedBySet(null);
      return [];
    }
    if (isRealDate(v)) {
      reportedByActions().reportedBySet(v);
      return [];
    }
    reportedByActions().reportedBySet(null);
    return [
      `"${REPORTED_BY_PARAM}" in the link is not a date (YYYY-MM-DD): "${v.slice(0, 40)}"; showing every document.`,
    ];
  },
  subscribe: subscribeReportedBy,
});
