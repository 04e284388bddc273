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

// The dataset version permalinks pin (`d`), known once the dataset has loaded; and the version the opened
// link was made on, compared as soon as both are known.
let loadedDatasetVersion: string | null = null;
let linkDatasetVersion: string | null = null;
const DATASET_VERSION = /^[0-9A-Za-z.-]{1,40}$/;

function checkDatasetVersion(): void {
  if (!loadedDatasetVersion || !linkDatasetVersion) return;
  if (linkDatasetVersion !== loadedDatasetVersion) {
    raiseNotice(
      'info',
      `This link was made on dataset version ${linkDatasetVersion}; the data has changed since (now ${loadedDatasetVersion}).`,
    );
  }
  linkDatasetVersion = null;
}

function readPinnedVersion(params: URLSearchParams): string[] {
  const d = params.get('d');
  if (d === null) return [];
  if (!DATASET_VERSION.test(d)) return [`"d" in the link is not a dataset version; ignored.`];
  linkDatasetVersion = d;
  checkDatasetVersion();
  return [];
}

/** The app tells url-sync which dataset version is loaded, so permalinks pin it and old links say so. */
export function datasetVersionLoaded(version: string): void {
  if (loadedDatasetVersion === version) return;
  loadedDatasetVersion = version;
  checkDatasetVersion();
  if (started) writeUrl();
}

/** Current state as a URL query string (no leading "?"); also used for permalinks in exports. */
export function currentQuery(): string {
  const params = new URLSearchParams();
  params.set('v', URL_VERSION);
  for (const p of parts) p.write(params);
  if (loadedDatasetVersion) params.set('d', loadedDatasetVersion);
  return params.toString();
}

/** Current state as an absolute permalink. */
export function currentPermalink(): string {
  return `${window.location.origin}${window.location.pathname}?${currentQuery()}`;
}

function restoreFrom(params: URLSearchParams): void {
  const problems = [...parts.flatMap((p) => p.read(params)), ...readPinnedVersion(params)];
  problems.forEach((text) => raiseNotice('warning', text));
}

function restore(): void {
  restoreFrom(new URLSearchParams(window.location.search));
}

/**
 * Restores every registered part from a query string (a saved slide, a pasted permalink), as opening that
 * link would. With keepView the current view stays (the briefing presenter shows the slide's view itself).
 */
export function applyQuery(query: string, opts: { keepView?: boolean } = {}): void {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  if (opts.keepView) params.set('view', getViewState().view);
  restoreFrom(params);
}

let started = false;
let lastView = getViewState().view;

function writeUrl(): void {
  const query = currentQuery();
  const url = `${window.location.pathname}?${query}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  const view = getViewState().view;
  // A change of view is a navigation (Back returns to it); everything else replaces the entry.
  if (view !== lastView) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  lastView = view;
}

/** Reads the URL into the stores, then mirrors every change back into the URL. Returns a stop function. */
export function startUrlSync(): () => void {
  restore();
  lastView = getViewState().view;
  started = true;
  const unsubs = parts.map((p) => p.subscribe(writeUrl));
  const onPop = () => {
    restore();
    lastView = getViewState().view;
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubs.forEach((u) => u());
    window.removeEventListener('popstate', onPop);
    started = false;
  };
}
