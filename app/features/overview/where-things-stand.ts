import type {
  Dataset,
  DiplomaticEvent,
  EventKind,
  FuzzyDate,
  MeasureStatus,
  Source,
  TariffBasis,
  TariffMeasure,
  TradeMeasure,
} from '../../data/schema.ts';
import { actorName, type DatasetIndex } from '../../data/selectors.ts';
import {
  appliesOn,
  tariffStatusOn,
  type AsOfState,
  datePassedUnapplied,
  hasHappened,
  isNotYetInEffect,
  tradeMeasureStatusOn,
} from '../../data/status.ts';
import { newestSource } from '../../data/source-strength.ts';
import { daysBetween } from '../../lib/dates.ts';
import { formatPercent } from '../../lib/format.ts';
import { ambiguityOf, openRates, orText } from '../../domain/readings.ts';

/**
 * "Where things stand" on one date, computed from the dataset alone: the tariff rates in force each way
 * (with basis and how sure the documents are), the peak so far, what is threatened or proposed, the export
 * controls and sanctions in force, the latest diplomatic event, and how old the newest evidence is. Pure;
 * the overview's headline panel only renders it.
 */

/** How sure the documents are about a figure, in the order a reader should hear it. */
export type Certainty = 'ambiguous' | 'conflict' | 'date-inferred' | 'date-coarse' | 'value-inferred';

export interface RateFigure {
  recordId: string;
  /** The rate as stored, then every other reading the documents allow ("10% or 30%"). */
  readings: number[];
  basis: TariffBasis;
  status: MeasureStatus;
  date: FuzzyDate;
  /** Its state on the date (in force, possibly in force, in force when last documented, …). */
  state: AsOfState;
  /** The last day the evidence speaks for it (the newest document quoting it), and its words. */
  lastDocumented?: string;
  lastDocumentedLabel?: string;
  certainty: Certainty[];
  /**
   * What the documents leave open about this figure while no reading is picked: the titles of the ambiguities
   * that set its rate or basis ("What the 57% and 47% measure"), so the panel says how two rates relate.
   */
  openQuestions: string[];
}

export interface DirectionStanding {
  imposerId: string;
  targetId: string;
  /** "US on goods from China". */
  label: string;
  /** Short names ("US", "China"). */
  imposer: string;
  target: string;
  /** Rates that applied (certainly or possibly) on the date, headline basis first. */
  current: RateFigure[];
  /** The highest rate that had applied by the date (any basis; the figure says which). */
  peak?: RateFigure;
}

export interface PendingFigure {
  recordId: string;
  collection: 'tariffMeasures' | 'tradeMeasures';
  /** "100% US on goods from China" or the trade measure's title. */
  title: string;
  readings?: number[];
  basis?: TariffBasis;
  status: MeasureStatus;
  date: FuzzyDate;
  /**
   * A threat or announcement whose date has passed by the as-of date, and no document says it took effect.
   * (A proposal's date is when it was made, not when it would apply, so it never "passes".)
   */
  datePassed: boolean;
  certainty: Certainty[];
}

export interface TradeFigure {
  recordId: string;
  title: string;
  imposer: string;
  target: string;
  date: FuzzyDate;
  state: AsOfState;
}

export interface EventFigure {
  recordId: string;
  title: string;
  kind: EventKind;
  date: FuzzyDate;
}

export interface WhereThingsStand {
  date: string;
  directions: DirectionStanding[];
  pending: PendingFigure[];
  exportControls: TradeFigure[];
  sanctions: TradeFigure[];
  latestEvent?: EventFigure;
  /** The newest document and how many days it lies before the date (negative: after it). */
  lastDocumented?: { source: Source; daysBefore: number };
}

/** Order of event kinds when two events end on the same day: the meeting outranks the statement about it. */
const EVENT_RANK: Record<EventKind, number> = {
  meeting: 0,
  summit: 1,
  negotiation: 2,
  call: 3,
  visit: 4,
  statement: 5,
  election: 6,
};

/**
 * Every value the open readings give a figure ("10% or 30%", low to high), or its own rate when settled.
 * Readings come from the dataset's ambiguities (domain/readings.ts); a picked reading is already applied.
 */
export function rateReadings(data: Dataset, t: TariffMeasure): number[] {
  return openRates(data)(t) ?? [t.rate];
}

/** What makes a figure less than certain, from its notes and its date. */
export function certaintyOf(r: { notes: { kind: string }[]; date: FuzzyDate }): Certainty[] {
  const out: Certainty[] = [];
  if (r.notes.some((n) => n.kind === 'ambiguous')) out.push('ambiguous');
  if (r.notes.some((n) => n.kind === 'conflict')) out.push('conflict');
  if (r.date.inferred) out.push('date-inferred');
  if (r.date.precision !== 'day') out.push('date-coarse');
  if (r.notes.some((n) => n.kind === 'inferred') && !r.date.inferred) out.push('value-inferred');
  return out;
}

function rateFigure(
  data: Dataset,
  t: TariffMeasure,
  date: string,
): RateFigure & { applies: 'yes' | 'possibly' | 'no' } {
  const s = tariffStatusOn(t, data.tariffMeasures, date, data.sources);
  const figure: RateFigure & { applies: 'yes' | 'possibly' | 'no' } = {
    recordId: t.id,
    readings: rateReadings(data, t),
    basis: t.basis,
    status: t.status,
    date: t.date,
    state: s.state,
    certainty: certaintyOf(t),
    openQuestions: openQuestionsOf(data, t.id),
    applies: appliesOn(s),
  };
  if (s.lastDocumented) figure.lastDocumented = s.lastDocumented;
  if (s.lastDocumentedLabel) figure.lastDocumentedLabel = s.lastDocumentedLabel;
  return figure;
}

function openQuestionsOf(data: Dataset, id: string): string[] {
  const fields = ['rate', 'basis'] as const;
  return [...new Set(fields.flatMap((f) => ambiguityOf(data, id, f)?.title ?? []))];
}

function withoutApplies({ applies: _a, ...f }: RateFigure & { applies: unknown }): RateFigure {
  return f;
}

/** Directions with the most documented rates first (US on China before China on US when tied, by id). */
function directionsOf(tariffs: readonly TariffMeasure[]): [string, string][] {
  const count = new Map<string, number>();
  for (const t of tariffs) {
    const k = `${t.imposerId}\u0000${t.targetId}`;
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  return [...count.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0))
    .map(([k]) => k.split('\u0000') as [string, string]);
}

/**
 * The earliest date on which the documents place a pending measure in view: its own date, or the date of
 * an event that speaks of it (the 100% from 1 Nov was announced in early October). Before it, the measure
 * is not listed as "threatened", so an early as-of date does not show threats nobody had made yet.
 */
function knownFrom(id: string, own: FuzzyDate, events: readonly DiplomaticEvent[]): string {
  const mentioned = firstMentions(events).get(id);
  return mentioned !== undefined && mentioned < own.start ? mentioned : own.start;
}

const mentionCache = new WeakMap<readonly DiplomaticEvent[], ReadonlyMap<string, string>>();

/**
 * Pure: the earliest start date of an event that speaks of each record id (its `relatedIds`), built once per
 * events list (every pending measure scanned every event before: 4 s of main thread at 50k records). O(n).
 */
export function firstMentions(events: readonly DiplomaticEvent[]): ReadonlyMap<string, string> {
  const cached = mentionCache.get(events);
  if (cached) return cached;
  const out = new Map<string, string>();
  for (const e of events)
    for (const id of e.relatedIds) {
      const cur = out.get(id);
      if (cur === undefined || e.date.start < cur) out.set(id, e.date.start);
    }
  mentionCache.set(events, out);
  return out;
}

const BASIS_ORDER: Record<TariffBasis, number> = { headline: 0, average: 1, unspecified: 2 };

function tradeFigure(index: DatasetIndex, m: TradeMeasure, state: AsOfState): TradeFigure {
  return {
    recordId: m.id,
    title: m.title,
    imposer: actorName(index, m.imposerId),
    target: actorName(index, m.targetId),
    date: m.date,
    state,
  };
}

/** Where things stand on `date` (ISO), from the dataset alone. */
export function whereThingsStand(data: Dataset, index: DatasetIndex, date: string): WhereThingsStand {
  const tariffs = data.tariffMeasures;

  const directions: DirectionStanding[] = directionsOf(tariffs).map(([imposerId, targetId]) => {
    const own = tariffs.filter((t) => t.imposerId === imposerId && t.targetId === targetId);
    const current = own
      .filter((t) => !isNotYetInEffect(t.status))
      .map((t) => rateFigure(data, t, date))
      .filter((f) => f.applies !== 'no')
      .sort((a, b) => BASIS_ORDER[a.basis] - BASIS_ORDER[b.basis] || b.date.start.localeCompare(a.date.start))
      .map(withoutApplies);
    const applied = own
      .filter((t) => !isNotYetInEffect(t.status) && t.date.start <= date)
      .sort((a, b) => b.rate - a.rate || a.date.start.localeCompare(b.date.start));
    const peakRecord = applied[0];
    const standing: DirectionStanding = {
      imposerId,
      targetId,
      label: `${actorName(index, imposerId)} on goods from ${actorName(index, targetId)}`,
      imposer: actorName(index, imposerId),
      target: actorName(index, targetId),
      current,
    };
    if (peakRecord) standing.peak = withoutApplies(rateFigure(data, peakRecord, date));
    return standing;
  });

  const pending: PendingFigure[] = [
    ...tariffs
      .filter((t) => isNotYetInEffect(t.status) && knownFrom(t.id, t.date, data.events) <= date)
      .map((t): PendingFigure => ({
        recordId: t.id,
        collection: 'tariffMeasures',
        title: `${actorName(index, t.imposerId)} on goods from ${actorName(index, t.targetId)}`,
        readings: rateReadings(data, t),
        basis: t.basis,
        status: t.status,
        date: t.date,
        datePassed: datePassedUnapplied(t, date),
        certainty: certaintyOf(t),
      })),
    ...data.tradeMeasures
      .filter((m) => isNotYetInEffect(m.status) && knownFrom(m.id, m.date, data.events) <= date)
      .map((m): PendingFigure => ({
        recordId: m.id,
        collection: 'tradeMeasures',
        title: m.title,
        status: m.status,
        date: m.date,
        datePassed: datePassedUnapplied(m, date),
        certainty: certaintyOf(m),
      })),
  ].sort((a, b) => b.date.start.localeCompare(a.date.start) || a.recordId.localeCompare(b.recordId));

  const inForce = data.tradeMeasures
    .filter((m) => !isNotYetInEffect(m.status))
    .map((m) => ({ m, s: tradeMeasureStatusOn(m, data.tradeMeasures, date, data.sources) }))
    .filter(({ s }) => appliesOn(s) !== 'no')
    .sort((a, b) => b.m.date.start.localeCompare(a.m.date.start) || a.m.id.localeCompare(b.m.id))
    .map(({ m, s }) => ({ kind: m.kind, figure: tradeFigure(index, m, s.state) }));

  const happened = data.events
    .filter((e) => hasHappened(e.status))
    .filter((e) => e.date.end <= date)
    .sort(
      (a, b) =>
        b.date.end.localeCompare(a.date.end) ||
        EVENT_RANK[a.kind] - EVENT_RANK[b.kind] ||
        a.id.localeCompare(b.id),
    );
  const latest = happened[0];

  const newest = newestSource(data);
  const out: WhereThingsStand = {
    date,
    directions,
    pending,
    exportControls: inForce.filter((x) => x.kind === 'export-control').map((x) => x.figure),
    sanctions: inForce.filter((x) => x.kind === 'sanction').map((x) => x.figure),
  };
  if (latest) {
    out.latestEvent = { recordId: latest.id, title: latest.title, kind: latest.kind, date: latest.date };
  }
  if (newest) out.lastDocumented = { source: newest, daysBefore: daysBetween(newest.published.end, date) };
  return out;
}

/** True when a figure is stale on the date: no document published by then still speaks of it. */
export function isStale(state: AsOfState): boolean {
  return state === 'last-documented-in-force';
}

/** "10% or 30%". */
export function readingsText(readings: readonly number[]): string {
  return orText(readings.map(formatPercent));
}
