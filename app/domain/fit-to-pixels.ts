import type { StepPoint, StepSeries } from './step-series.ts';

/**
 * The one fit of a step series to the pixels it is drawn on; every chart of step series calls it.
 *
 * Contract, for a series and a plot width of `width` pixels:
 * - **Bounded.** The time range is cut into columns of `COLUMN_PX` pixels; a column keeps at most
 *   `PER_COLUMN` points, so the result has at most `maxFittedPoints(width)` points (about two per pixel),
 *   however many the series has (20,000 documented points at 400 px give at most 804).
 * - **Every change point while they fit.** A column holding `PER_COLUMN` points or fewer keeps all of them,
 *   so a series that fits comes back as the same object, and no documented (or scenario) point is dropped
 *   unless more of them share a column than it can show.
 * - **What a crowded column keeps.** Its first and last point (the step into and out of it), its lowest and
 *   highest (so spikes survive), and any scenario step (a what-if the user toggled: a handful, never merged
 *   away, so they come on top of the bound), in time order; each point kept there carries `merged`: how many
 *   change points the column held and the span they cover, so the chart and its tooltip can say "n changes
 *   in this span" instead of showing one of them as if it were alone.
 * Pure and memoised per series object and width, so an unchanged series keeps its identity across renders.
 */

/** Pixels per column. */
export const COLUMN_PX = 2;
/** Points a column keeps at most: first, lowest, highest, last. */
export const PER_COLUMN = 4;

/** The most points `fitToPixels` returns for a plot `width` pixels wide. */
export function maxFittedPoints(width: number): number {
  return columnsFor(width) * PER_COLUMN;
}

function columnsFor(width: number): number {
  return Math.max(1, Math.ceil(Math.max(0, width) / COLUMN_PX));
}

/** A documented figure or a scenario step: a point a user can point at. */
export function isChangePoint(p: StepPoint): boolean {
  return p.recordId !== null || p.scenario !== undefined;
}

const cache = new WeakMap<StepSeries, Map<number, StepSeries>>();

export function fitToPixels(series: StepSeries, width: number): StepSeries {
  const columns = columnsFor(width);
  const points = series.points;
  if (points.length <= PER_COLUMN) return series;
  let byWidth = cache.get(series);
  const hit = byWidth?.get(columns);
  if (hit) return hit;
  const fitted = fit(series, columns);
  if (!byWidth) cache.set(series, (byWidth = new Map()));
  byWidth.set(columns, fitted);
  return fitted;
}

function fit(series: StepSeries, columns: number): StepSeries {
  const points = series.points;
  const t0 = points[0]!.t;
  const span = Math.max(1, points[points.length - 1]!.t - t0);
  const out: StepPoint[] = [];
  let crowded = false;
  let start = 0;
  while (start < points.length) {
    const col = columnOf(points[start]!.t, t0, span, columns);
    let end = start + 1;
    while (end < points.length && columnOf(points[end]!.t, t0, span, columns) === col) end++;
    if (end - start <= PER_COLUMN) {
      for (let i = start; i < end; i++) out.push(points[i]!);
    } else {
      crowded = true;
      out.push(...crowdedColumn(points, start, end));
    }
    start = end;
  }
  return crowded ? { ...series, points: out } : series;
}

function columnOf(t: number, t0: number, span: number, columns: number): number {
  return Math.min(columns - 1, Math.max(0, Math.floor(((t - t0) / span) * columns)));
}

/** First, lowest, highest and last of points[start, end), in time order, each saying what the column merged. */
function crowdedColumn(points: readonly StepPoint[], start: number, end: number): StepPoint[] {
  let lo = start;
  let hi = start;
  let changes = 0;
  for (let i = start; i < end; i++) {
    const p = points[i]!;
    if (p.rate < points[lo]!.rate) lo = i;
    if (p.rate > points[hi]!.rate) hi = i;
    if (isChangePoint(p)) changes++;
  }
  const keep = [start, lo, hi, end - 1];
  // A what-if step the user toggled is never merged away (there are only a handful).
  for (let i = start; i < end; i++) if (points[i]!.scenario) keep.push(i);
  const unique = [...new Set(keep)].sort((a, b) => a - b);
  const kept = unique.map((i) => points[i]!);
  const keptChanges = kept.filter(isChangePoint).length;
  if (changes <= keptChanges) return kept;
  const merged = { count: changes, start: points[start]!.t, end: points[end - 1]!.t };
  return kept.map((p) => ({ ...p, merged }));
}
