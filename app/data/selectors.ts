import { eventKind, tradeMeasureKind } from './schema.ts';
import type {
  Actor,
  Claim,
  Dataset,
  DiplomaticEvent,
  Metric,
  ScenarioPreset,
  Source,
  TariffMeasure,
  TradeMeasure,
} from './schema.ts';

/** Any evidence-bearing record, tagged with its collection so the UI can describe it. */
export type AnyRecord =
  | { collection: 'actors'; record: Actor }
  | { collection: 'tariffMeasures'; record: TariffMeasure }
  | { collection: 'tradeMeasures'; record: TradeMeasure }
  | { collection: 'events'; record: DiplomaticEvent }
  | { collection: 'metrics'; record: Metric }
  | { collection: 'claims'; record: Claim }
  | { collection: 'scenarios'; record: ScenarioPreset };

/** Lookup tables built once per dataset (memoised by dataset identity). */
export interface DatasetIndex {
  records: Map<string, AnyRecord>;
  actors: Map<string, Actor>;
  sources: Map<string, Source>;
}

const indexCache = new WeakMap<Dataset, DatasetIndex>();

/** Builds (once) the id → record, actor and source lookups for a dataset. */
export function indexDataset(data: Dataset): DatasetIndex {
  const cached = indexCache.get(data);
  if (cached) return cached;
  const records = new Map<string, AnyRecord>();
  data.actors.forEach((record) => records.set(record.id, { collection: 'actors', record }));
  data.tariffMeasures.forEach((record) => records.set(record.id, { collection: 'tariffMeasures', record }));
  data.tradeMeasures.forEach((record) => records.set(record.id, { collection: 'tradeMeasures', record }));
  data.events.forEach((record) => records.set(record.id, { collection: 'events', record }));
  data.metrics.forEach((record) => records.set(record.id, { collection: 'metrics', record }));
  data.claims.forEach((record) => records.set(record.id, { collection: 'claims', record }));
  data.scenarios.forEach((record) => records.set(record.id, { collection: 'scenarios', record }));
  const index: DatasetIndex = {
    records,
    actors: new Map(data.actors.map((a) => [a.id, a])),
    sources: new Map(data.sources.map((s) => [s.id, s])),
  };
  indexCache.set(data, index);
  return index;
}

/** An actor's display name by id (usually `(id) => actorName(index, id)`); texts and charts take one. */
export type NameOf = (actorId: string) => string;

/** Short name of an actor ("US"), falling back to the id so a missing actor is visible, not blank. */
export function actorName(index: DatasetIndex, id: string, form: 'short' | 'full' = 'short'): string {
  const a = index.actors.get(id);
  if (!a) return id;
  return form === 'short' ? a.shortName : a.name;
}

const COLLECTION_LABEL: Record<AnyRecord['collection'], string> = {
  actors: 'Actor',
  tariffMeasures: 'Tariff measure',
  tradeMeasures: 'Sanction / export control',
  events: 'Diplomatic event',
  metrics: 'Metric',
  claims: 'Claim',
  scenarios: 'Scenario preset',
};

/** Human title of any record, for drawers, tables and links. */
export function recordTitle(index: DatasetIndex, r: AnyRecord): string {
  switch (r.collection) {
    case 'actors':
      return r.record.name;
    case 'tariffMeasures':
      return r.record.label;
    case 'tradeMeasures':
    case 'events':
    case 'scenarios':
      return r.record.title;
    case 'metrics':
      return r.record.label;
    case 'claims':
      return `${r.record.claimant}: ${r.record.text}`;
  }
}

/** "Tariff measure", "Claim", … */
export function collectionLabel(r: AnyRecord): string {
  return COLLECTION_LABEL[r.collection];
}

/** The flag a record's curator notes call for: a conflict between documents outranks an ambiguity. */
export type NoteFlag = 'conflict' | 'ambiguous';

/**
 * The one ambiguity/conflict rule: which flag a record carries, or null when its documents are clear. Every
 * chart, table, summary and panel asks this (or `isAmbiguous`), never the notes themselves.
 */
export function noteFlag(record: { notes: readonly { kind: string }[] }): NoteFlag | null {
  if (record.notes.some((n) => n.kind === 'conflict')) return 'conflict';
  if (record.notes.some((n) => n.kind === 'ambiguous')) return 'ambiguous';
  return null;
}

/** True when a record carries an ambiguity or conflict note the UI must flag. */
export function isAmbiguous(record: { notes: readonly { kind: string }[] }): boolean {
  return noteFlag(record) !== null;
}

/**
 * The one cancellation rule: an event is a cancellation when it names the event it cancels (`cancelsId`, which
 * the schema defines as "for a cancellation"), whatever kind of event (statement, call, meeting) carries it.
 */
export function isCancellation(e: { cancelsId?: string | undefined }): boolean {
  return e.cancelsId !== undefined;
}

/**
 * The headline figures of the first view: every tariff rate, grouped by direction and in time order
 * within it, so the rise and fall read top to bottom.
 */
export function headlineTariffs(data: Dataset): TariffMeasure[] {
  return [...data.tariffMeasures].sort(
    (a, b) =>
      a.imposerId.localeCompare(b.imposerId) ||
      a.targetId.localeCompare(b.targetId) ||
      a.date.start.localeCompare(b.date.start) ||
      b.rate - a.rate,
  );
}

/**
 * The kinds a timeline item can be, in legend order: a tariff, each trade-measure kind, each event kind and a
 * cancellation (an event the documents call off). Derived from the schema, so a new kind reaches the
 * timeline, its filter and its link parameter at once.
 */
export const TIMELINE_KINDS = [
  'tariff',
  ...tradeMeasureKind.options,
  ...eventKind.options,
  'cancellation',
] as const;
