import { isRealDate } from './dates.ts';
import { DEFAULT_VIEW_STATE, isViewId, type ViewState } from '../state/view-state.ts';

/**
 * The URL codec for view state. Only what differs from the defaults goes into the URL; what cannot be read
 * is dropped and reported, never trusted. Pure: the store and url-sync call it.
 */

export const URL_VERSION = '1';
const ID_LIST = /^[a-z0-9][a-z0-9-]*$/;

export interface DecodeResult<T> {
  state: Partial<T>;
  problems: string[];
}

const LIST_KEYS = ['rounds', 'negParties', 'negStatuses', 'tlActors', 'tlKinds', 'tlStatuses'] as const;
const DATE_KEYS = ['asOf', 'tlFrom', 'tlTo'] as const;

/** View state → URL parameters (defaults omitted). */
export function encodeViewState(s: ViewState, params = new URLSearchParams()): URLSearchParams {
  if (s.view !== DEFAULT_VIEW_STATE.view) params.set('view', s.view);
  for (const k of DATE_KEYS) if (s[k]) params.set(k, s[k]);
  if (s.recordId) params.set('record', s.recordId);
  for (const k of LIST_KEYS) if (s[k].length) params.set(k, s[k].join(','));
  return params;
}

/** URL parameters → the parts of view state they validly describe, plus a message per dropped part. */
export function decodeViewState(params: URLSearchParams): DecodeResult<ViewState> {
  const state: Partial<ViewState> = {};
  const problems: string[] = [];
  const view = params.get('view');
  if (view !== null) {
    if (isViewId(view)) state.view = view;
    else problems.push(`Unknown view "${view.slice(0, 40)}" in the link; showing the overview.`);
  }
  for (const k of DATE_KEYS) {
    const v = params.get(k);
    if (v === null) continue;
    if (isRealDate(v)) state[k] = v;
    else problems.push(`"${k}" in the link is not a date (YYYY-MM-DD): "${v.slice(0, 40)}"; ignored.`);
  }
  const record = params.get('record');
  if (record !== null) {
    if (ID_LIST.test(record)) state.recordId = record;
    else problems.push(`"record" in the link is not a record id; ignored.`);
  }
  for (const k of LIST_KEYS) {
    const v = params.get(k);
    if (v === null) continue;
    const items = v.split(',').filter(Boolean);
    const good = items.filter((i) => ID_LIST.test(i));
    if (good.length !== items.length)
      problems.push(`Some entries of "${k}" in the link were not valid ids; dropped.`);
    state[k] = good;
  }
  return { state, problems };
}
