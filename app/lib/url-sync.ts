import { decodeViewState, encodeViewState, URL_VERSION } from './url-state.ts';
import { getViewState, subscribeViewState, viewActions } from '../state/view-store.ts';
import { raiseNotice } from '../state/notices-store.ts';

/**
 * A piece of app state that lives in the URL. Each store that belongs in permalinks registers one;
 * url-sync is the only place that touches window.location/history.
 */
export interface UrlPart {
  /** Write this part's non-default state into params. */
  write: (params: URLSearchParams) => void;
  /** Restore from params; return messages for whatever was dropped. */
  read: (params: URLSearchParams) => string[];
  /** Call back whenever this part changes. */
  subscribe: (onChange: () => void) => () => void;
}

const parts: UrlPart[] = [
  {
    write: (params) => encodeViewState(getViewState(), params),
    read: (params) => {
      const { state, problems } = decodeViewState(params);
      viewActions().urlRestored(state);
      return problems;
    },
    subscribe: (onChange) => subscribeViewState(onChange),
  },
];

/** Register another part (scenarios, deck) before startUrlSync runs. */
export function registerUrlPart(part: UrlPart): void {
  parts.push(part);
}

/** Current state as a URL query string (no leading "?"); also used for permalinks in exports. */
export function currentQuery(): string {
  const params = new URLSearchParams();
  params.set('v', URL_VERSION);
  for (const p of parts) p.write(params);
  return params.toString();
}

/** Current state as an absolute permalink. */
export function currentPermalink(): string {
  return `${window.location.origin}${window.location.pathname}?${currentQuery()}`;
}

function restore(): void {
  const params = new URLSearchParams(window.location.search);
  const problems = parts.flatMap((p) => p.read(params));
  problems.forEach((text) => raiseNotice('warning', text));
}

/** Reads the URL into the stores, then mirrors every change back into the URL. Returns a stop function. */
export function startUrlSync(): () => void {
  restore();
  let lastView = getViewState().view;
  const write = () => {
    const query = currentQuery();
    const url = `${window.location.pathname}?${query}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    const view = getViewState().view;
    // A change of view is a navigation (Back returns to it); everything else replaces the entry.
    if (view !== lastView) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    lastView = view;
  };
  const unsubs = parts.map((p) => p.subscribe(write));
  const onPop = () => {
    restore();
    lastView = getViewState().view;
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubs.forEach((u) => u());
    window.removeEventListener('popstate', onPop);
  };
}
