import type { StepPoint } from '../../domain/step-series.ts';

/**
 * Point marks are 24 px buttons; the fitted series (domain/fit-to-pixels.ts) keeps up to two points per pixel
 * for the line, far more than marks can show apart. A series with more marks than `MARK_PX` columns draws
 * one mark per column that says how many changes it stands for, so the marks are bounded by the width
 * whatever the record count. A what-if step is never binned (a handful the user chose).
 */
export const MARK_PX = 14;

export interface PlacedMark {
  /** The series the mark belongs to (marks bin only with their own series). */
  seriesKey: string;
  p: StepPoint;
  cx: number;
}

/**
 * The marks in drawing order, grouped. A series with no more marks than the width has `px`-wide columns keeps
 * every mark its own (the shipped data, at any width). A denser series (`dense`) draws one mark per column:
 * its marks in one column become one group, placed where the first of them was. So a series draws at most
 * width / px marks whatever the record count. O(n).
 */
export function binMarks<M extends PlacedMark>(
  marks: readonly M[],
  width: number,
  px = MARK_PX,
): { groups: M[][]; dense: Set<string> } {
  const columns = Math.max(1, Math.ceil(width / px));
  const perSeries = new Map<string, number>();
  for (const m of marks) if (!m.p.scenario) perSeries.set(m.seriesKey, (perSeries.get(m.seriesKey) ?? 0) + 1);
  const dense = new Set([...perSeries].filter(([, n]) => n > columns).map(([k]) => k));
  const keyOf = (m: M) => `${m.seriesKey}|${Math.floor(m.cx / px)}`;
  const bins = new Map<string, M[]>();
  const groups: M[][] = [];
  for (const m of marks) {
    if (m.p.scenario || !dense.has(m.seriesKey)) {
      groups.push([m]);
      continue;
    }
    const bin = bins.get(keyOf(m));
    if (bin) bin.push(m);
    else {
      const fresh = [m];
      bins.set(keyOf(m), fresh);
      groups.push(fresh);
    }
  }
  return { groups, dense };
}

/**
 * The point a bin's mark shows: its first point, saying (as fitToPixels' `merged` does) how many changes the
 * mark stands for and the span they cover; the point itself for a bin of one.
 */
export function binPoint(bin: readonly PlacedMark[]): StepPoint {
  const first = bin[0]!.p;
  if (bin.length === 1) return first;
  let count = 0;
  let start = Infinity;
  let end = -Infinity;
  // The points kept from one crowded column share its `merged`: count that column once.
  const columns = new Set<object>();
  for (const { p } of bin) {
    if (!p.merged) count += 1;
    else if (!columns.has(p.merged)) {
      columns.add(p.merged);
      count += p.merged.count;
    }
    start = Math.min(start, p.merged?.start ?? p.t);
    end = Math.max(end, p.merged?.end ?? p.t);
  }
  return { ...first, ambiguous: bin.some((m) => m.p.ambiguous), merged: { count, start, end } };
}
