import type { ChartScales } from './scenario-layer.tsx';
import { useChartScales } from './scenario-layer.tsx';

/** The plot's box in pixels (left, right, top, bottom). */
export interface PlotBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** An open reading's band in data units (see the step chart's `readingBands`). */
export interface ReadingBand {
  key: string;
  x1: number;
  x2: number;
  low: number;
  high: number;
  /** The rate before the band (its drop or rise into the band is drawn), or null. */
  from: number | null;
  rates: number[];
  label: string | null;
  color: string;
  dashOffset: number;
}

export interface ReadingBandShape {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Path data of the band's edges (one per reading's value) and of the step into it. */
  drop: string;
  edges: string;
  label: string | null;
  color: string;
  dashOffset: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const r2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Pure: the reading bands in pixels, clipped to the plot: a rectangle from the lowest to the highest reading,
 * its edges at every reading's value and the step into it from the rate before. A band wholly outside the plot
 * is left out. O(bands × readings).
 */
export function readingBandShapes(
  bands: readonly ReadingBand[],
  scales: ChartScales,
  plot: PlotBox,
): ReadingBandShape[] {
  return bands.flatMap((b) => {
    const left = clamp(scales.x(b.x1), plot.x0, plot.x1);
    const right = clamp(scales.x(b.x2), plot.x0, plot.x1);
    const top = clamp(scales.y(b.high), plot.y0, plot.y1);
    const bottom = clamp(scales.y(b.low), plot.y0, plot.y1);
    if (![left, right, top, bottom].every(Number.isFinite) || right <= left) return [];
    const rawX = scales.x(b.x1);
    const drop =
      b.from !== null && rawX >= plot.x0 && rawX <= plot.x1
        ? `M${r2(rawX)},${r2(clamp(scales.y(b.from), plot.y0, plot.y1))}V${r2(b.from > b.high ? top : bottom)}`
        : '';
    const edges = b.rates
      .map((v) => scales.y(v))
      .filter((y) => y >= plot.y0 && y <= plot.y1)
      .map((y) => `M${r2(left)},${r2(y)}H${r2(right)}`)
      .join('');
    return [
      {
        key: b.key,
        x: r2(left),
        y: r2(top),
        width: r2(right - left),
        height: r2(Math.max(0, bottom - top)),
        drop,
        edges,
        label: b.label,
        color: b.color,
        dashOffset: b.dashOffset,
      },
    ];
  });
}

/**
 * The open readings' hatched bands as one plain SVG layer with the chart's own scales (inside
 * ChartScalesProvider; one Recharts ReferenceArea and a ReferenceLine per edge each before, every one of them
 * dispatched through Recharts' store). The hatch pattern is defined by the chart (`hatchId`).
 */
export function ReadingBands({
  bands,
  plot,
  hatchId,
}: {
  bands: readonly ReadingBand[];
  plot: (s: ChartScales) => PlotBox;
  hatchId: string;
}) {
  const scales = useChartScales();
  if (!scales || bands.length === 0) return null;
  const shapes = readingBandShapes(bands, scales, plot(scales));
  return (
    <g className="tsc-readings" pointerEvents="none">
      {shapes.map((s) => (
        <g key={s.key}>
          <rect
            className="tsc-readings-band"
            x={s.x}
            y={s.y}
            width={s.width}
            height={s.height}
            fill={`url(#${hatchId})`}
          />
          {s.drop && <path d={s.drop} stroke={s.color} strokeWidth={2.5} fill="none" />}
          <path
            d={s.edges}
            stroke={s.color}
            strokeWidth={2.5}
            strokeDasharray="7 7"
            strokeDashoffset={s.dashOffset}
            fill="none"
          />
          {s.label && (
            <text
              x={s.x + s.width - 5}
              y={s.y + 5}
              dy="0.8em"
              textAnchor="end"
              fontSize={12}
              fill="var(--text)"
            >
              {s.label}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}

/**
 * Pure: path data of vertical guides at the given dates across the plot, one per pixel column however many
 * dates fall in it (so the path is bounded by the plot's width, not by the record count). Dates outside the
 * plot are left out.
 */
export function guidesPath(times: readonly number[], x: (t: number) => number, plot: PlotBox): string {
  const columns = new Set<number>();
  for (const t of times) {
    const px = Math.round(x(t));
    if (Number.isFinite(px) && px >= plot.x0 && px <= plot.x1) columns.add(px);
  }
  return [...columns]
    .sort((a, b) => a - b)
    .map((px) => `M${px},${r2(plot.y0)}V${r2(plot.y1)}`)
    .join('');
}

/**
 * The turning points' leaders carried down to the time axis, as one path (one Recharts ReferenceLine per
 * turning point before: 526 at 10k records, each dispatched through Recharts' store).
 */
export function TurningGuides({
  times,
  plot,
}: {
  times: readonly number[];
  plot: (s: ChartScales) => PlotBox;
}) {
  const scales = useChartScales();
  if (!scales || times.length === 0) return null;
  const d = guidesPath(times, scales.x, plot(scales));
  return (
    <g className="tsc-turning" pointerEvents="none">
      <path d={d} strokeDasharray="2 3" fill="none" />
    </g>
  );
}
