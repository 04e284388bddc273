import {
  decodeTable,
  encodeTable,
  migrateLink,
  readLinkVersion,
  unknownIds,
  URL_VERSION,
  type StoreRows,
  type UrlMigration,
} from './url-params.ts';
import type { StateScope } from './state-scope.ts';

/**
 * The only code that touches window.location and history. It reads a link through the parameter table
 * (`app/url-table.ts`, handed to startUrlSync by main.tsx): the link version `v` first, migrations up to the
 * current version, then every row, each dropped part with a notice; once the dataset has loaded, ids it
 * lacks are dropped with a notice too. The address bar is then rewritten to what was applied.
 */

interface DatasetLike {
  datasetVersion: string;
}

type Notify = (tone: 'info' | 'warning', text: string) => void;

let table: readonly StoreRows<DatasetLike>[] = [];
let migrations: Readonly<Record<number, UrlMigration>> = {};
let notify: Notify = () => {};
let dataset: DatasetLike | null = null;
// The dataset the views show (the user's workspace merged in), whose ids links may name.
let viewed: DatasetLike | null = null;
// The dataset version the opened link was made on (`d`), compared once the dataset has loaded.
let linkDatasetVersion: string | null = null;
const DATASET_VERSION = /^[0-9A-Za-z.-]{1,40}$/;

function checkDatasetVersion(): void {
  if (!dataset || !linkDatasetVersion) return;
  if (linkDatasetVersion !== dataset.datasetVersion) {
    notify(
      'info',
      `This link was made on dataset version ${linkDatasetVersion}; the data has changed since (now ${dataset.datasetVersion}).`,
    );
  }
  linkDatasetVersion = null;
}

function readPinnedVersion(params: URLSearchParams): string[] {
  const all = params.getAll('d');
  const d = all[0];
  if (d === undefined) return [];
  const problems = all.length > 1 ? [`The link repeats "d" (${all.length} values); the first was used.`] : [];
  if (!DATASET_VERSION.test(d)) return [...problems, `"d" in the link is not a dataset version; ignored.`];
  linkDatasetVersion = d;
  checkDatasetVersion();
  return problems;
}

/** Drops ids the loaded dataset lacks from every store, with a notice naming them. */
function dropUnknownIds(): void {
  if (!viewed) return;
  const { patches, problems } = unknownIds(table, viewed);
  patches.forEach(({ store, values }) => store.patch(values as never));
  problems.forEach((p) => notify('warning', p));
}

/**
 * The app tells url-sync which dataset is loaded (permalinks pin its version) and which one the views show
 * (links lose ids it lacks); the second is known once the user's workspace, if any, has been read.
 */
export function datasetLoaded(loaded: DatasetLike, shown: DatasetLike | null = loaded): void {
  if (dataset === loaded && viewed === shown) return;
  dataset = loaded;
  viewed = shown;
  checkDatasetVersion();
  dropUnknownIds();
  if (started) writeUrl();
}

/** Current state as a URL query string (no leading "?"); also used for permalinks in exports and slides. */
export function currentQuery(): string {
  const params = new URLSearchParams();
  params.set('v', String(URL_VERSION));
  encodeTable(table, params);
  if (dataset) params.set('d', dataset.datasetVersion);
  return params.toString();
}

/**
 * THE permalink rule: the absolute link that opens the dashboard on a query (a slide's, an export's, the
 * current state). Every permalink the app shows, copies or prints is built here.
 */
export function permalinkOf(query: string): string {
  const q = query.startsWith('?') ? query.slice(1) : query;
  return `${window.location.origin}${window.location.pathname}${q ? `?${q}` : ''}`;
}

/** Current state as an absolute permalink. */
export function currentPermalink(): string {
  return permalinkOf(currentQuery());
}

/**
 * What a query sets in every store of the URL table, as opening it would but without touching the stores,
 * the address bar or the notices: each row's value from the query (migrated to the current link version),
 * its default where the query has none, and ids the shown dataset lacks dropped. The slide renderer provides
 * it as a state scope (lib/state-scope.ts). A query pinned to a dataset version keeps its `d`.
 */
export function stateOfQuery(query: string): StateScope {
  const input = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const { version } = readLinkVersion(input);
  const params = migrateLink(input, version, migrations);
  const decoded = decodeTable(table, params, ['v', 'd']);
  const stores: Record<string, Record<string, unknown>> = {};
  table.forEach(({ store, rows }, i) => {
    const values = decoded.stores[i]!.values as Record<string, unknown>;
    const state: Record<string, unknown> = {};
    for (const r of rows) {
      let value = r.field in values ? values[r.field] : r.default;
      if (r.known && viewed) value = r.known(viewed, value).value;
      state[r.field] = value;
    }
    stores[store.name] = state;
  });
  return { query: params.toString(), stores };
}

function restoreFrom(input: URLSearchParams): void {
  const { version, problems } = readLinkVersion(input);
  const params = migrateLink(input, version, migrations);
  const decoded = decodeTable(table, params, ['v', 'd']);
  problems.push(...decoded.problems);
  for (const { store, values, present } of decoded.stores)
    problems.push(...store.apply(values as never, present));
  problems.push(...readPinnedVersion(params));
  problems.forEach((text) => notify('warning', text));
  dropUnknownIds();
}

/**
 * Restores every store from a query string (a saved slide, a pasted permalink), as opening that link
 * would. With keepView the current view stays (the briefing presenter shows the slide's view itself).
 */
export function applyQuery(query: string, opts: { keepView?: boolean } = {}): void {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  if (opts.keepView) {
    params.delete('view');
    const current = new URLSearchParams(currentQuery()).get('view');
    if (current !== null) params.set('view', current);
  }
  restoreFrom(params);
}

let started = false;
let lastView: string | null = null;

function viewOf(query: string): string | null {
  return new URLSearchParams(query).get('view');
}

function writeUrl(): void {
  const query = currentQuery();
  const url = `${window.location.pathname}?${query}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  const view = viewOf(query);
  // A change of view is a navigation (Back returns to it); everything else replaces the entry.
  if (view !== lastView) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  lastView = view;
}

/** After reading a link, the address bar shows what was applied: dropped parts leave it. */
function cleanAddressBar(): void {
  if (window.location.search === '') return;
  const url = `${window.location.pathname}?${currentQuery()}`;
  if (url !== `${window.location.pathname}${window.location.search}`)
    window.history.replaceState(null, '', url);
}

/**
 * Reads the URL into the stores through the table, then mirrors every change back into the URL. `notify`
 * shows a notice. Returns a stop function.
 */
export function startUrlSync<D extends DatasetLike>(opts: {
  table: readonly StoreRows<D>[];
  migrations: Readonly<Record<number, UrlMigration>>;
  notify: Notify;
}): () => void {
  table = opts.table as unknown as readonly StoreRows<DatasetLike>[];
  migrations = opts.migrations;
  notify = opts.notify;
  restoreFrom(new URLSearchParams(window.location.search));
  cleanAddressBar();
  lastView = viewOf(currentQuery());
  started = true;
  const unsubs = table.map(({ store }) => store.subscribe(writeUrl));
  const onPop = () => {
    restoreFrom(new URLSearchParams(window.location.search));
    cleanAddressBar();
    lastView = viewOf(currentQuery());
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubs.forEach((u) => u());
    window.removeEventListener('popstate', onPop);
    started = false;
  };
}
