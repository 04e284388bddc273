import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../components/chart-frame.tsx';
import { useDataset, useDatasetIndex } from '../../data/use-dataset.ts';
import { useViewActions } from '../../state/view-store.ts';
import { actorColor, STATUS_DASH } from '../../lib/palette.ts';
import { formatPercent } from '../../lib/format.ts';
import { buildRateBars, rateBarsSummary, rateBarsTable } from './rates-by-direction.ts';

/** Every documented rate as a bar: colour by direction, outline dash by status; a bar opens its source. */
export function RatesByDirectionChart() {
  const data = useDataset();
  const index = useDatasetIndex();
  const { recordOpened } = useViewActions();
  const bars = useMemo(() => buildRateBars(data, index), [data, index]);
  const table = useMemo(() => rateBarsTable(bars), [bars]);
  const summary = useMemo(() => rateBarsSummary(bars), [bars]);
  const sourceIds = useMemo(
    () => [...new Set(data.tariffMeasures.flatMap((t) => t.evidence.map((e) => e.sourceId)))],
    [data],
  );

  return (
    <ChartFrame title="Rates by direction" summary={summary} table={table} sourceIds={sourceIds}>
      <BarChart
        responsive
        style={{ width: '100%', height: 280 }}
        data={bars}
        accessibilityLayer
        margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
      >
        <CartesianGrid stroke="var(--grid)" vertical={false} />
        <XAxis dataKey="label" tick={false} height={4} stroke="var(--border)" />
        <YAxis tickFormatter={formatPercent} width={60} stroke="var(--muted)" tick={{ fill: 'var(--muted)' }} />
        <Tooltip
          formatter={(v) => [formatPercent(Number(v)), 'Rate']}
          contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }}
        />
        <Bar
          dataKey="rate"
          name="Rate"
          isAnimationActive={false}
          onClick={(entry: { payload?: { id?: string } }) => {
            if (entry.payload?.id) recordOpened(entry.payload.id);
          }}
          cursor="pointer"
        >
          {bars.map((b) => (
            <Cell
              key={b.id}
              fill={actorColor(b.imposerId)}
              fillOpacity={b.status === 'in-force' ? 0.9 : 0.35}
              stroke={actorColor(b.imposerId)}
              strokeWidth={2}
              strokeDasharray={STATUS_DASH[b.status]}
            />
          ))}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
