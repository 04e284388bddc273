import { useMemo, useRef } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../components/chart-frame.tsx';
import { useUntabbableLayers } from '../tariff-steps/use-untabbable-layers.ts';
import type { TableData } from '../../components/data-table.tsx';
import { formatIsoDate, formatMetricValue, formatMonthTick } from '../../lib/format.ts';
import { timeToIso } from '../../lib/dates.ts';
import type { SparkSeries } from './build-series.ts';

/** A small line for a metric series with more than one documented point; each point opens its source. */
export function MetricSpark({
  series,
  title,
  sourceIds,
  onOpen,
}: {
  series: SparkSeries;
  title: string;
  sourceIds: string[];
  /** Opens a record's provenance (a point was activated). */
  onOpen: (recordId: string) => void;
}) {
  // Without this, Tab stops on Recharts' invisible layer groups between the export menu and the chart.
  const ref = useRef<HTMLDivElement>(null);
  useUntabbableLayers(ref);
  const fmt = (v: number) => formatMetricValue({ value: v, unit: series.unit, comparator: '=' });
  const table: TableData = useMemo(
    () => ({
      columns: ['Period', 'Value'],
      rows: series.points.map((p) => [
        `${formatIsoDate(timeToIso(p.start))} – ${formatIsoDate(timeToIso(p.end))}`,
        `${p.approximate ? '≈ ' : ''}${formatMetricValue({ value: p.value, unit: series.unit, comparator: '=' })}`,
      ]),
      recordIds: series.points.map((p) => p.recordId),
    }),
    [series],
  );
  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  const summary =
    first && last
      ? `${series.points.length} documented points from ${fmt(first.value)} (${formatMonthTick(first.t)}) to ${fmt(last.value)} (${formatMonthTick(last.t)}).`
      : 'No points.';
  return (
    <ChartFrame title={title} summary={summary} table={table} sourceIds={sourceIds} className="metric-spark">
      <div ref={ref}>
        <LineChart
          responsive
          style={{ width: '100%', height: 160 }}
          data={series.points}
          accessibilityLayer
          margin={{ top: 8, right: 12, bottom: 4, left: 4 }}
        >
          <CartesianGrid stroke="var(--grid)" vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={formatMonthTick}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)' }}
          />
          <YAxis tickFormatter={fmt} width={110} stroke="var(--muted)" tick={{ fill: 'var(--muted)' }} />
          <Tooltip
            labelFormatter={(t) => formatIsoDate(timeToIso(Number(t)))}
            formatter={(v) => [fmt(Number(v)), 'Value']}
            contentStyle={{
              background: 'var(--surface)',
              border: '1px solid var(--border)',
              color: 'var(--text)',
            }}
          />
          <Line
            dataKey="value"
            stroke="var(--accent)"
            strokeWidth={2}
            isAnimationActive={false}
            dot={{ r: 4, cursor: 'pointer' }}
            activeDot={{
              r: 6,
              cursor: 'pointer',
              onClick: (_e: unknown, payload: unknown) => {
                const id = (payload as { payload?: { recordId?: string } }).payload?.recordId;
                if (id) onOpen(id);
              },
            }}
          />
        </LineChart>
      </div>
    </ChartFrame>
  );
}
