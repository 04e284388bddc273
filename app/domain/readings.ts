import {
  READING_FIELDS,
  type Ambiguity,
  type Dataset,
  type Reading,
  type ReadingField,
} from '../data/schema.ts';
import { formatPercent } from '../lib/format.ts';

/**
 * Values under readings: the one module that says what a record's field is once the analyst has (or has not)
 * picked a reading of each ambiguous statement. Pure. Views call it; none picks a reading by itself.
 *
 * A choice maps an ambiguity id to the id of the reading picked; an ambiguity it does not mention is open:
 * every view shows all its readings ("10% or 30%"), never one silently.
 */
export type ReadingChoice = Readonly<Record<string, string>>;

export type { ReadingField };

/** Which reading gives a value: for labels such as "reading B: US 30%, China 10%". */
export interface ReadingRef {
  ambiguityId: string;
  readingId: string;
  /** "A", "B", … */
  letter: string;
  label: string;
}

/** One value a field can take, with the readings that give it (empty when nothing is ambiguous). */
export interface Alternative<T> {
  value: T;
  readings: ReadingRef[];
}

function refOf(a: Ambiguity, r: Reading): ReadingRef {
  return { ambiguityId: a.id, readingId: r.id, letter: r.id.toUpperCase(), label: r.label };
}

interface Index {
  /** "recordId.field" → the ambiguity that sets it. */
  byField: Map<string, Ambiguity>;
  byId: Map<string, Ambiguity>;
}
const indexes = new WeakMap<Dataset, Index>();

function indexOf(ds: Dataset): Index {
  let ix = indexes.get(ds);
  if (ix) return ix;
  ix = { byField: new Map(), byId: new Map() };
  for (const a of ds.ambiguities) {
    ix.byId.set(a.id, a);
    for (const r of a.readings)
      for (const v of r.values)
        for (const f of READING_FIELDS) if (v[f] !== undefined) ix.byField.set(`${v.recordId}.${f}`, a);
  }
  indexes.set(ds, ix);
  return ix;
}

/** The reading the choice picks for an ambiguity, or undefined when it is open (or names no such reading). */
export function pickedReading(a: Ambiguity, choice: ReadingChoice): Reading | undefined {
  const id = choice[a.id];
  return id === undefined ? undefined : a.readings.find((r) => r.id === id);
}

/** The ambiguity whose readings set this record's field, if any. */
export function ambiguityOf(ds: Dataset, recordId: string, field: ReadingField): Ambiguity | undefined {
  return indexOf(ds).byField.get(`${recordId}.${field}`);
}

/** Every ambiguity that gives values to any of these records. */
export function ambiguitiesOf(ds: Dataset, recordIds: Iterable<string>): Ambiguity[] {
  const ids = new Set(recordIds);
  return ds.ambiguities.filter((a) => a.readings.some((r) => r.values.some((v) => ids.has(v.recordId))));
}

function valueIn(r: Reading, recordId: string, field: ReadingField): unknown {
  return r.values.find((v) => v.recordId === recordId && v[field] !== undefined)?.[field];
}

/**
 * The values a record's field takes under the choice: one (the record's own value when no ambiguity sets
 * the field; the picked reading's when one is picked), or one per distinct value of the open ambiguity's
 * readings, in reading order.
 */
export function valuesUnderReadings<T>(
  ds: Dataset,
  choice: ReadingChoice,
  recordId: string,
  field: ReadingField,
  own: T,
): Alternative<T>[] {
  const a = ambiguityOf(ds, recordId, field);
  if (!a) return [{ value: own, readings: [] }];
  const picked = pickedReading(a, choice);
  if (picked) return [{ value: valueIn(picked, recordId, field) as T, readings: [refOf(a, picked)] }];
  const out: Alternative<T>[] = [];
  for (const r of a.readings) {
    const value = valueIn(r, recordId, field) as T;
    const same = out.find((o) => JSON.stringify(o.value) === JSON.stringify(value));
    if (same) same.readings.push(refOf(a, r));
    else out.push({ value, readings: [refOf(a, r)] });
  }
  return out;
}

const reportedCache = new WeakMap<Dataset, Dataset>();

/**
 * The dataset with only the ambiguities whose records it holds (a "Reported by" date can hide them): an
 * ambiguity about a record the documents had not yet reported is not shown either. Memoised; the same
 * dataset when nothing is dropped.
 */
export function reportedAmbiguities(ds: Dataset): Dataset {
  const hit = reportedCache.get(ds);
  if (hit) return hit;
  const ids = new Set<string>();
  for (const list of [ds.tariffMeasures, ds.tradeMeasures, ds.events, ds.metrics, ds.claims])
    for (const r of list) ids.add(r.id);
  const kept = ds.ambiguities.filter((a) =>
    a.readings.every((r) => r.values.every((v) => ids.has(v.recordId))),
  );
  const out = kept.length === ds.ambiguities.length ? ds : { ...ds, ambiguities: kept };
  reportedCache.set(ds, out);
  return out;
}

const underCache = new WeakMap<Dataset, Map<string, Dataset>>();

/** A stable text key for a choice (ids sorted), also used in the URL. */
export function choiceKey(choice: ReadingChoice): string {
  return Object.keys(choice)
    .sort()
    .map((k) => `${k}:${choice[k]}`)
    .join(',');
}

/**
 * The dataset as the picked readings make it: each record field a picked reading sets takes the reading's
 * value. Open ambiguities keep the record's own value (one every reading allows); views that show such a
 * value ask `valuesUnderReadings` for all of them. The same choice gives the same object (memoised).
 */
export function datasetUnderReadings(ds: Dataset, choice: ReadingChoice): Dataset {
  const key = choiceKey(choice);
  if (key === '') return ds;
  let byKey = underCache.get(ds);
  if (!byKey) underCache.set(ds, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const patches = new Map<string, Partial<Record<ReadingField, unknown>>>();
  for (const a of ds.ambiguities) {
    const r = pickedReading(a, choice);
    if (!r) continue;
    for (const v of r.values) {
      const patch = patches.get(v.recordId) ?? {};
      for (const f of READING_FIELDS) if (v[f] !== undefined) patch[f] = v[f];
      patches.set(v.recordId, patch);
    }
  }
  const apply = <R extends { id: string }>(list: R[], dateKey: 'date' | 'period' = 'date'): R[] =>
    list.map((rec) => {
      const patch = patches.get(rec.id);
      if (!patch) return rec;
      const { date, ...rest } = patch;
      return { ...rec, ...rest, ...(date !== undefined ? { [dateKey]: date } : {}) };
    });
  const out: Dataset = {
    ...ds,
    // What is picked is settled in the records; only the open ambiguities remain, so a pure function given
    // this dataset (and no choice) sees exactly the alternatives still to show.
    ambiguities: ds.ambiguities.filter((a) => !pickedReading(a, choice)),
    tariffMeasures: apply(ds.tariffMeasures),
    tradeMeasures: apply(ds.tradeMeasures),
    events: apply(ds.events),
    metrics: apply(ds.metrics, 'period'),
    claims: apply(ds.claims),
  };
  byKey.set(key, out);
  return out;
}

/**
 * The rates the open readings give a tariff measure (two or more), or undefined when its rate is settled:
 * the `ratesOf` of the step-series builder. Give it the dataset under readings (`datasetUnderReadings`).
 */
export function openRates(ds: Dataset): (m: { id: string; rate: number }) => number[] | undefined {
  return (m) => {
    const alts = valuesUnderReadings(ds, {}, m.id, 'rate', m.rate);
    // Low to high, so both sides of a pair read "10% or 30%" alike: the order must not hint at a reading.
    return alts.length > 1 ? alts.map((a) => a.value).sort((x, y) => x - y) : undefined;
  };
}

/** The record field's values under the open readings of a dataset under readings (one when settled). */
export function openValues<T>(ds: Dataset, recordId: string, field: ReadingField, own: T): Alternative<T>[] {
  return valuesUnderReadings(ds, {}, recordId, field, own);
}

/** One combination of readings of the open ambiguities: the choice it makes and the readings it takes. */
export interface ReadingWorld {
  choice: ReadingChoice;
  readings: ReadingRef[];
}

/**
 * Every combination of readings of the open ambiguities among `ambiguityIds` (all open ones when omitted),
 * each on top of the picked readings. One world (the choice itself) when nothing relevant is open.
 */
export function readingWorlds(
  ds: Dataset,
  choice: ReadingChoice,
  ambiguityIds?: Iterable<string>,
): ReadingWorld[] {
  const wanted = ambiguityIds ? new Set(ambiguityIds) : undefined;
  const open = ds.ambiguities.filter((a) => (!wanted || wanted.has(a.id)) && !pickedReading(a, choice));
  let worlds: ReadingWorld[] = [{ choice, readings: [] }];
  for (const a of open) {
    worlds = worlds.flatMap((w) =>
      a.readings.map((r) => ({
        choice: { ...w.choice, [a.id]: r.id },
        readings: [...w.readings, refOf(a, r)],
      })),
    );
  }
  return worlds;
}

/** "10% or 30%": distinct texts joined with "or", in order. */
export function orText(texts: readonly string[]): string {
  return [...new Set(texts)].join(' or ');
}

/** "10% or 30%" while a reading of the figure is open (two or more `rates`), else "10%". */
export function rateText(rate: number, rates: readonly number[] | undefined): string {
  return rates && rates.length > 1 ? orText(rates.map(formatPercent)) : formatPercent(rate);
}

/** "reading B (US 30%, China 10%)" */
export function readingName(ref: ReadingRef): string {
  return `reading ${ref.letter} (${ref.label})`;
}

/** "summer pair: reading B (…); last Tuesday: reading A (…)" for the picked readings among these ambiguities. */
export function pickedSummary(
  ds: Dataset,
  choice: ReadingChoice,
  ambiguities: readonly Ambiguity[],
): string[] {
  return ambiguities.flatMap((a) => {
    const r = pickedReading(a, choice);
    return r ? [`${a.title}: ${readingName(refOf(a, r))}`] : [];
  });
}

/**
 * What a computation over these records used: "Computed with Summer 2025: …: reading B (US 30%, China 10%)."
 * and, for open ambiguities, that each reading's figure is given. Undefined when no ambiguity touches them.
 */
export function computedWithText(
  ds: Dataset,
  choice: ReadingChoice,
  recordIds: Iterable<string>,
): string | undefined {
  const touching = ambiguitiesOf(ds, recordIds);
  if (touching.length === 0) return undefined;
  const picked = pickedSummary(ds, choice, touching);
  const open = touching.filter((a) => !pickedReading(a, choice)).map((a) => a.title);
  const parts: string[] = [];
  if (picked.length > 0) parts.push(`Computed with ${picked.join('; ')}.`);
  if (open.length > 0)
    parts.push(
      `No reading picked for ${open.join('; ')}: each reading's figure is given ("… or …"); pick one under Readings in the header to compute with it.`,
    );
  return parts.join(' ');
}

const PAIR = /^([a-z0-9][a-z0-9-]*):([a-z])$/;

/** The URL form of a choice: "summer-pair:b,last-tuesday:a" (empty when every ambiguity is open). */
export function encodeReadingChoice(choice: ReadingChoice): string {
  return choiceKey(choice);
}

/** Reads the URL form back; malformed entries are dropped and reported. */
export function decodeReadingChoice(text: string): { choice: ReadingChoice; problems: string[] } {
  const choice: Record<string, string> = {};
  let bad = 0;
  for (const part of text.split(',').filter(Boolean)) {
    const m = PAIR.exec(part);
    if (m) choice[m[1]!] = m[2]!;
    else bad += 1;
  }
  const problems =
    bad > 0
      ? [
          `${bad} entr${bad === 1 ? 'y' : 'ies'} of "readings" in the link could not be read; shown as open (all readings).`,
        ]
      : [];
  return { choice, problems };
}

/** The part of a choice this dataset knows (ambiguity and reading exist), and what was dropped. */
export function validChoice(
  ds: Dataset,
  choice: ReadingChoice,
): { choice: ReadingChoice; dropped: string[] } {
  const out: Record<string, string> = {};
  const dropped: string[] = [];
  for (const [id, readingId] of Object.entries(choice)) {
    const a = indexOf(ds).byId.get(id);
    if (a && a.readings.some((r) => r.id === readingId)) out[id] = readingId;
    else dropped.push(`${id}:${readingId}`);
  }
  return { choice: out, dropped };
}
