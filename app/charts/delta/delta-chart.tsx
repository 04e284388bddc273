import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { isInForceStatus } from '../../data/status.ts';
import { formatPercent } from '../../lib/format.ts';
import { STATUS_DASH } from '../../lib/palette.ts';
import { useElementWidth } from '../tariff-steps/use-element-width.ts';
import { useUntabbableLayers } from '../tariff-steps/use-untabbable-layers.ts';
import { sideLabel, type DeltaRow } from './build-delta.ts';
import './delta-chart.css';

interface Datum {
  key: string;
  label: string;
  before: number | null;
  after: number | null;
  beforeText: string;
  afterText: string;
  row: DeltaRow;
}

/** Splits a category label into lines of at most `max` characters for the axis. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if ((line + ' ' + word).trim().length > max && line) {
      lines.push(line);
      line = word;
    } else line = (line + ' ' + word).trim();
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Before vs after per round × direction × basis, as horizontal bars. A missing side draws nothing (never a
 * zero); the "after" bar is outlined with its status dash (proposed dotted, threatened dashed). Clicking a bar
 * opens its record; the same figures are links in the comparison and the table.
 */
export function DeltaChart({
  rows,
  labelOf,
  onOpen,
}: {
  rows: DeltaRow[];
  labelOf: (r: DeltaRow) => string;
  /** Opens a record's provenance (a bar was clicked). */
  onOpen: (recordId: string) => void;
}) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  useUntabbableLayers(ref);
  const data: Datum[] = rows.map((r) => ({
    key: r.key,
    label: labelOf(r),
    before: r.before?.rate ?? null,
    after: r.after?.rate ?? null,
    beforeText: sideLabel(r.before, 'before'),
    afterText: sideLabel(r.after, 'after'),
    row: r,
  }));
  const anyInForce = rows.some((r) => r.after !== undefined && isInForceStatus(r.after.status));
  const anyPending = rows.some((r) => r.after && !isInForceStatus(r.after.status));
  const axisWidth = width < 520 ? 110 : 220;
  const maxChars = width < 520 ? 16 : 34;
  const height = Math.max(120, data.length * 84 + 40);
  const max = Math.max(10, ...data.flatMap((d) => [d.before ?? 0, d.after ?? 0]));
  return (
    <div ref={ref} className="delta-chart">
      {width > 0 && (
        <BarChart
          width={width}
          height={height}
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 48, bottom: 8, left: 4 }}
          accessibilityLayer
          title="Rates before and after"
          barGap={4}
        >
          <CartesianGrid stroke="var(--grid)" horizontal={false} />
          <XAxis
            type="number"
            // Room to the right of the longest bar for its label ("100% after (threatened)").
            domain={[0, Math.ceil((max * (width < 520 ? 1.7 : 1.3)) / 10) * 10]}
            tickFormatter={(v: number) => formatPercent(v)}
            stroke="var(--muted)"
            tick={{ fill: 'var(--text)', fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={axisWidth}
            stroke="var(--muted)"
            tick={({
              x,
              y,
              payload,
            }: {
              x: number | string;
              y: number | string;
              payload: { value: string };
            }) => (
              <text x={Number(x) - 6} y={Number(y)} textAnchor="end" fill="var(--text)" fontSize={12}>
                {wrap(String(payload.value), maxChars).map((l, i, all) => (
                  <tspan
                    key={i}
                    x={Number(x) - 6}
                    dy={i === 0 ? `${-(all.length - 1) * 0.6 + 0.35}em` : '1.2em'}
                  >
                    {l}
                  </tspan>
                ))}
              </text>
            )}
          />
          <Bar
            dataKey="before"
            name="Before"
            fill="var(--muted)"
            isAnimationActive={false}
            onClick={(d: { payload?: Datum }) =>
              d.payload?.row.before && onOpen(d.payload.row.before.recordId)
            }
            cursor="pointer"
          >
            <LabelList dataKey="beforeText" position="right" fill="var(--text)" fontSize={12} />
          </Bar>
          <Bar
            dataKey="after"
            name="After"
            fill="var(--accent)"
            isAnimationActive={false}
            onClick={(d: { payload?: Datum }) => d.payload?.row.after && onOpen(d.payload.row.after.recordId)}
            cursor="pointer"
          >
            {data.map((d) => (
              <Cell
                key={d.key}
                fillOpacity={d.row.after && isInForceStatus(d.row.after.status) ? 1 : 0.35}
                stroke="var(--accent)"
                strokeWidth={2}
                strokeDasharray={d.row.after ? STATUS_DASH[d.row.after.status] : undefined}
              />
            ))}
            <LabelList dataKey="afterText" position="right" fill="var(--text)" fontSize={12} />
          </Bar>
        </BarChart>
      )}
      <ul className="legend-list delta-legend" aria-label="Delta chart legend" data-export-legend>
        <li>
          <svg width="22" height="12" aria-hidden="true">
            <rect width="22" height="12" fill="var(--muted)" />
          </svg>
          Before the round
        </li>
        {anyInForce && (
          <li>
            <svg width="22" height="12" aria-hidden="true">
              <rect x="1" y="1" width="20" height="10" fill="var(--accent)" />
            </svg>
            After, in force
          </li>
        )}
        {anyPending && (
          <li>
            <svg width="22" height="12" aria-hidden="true">
              <rect
                x="1"
                y="1"
                width="20"
                height="10"
                fill="var(--accent)"
                fillOpacity={0.35}
                stroke="var(--accent)"
                strokeWidth={2}
                strokeDasharray={STATUS_DASH.proposed}
              />
            </svg>
            After, not in force (outlined, pale; status named on the bar)
          </li>
        )}
      </ul>
    </div>
  );
}
