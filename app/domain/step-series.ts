import type { Dataset, MeasureStatus, TariffBasis, TariffMeasure } from '../data/schema.ts';
import { DAY_MS, isoToTime } from '../lib/dates.ts';
import { directionBasisKey } from '../lib/direction.ts';
import { hasTakenEffect, lastDocumented, sourcesById } from '../data/status.ts';
import { openRates } from './readings.ts';
import { isAmbiguous } from '../data/selectors.ts';

/**
 * Pure: documented tariff measures → step series for the escalation chart. One series per direction
 * (imposer → target) and basis, so rates of different basis are never joined; threatened and proposed rates
 * are separate dashed/dotted series branching from the rate in force when they were made.
 */

/** Which kind of path a series draws. */
export type SeriesKind = 'actual' | 'announced' | 'threatened' | 'proposed' | 'scenario';

export interface StepPoint {
  /** Epoch ms (UTC midnight). */
  t: number;
  rate: number;
  /** The record the value comes from; null for a connector point the builder adds. */
  recordId: string | null;
  status: MeasureStatus;
  /** For coarse dates: the span the date can denote (epoch ms), drawn as a band, not a fake exact day. */
  span?: { start: number; end: number; precision: string };
  /** True when the record carries an ambiguity or conflict note. */
  ambiguous?: boolean;
  /** Scenario-derived points say which toggle or custom step produced them. */
  scenario?: { sourceId: string; label: string };
  /**
   * Every rate the open readings of an ambiguous statement give this record ([10, 30] for the summer pair
   * while no reading is picked). The chart draws the span between them and every text says "10% or 30%";
   * `rate` is then only the record's stored figure and must not be shown alone.
   */
  rates?: number[];
  /**
   * Set by `fitToPixels` (domain/fit-to-pixels.ts) when more change points fell in this point's pixel column
   * than it can show: how many the column held and the span (epoch ms) they cover.
   */
  merged?: { count: number; start: number; end: number };
}

export interface StepSeries {
  /** Stable key, e.g. "us>china|headline|actual". */
  key: string;
  imposerId: string;
  targetId: string;
  basis: TariffBasis;
  kind: SeriesKind;
  /** For scenario series: which scenario (preset id or "custom"). */
  scenarioId?: string;
  points: StepPoint[];
  /**
   * Where the evidence for the series' last documented rate ends (epoch ms, the newest document quoting it;
   * data/status.ts `documentedUntil`), when that is before the path's right edge: past it the chart fades
   * the path and says "last documented <date>", since no document says the rate still applied.
   */
  documentedUntil?: number;
  /** That last day as the document is dated ("c. 31 Oct 2025"). */
  documentedLabel?: string;
}

/**
 * The kind of path a measure's status belongs to: the documented ("actual") path carries every rate that took
 * effect (`hasTakenEffect`); announced, threatened and proposed rates branch off it, because they never applied.
 */
export function seriesKindOf(status: MeasureStatus): Exclude<SeriesKind, 'scenario'> {
  if (hasTakenEffect(status)) return 'actual';
  if (status === 'announced') return 'announced';
  return status === 'threatened' ? 'threatened' : 'proposed';
}

export function seriesKey(
  imposerId: string,
  targetId: string,
  basis: TariffBasis,
  kind: SeriesKind,
  scenarioId?: string,
) {
  return `${directionBasisKey({ imposerId, targetId, basis })}|${kind}${scenarioId ? `|${scenarioId}` : ''}`;
}

/** The rates the open readings give a measure (two or more), or undefined when its rate is settled. */
export type RatesOf = (m: TariffMeasure) => number[] | undefined;

/** Where the evidence for a measure ends (ISO day, and its words): data/status.ts `lastDocumented`. */
export type EvidenceEndOf = (m: TariffMeasure) => { until: string; label: string };

function toPoint(m: TariffMeasure, ratesOf?: RatesOf): StepPoint {
  const p: StepPoint = { t: isoToTime(m.date.start), rate: m.rate, recordId: m.id, status: m.status };
  const rates = ratesOf?.(m);
  if (rates && rates.length > 1) p.rates = rates;
  if (m.date.precision !== 'day') {
    p.span = { start: isoToTime(m.date.start), end: isoToTime(m.date.end), precision: m.date.precision };
  }
  if (isAmbiguous(m)) p.ambiguous = true;
  return p;
}

/** The rate an actual series shows at time t (the last step at or before t), or undefined before it starts. */
export function rateAt(series: StepSeries, t: number): StepPoint | undefined {
  let found: StepPoint | undefined;
  for (const p of series.points) {
    if (p.t <= t) found = p;
    else break;
  }
  return found;
}

/**
 * Builds the documented series. `endTime` extends every path to the right edge (the "as of" date or the
 * end of the axis) so the last rate is drawn as lasting, not as a dot. `ratesOf` (domain/readings.ts
 * `openRates`) marks the points whose rate an open reading leaves undecided.
 */
export function buildTariffSeries(
  measures: readonly TariffMeasure[],
  endTime: number,
  ratesOf?: RatesOf,
  evidenceEndOf?: EvidenceEndOf,
): StepSeries[] {
  const groups = new Map<string, { m: TariffMeasure; kind: Exclude<SeriesKind, 'scenario'> }[]>();
  const byId = new Map(measures.map((m) => [m.id, m]));
  for (const m of measures) {
    const kind = seriesKindOf(m.status);
    const key = seriesKey(m.imposerId, m.targetId, m.basis, kind);
    const list = groups.get(key) ?? [];
    list.push({ m, kind });
    groups.set(key, list);
  }
  const series: StepSeries[] = [];
  for (const [key, list] of groups) {
    list.sort((a, b) => a.m.date.start.localeCompare(b.m.date.start));
    const first = list[0]!.m;
    const points = list.map(({ m }) => toPoint(m, ratesOf));
    series.push({
      key,
      imposerId: first.imposerId,
      targetId: first.targetId,
      basis: first.basis,
      kind: list[0]!.kind,
      points,
    });
  }
  // Threatened/proposed paths branch off the actual rate of the same direction and basis at their date.
  const actualByPrefix = new Map(
    series.filter((s) => s.kind === 'actual').map((s) => [s.key.replace(/\|actual$/, ''), s]),
  );
  for (const s of series) {
    if (s.kind === 'actual') continue;
    const actual = actualByPrefix.get(directionBasisKey(s));
    const firstPoint = s.points[0];
    const from = actual && firstPoint ? rateAt(actual, firstPoint.t) : undefined;
    if (from && firstPoint && from.rate !== firstPoint.rate) {
      s.points.unshift({ t: firstPoint.t, rate: from.rate, recordId: null, status: from.status });
    }
  }
  for (const s of series) {
    const last = s.points[s.points.length - 1];
    if (last && last.t < endTime) s.points.push({ ...last, t: endTime, recordId: null, span: undefined });
    // Only a path that took effect runs on as lasting; a threat or a proposal is drawn to the edge as what
    // it is (never in force), so its evidence end says nothing new.
    if (evidenceEndOf && s.kind === 'actual') {
      const lastId = s.points.findLast((p) => p.recordId !== null)?.recordId;
      const lastRecord = lastId ? byId.get(lastId) : undefined;
      if (lastRecord) {
        // The day after the last day the evidence covers is where the path stops being documented.
        const evidence = evidenceEndOf(lastRecord);
        const until = isoToTime(evidence.until) + DAY_MS;
        if (until < endTime) {
          s.documentedUntil = until;
          s.documentedLabel = evidence.label;
        }
      }
    }
  }
  return series.sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * The documented series of a dataset as every view draws them: open readings carry all their values
 * (domain/readings.ts `openRates`) and each path that took effect knows where its evidence ends. `measures`
 * narrows the rates drawn (a slide's build step), never the readings or the documents.
 */
export function documentedSeries(
  ds: Dataset,
  endTime: number,
  measures: readonly TariffMeasure[] = ds.tariffMeasures,
): StepSeries[] {
  const sources = sourcesById(ds.sources);
  return buildTariffSeries(measures, endTime, openRates(ds), (m) => lastDocumented(m, sources));
}

/**
 * The default time axis: from 1 Jan 2025 (or the earliest documented rate, if earlier) to the first of the
 * month at least ~two months after the last documented date, so the last rate is visibly lasting.
 */
export function defaultTimeDomain(measures: readonly TariffMeasure[]): [number, number] {
  let start = isoToTime('2025-01-01');
  let end = start;
  for (const m of measures) {
    start = Math.min(start, isoToTime(m.date.start));
    end = Math.max(end, isoToTime(m.date.end));
  }
  const padded = new Date(end + 45 * DAY_MS);
  const endOfAxis = Date.UTC(padded.getUTCFullYear(), padded.getUTCMonth() + 1, 1);
  return [start, endOfAxis];
}

/**
 * The points a user can point at: documented points of documented series, and the what-if steps of a scenario
 * series (documented points a scenario path copies are marked by their own series, never as a scenario).
 */
export function markedPoints(s: StepSeries): StepPoint[] {
  if (s.kind === 'scenario') {
    // The copy of the last step that carries the path to the right edge is line, not a step of its own.
    const last = s.points.length - 1;
    return s.points.filter(
      (p, i) =>
        p.scenario !== undefined &&
        !(i === last && i > 0 && p.recordId === null && s.points[i - 1]!.rate === p.rate),
    );
  }
  return s.points.filter((p) => p.recordId !== null);
}
