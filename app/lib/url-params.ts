import { isRealDate } from './dates.ts';

/**
 * The machinery behind the URL parameter table (`app/url-table.ts`): codecs (text in a link ↔ a value),
 * the row type, decoding with per-part problems, and the link-version migrations. Pure: url-sync applies
 * the result to the stores and touches history.
 */

/** What a codec made of one parameter's text: the value it could read (maybe partial) and what it dropped. */
export interface Parsed<T> {
  value?: T;
  problems: string[];
}

/** Text in a link ↔ a value. `name` is the parameter, so every message can say which part it is about. */
export interface ParamCodec<T> {
  parse: (raw: string, name: string) => Parsed<T>;
  format: (value: T) => string;
}

/** Ids the loaded dataset knows, for the rows whose values name records, actors, presets… */
export type KnownCheck<T, D> = (dataset: D, value: T) => { value: T; unknown: string[] };

/**
 * One row of the table: a parameter of the link, the store field it sets, its codec and default.
 * Only non-default values are written; `readOnly` parameters are read once and then leave the address bar.
 */
export interface ParamRow<S, D> {
  name: string;
  field: keyof S & string;
  codec: ParamCodec<unknown>;
  default: unknown;
  describe: string;
  readOnly?: boolean;
  /** What the values name ("record", "negotiation rounds"), for the notice about ids the dataset lacks. */
  names?: string;
  known?: KnownCheck<unknown, D>;
}

/** Typed row constructor: the codec, default and id check must fit the store field. */
export function row<S, K extends keyof S & string, D = unknown>(spec: {
  name: string;
  field: K;
  codec: ParamCodec<S[K]>;
  default: S[K];
  describe: string;
  readOnly?: boolean;
  names?: string;
  known?: KnownCheck<S[K], D>;
}): ParamRow<S, D> {
  return spec as unknown as ParamRow<S, D>;
}

/** A store that parameters belong to: how url-sync reads and restores it. */
export interface UrlStore<S> {
  /** The store's name as the table and README give it ("view", "scenarios", "deck"). */
  name: string;
  get: () => S;
  /**
   * A link was opened: `values` holds what its parameters validly set, `present` which of this store's
   * parameters it carried. Returns further notices (e.g. "your steps were kept aside").
   */
  apply: (values: Partial<S>, present: ReadonlySet<string>) => string[];
  /** Sets some fields (ids the dataset lacks were removed). */
  patch: (values: Partial<S>) => void;
  subscribe: (onChange: () => void) => () => void;
}

/** The rows of one store. */
export interface StoreRows<D> {
  store: UrlStore<never>;
  rows: ParamRow<never, D>[];
}

export function storeRows<S, D>(store: UrlStore<S>, rows: ParamRow<S, D>[]): StoreRows<D> {
  return { store, rows } as unknown as StoreRows<D>;
}

const quote = (s: string, max = 40) => `"${s.length > max ? `${s.slice(0, max)}…` : s}"`;

// --- Codecs ---------------------------------------------------------------------------------------------

const ID = /^[a-z0-9][a-z0-9-]*$/;

export function isId(s: string): boolean {
  return ID.test(s) && s.length <= 80;
}

/** One of a fixed set of words (the view). */
export function oneOf<T extends string>(
  values: readonly T[],
  unknown: (raw: string) => string,
): ParamCodec<T> {
  return {
    parse: (raw) =>
      (values as readonly string[]).includes(raw)
        ? { value: raw as T, problems: [] }
        : { problems: [unknown(raw)] },
    format: (v) => v,
  };
}

/** A date, or nothing (the default). */
export const optionalDate: ParamCodec<string | null> = {
  parse: (raw, name) =>
    isRealDate(raw)
      ? { value: raw, problems: [] }
      : { problems: [`"${name}" in the link is not a date (YYYY-MM-DD): ${quote(raw)}; ignored.`] },
  format: (v) => v ?? '',
};

/** One id (a record), or nothing. */
export const optionalId: ParamCodec<string | null> = {
  parse: (raw, name) =>
    isId(raw)
      ? { value: raw, problems: [] }
      : { problems: [`"${name}" in the link is not an id: ${quote(raw)}; ignored.`] },
  format: (v) => v ?? '',
};

/** A comma-separated list of ids; malformed entries are dropped by name, repeats once. */
export const idList: ParamCodec<string[]> = {
  parse: (raw, name) => {
    const items = raw.split(',').filter(Boolean);
    const good = items.filter(isId);
    const bad = items.filter((i) => !isId(i));
    return {
      value: [...new Set(good)],
      problems: bad.length
        ? [
            `Some entries of "${name}" in the link were not valid ids (${bad.map((b) => quote(b, 20)).join(', ')}); dropped.`,
          ]
        : [],
    };
  },
  format: (v) => v.join(','),
};

/** Keeps the ids of a list that `has` knows; names the others. */
export function knownList<D>(ids: (dataset: D) => ReadonlySet<string>): KnownCheck<string[], D> {
  return (dataset, value) => {
    const have = ids(dataset);
    return { value: value.filter((v) => have.has(v)), unknown: value.filter((v) => !have.has(v)) };
  };
}

// --- Link versions --------------------------------------------------------------------------------------

/**
 * The link format version, written as `v`. Bump it when a parameter changes meaning or form, and add the
 * migration from the previous version to URL_MIGRATIONS: old links then keep opening as they did.
 */
export const URL_VERSION = 2;

/**
 * Migrations keyed by the version they upgrade from. Each rewrites the parameters of a link of that version
 * into the next version's form; a link runs every step up to URL_VERSION before any row reads it.
 */
export type UrlMigration = (params: URLSearchParams) => void;

export interface VersionRead {
  version: number;
  problems: string[];
}

/**
 * Reads `v`: absent means a link from before versions were read (version 1, the only form they had);
 * garbage, empty or a version newer than this app gets a notice naming it, and the link is read as the
 * current version (what can be read is still applied, each part validated).
 */
export function readLinkVersion(params: URLSearchParams): VersionRead {
  const all = params.getAll('v');
  const problems: string[] = [];
  if (all.length > 1) problems.push(`The link repeats "v" (${all.length} values); the first was used.`);
  const raw = all[0];
  if (raw === undefined) return { version: 1, problems };
  if (!/^\d{1,4}$/.test(raw) || Number(raw) < 1) {
    problems.push(
      `The link's version "v" is ${raw === '' ? 'empty' : `not a version: ${quote(raw)}`}; it was read as version ${URL_VERSION}, the current one; each part it could not read has its own notice.`,
    );
    return { version: URL_VERSION, problems };
  }
  const version = Number(raw);
  if (version > URL_VERSION) {
    problems.push(
      `The link is of version ${version}, newer than this dashboard understands (version ${URL_VERSION}); it was read as version ${URL_VERSION}; each part it could not read has its own notice.`,
    );
    return { version: URL_VERSION, problems };
  }
  return { version, problems };
}

/** Runs the migrations from `from` up to URL_VERSION on a copy of the parameters. */
export function migrateLink(
  params: URLSearchParams,
  from: number,
  migrations: Readonly<Record<number, UrlMigration>>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (let v = from; v < URL_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`No URL migration from version ${v}`);
    step(next);
  }
  next.set('v', String(URL_VERSION));
  return next;
}

// --- Decoding and encoding over the table ---------------------------------------------------------------

export interface StoreDecode {
  store: UrlStore<never>;
  values: Record<string, unknown>;
  present: Set<string>;
}

export interface TableDecode {
  stores: StoreDecode[];
  problems: string[];
}

/**
 * Parameters (already migrated) → the values of every store, with a message per dropped part: malformed
 * values, repeated parameters (the first is used) and parameters the table does not know.
 */
export function decodeTable<D>(
  table: readonly StoreRows<D>[],
  params: URLSearchParams,
  reserved: readonly string[] = ['v'],
): TableDecode {
  const problems: string[] = [];
  const known = new Set<string>(reserved);
  const stores = table.map(({ store, rows }) => {
    const values: Record<string, unknown> = {};
    const present = new Set<string>();
    for (const r of rows) {
      known.add(r.name);
      const all = params.getAll(r.name);
      if (all.length === 0) continue;
      present.add(r.name);
      if (all.length > 1)
        problems.push(
          `The link repeats "${r.name}" (${all.length} values); the first, ${quote(all[0]!)}, was used.`,
        );
      const parsed = r.codec.parse(all[0]!, r.name);
      problems.push(...parsed.problems);
      if (parsed.value !== undefined) values[r.field] = parsed.value;
    }
    return { store, values, present };
  });
  const unknown = [...new Set([...params.keys()].filter((k) => !known.has(k)))];
  if (unknown.length)
    problems.push(
      `The link carries ${unknown.map((k) => quote(k, 24)).join(', ')}, which this dashboard does not know; ignored.`,
    );
  return { stores, problems };
}

/** Every store's non-default values → parameters, in table order. */
export function encodeTable<D>(
  table: readonly StoreRows<D>[],
  params = new URLSearchParams(),
): URLSearchParams {
  for (const { store, rows } of table) {
    const state = store.get() as Record<string, unknown>;
    for (const r of rows) {
      if (r.readOnly) continue;
      const value = state[r.field];
      if (value === undefined || JSON.stringify(value) === JSON.stringify(r.default)) continue;
      const text = r.codec.format(value);
      if (text !== '') params.set(r.name, text);
    }
  }
  return params;
}

/**
 * Ids in the stores that the loaded dataset lacks: the cleaned values per store and one notice per
 * parameter naming them.
 */
export function unknownIds<D>(
  table: readonly StoreRows<D>[],
  dataset: D,
): { patches: { store: UrlStore<never>; values: Record<string, unknown> }[]; problems: string[] } {
  const problems: string[] = [];
  const patches: { store: UrlStore<never>; values: Record<string, unknown> }[] = [];
  for (const { store, rows } of table) {
    const state = store.get() as Record<string, unknown>;
    const values: Record<string, unknown> = {};
    for (const r of rows) {
      if (!r.known) continue;
      const { value, unknown } = r.known(dataset, state[r.field]);
      if (!unknown.length) continue;
      values[r.field] = value;
      problems.push(
        `The link names ${r.names ?? 'ids'} this dataset does not have ("${r.name}": ${unknown.map((u) => quote(u, 30)).join(', ')}); ${unknown.length === 1 ? 'it was' : 'they were'} dropped.`,
      );
    }
    if (Object.keys(values).length) patches.push({ store, values });
  }
  return { patches, problems };
}
