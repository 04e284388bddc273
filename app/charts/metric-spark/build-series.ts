import type { Metric } from '../../data/schema.ts';
import { isoToTime } from '../../lib/dates.ts';

/**
 * Pure: metrics → small series. Only metrics that share a `series` id are comparable points of one line, and
 * only a series with more than one point is drawn; ranks and counts are never charted (they stay figures).
 */

export interface SparkPoint {
  /** Epoch ms of the middle of the period the value covers. */
  t: number;
  value: number;
  recordId: string;
  /** Period as epoch ms, for coarse periods drawn honestly as a range in the table. */
  start: number;
  end: number;
  approximate: boolean;
}

export interface SparkSeries {
  seriesId: string;
  unit: Metric['unit'];
  points: SparkPoint[];
}

const NOT_CHARTED: ReadonlySet<Metric['unit']> = new Set(['rank', 'count']);

/** Series with at least two comparable points, in time order. Mixed units in one series are split apart. */
export function sparkSeries(metrics: readonly Metric[]): SparkSeries[] {
  const groups = new Map<string, Metric[]>();
  for (const m of metrics) {
    if (!m.series || NOT_CHARTED.has(m.unit)) continue;
    const key = `${m.series}|${m.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const out: SparkSeries[] = [];
  for (const [, ms] of groups) {
    const first = ms[0];
    if (!first || ms.length < 2) continue;
    const points = ms
      .map((m) => {
        const start = isoToTime(m.period.start);
        const end = isoToTime(m.period.end);
        return {
          t: (start + end) / 2,
          value: m.value,
          recordId: m.id,
          start,
          end,
          approximate: m.comparator !== '=',
        };
      })
      .sort((a, b) => a.t - b.t);
    out.push({ seriesId: first.series ?? first.id, unit: first.unit, points });
  }
  return out.sort((a, b) => a.seriesId.localeCompare(b.seriesId));
}

/** True when a metric belongs to a series drawn as a chart. */
export function isCharted(m: Metric, series: readonly SparkSeries[]): boolean {
  return series.some((s) => s.points.some((p) => p.recordId === m.id));
}
