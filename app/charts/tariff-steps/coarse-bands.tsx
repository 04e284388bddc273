import { DAY_MS } from '../../lib/dates.ts';
import { markedPoints, type StepSeries } from '../../domain/step-series.ts';
import { seriesColor } from './constants.ts';
import { useChartScales, type ChartScales } from './scenario-layer.tsx';

/** Half the height of a coarse-date band, as a share of the y axis (about 8 px on the desk chart). */
export const BAND_HALF_HEIGHT = 0.027;

/** A coarse date's band around its line's rate (data units: epoch ms and percent). */
export interface CoarseBand {
  key: string;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  color: string;
  open: boolean;
}

/**
 * A coarse date is a band around its own rate, not a full-height shade: full-height shades of adjacent
 * seasons merged into one grey block that read like a period of its own. One per marked point with a span.
 */
export function coarseBands(documented: readonly StepSeries[], yMax: number): CoarseBand[] {
  return documented.flatMap((s) =>
    markedPoints(s)
      .filter((p) => p.span)
      .map((p) => ({
        key: `${s.key}-${p.t}-${p.rate}`,
        x1: p.span!.start,
        x2: p.span!.end + DAY_MS,
        // An open reading's coarse date spans every reading's value, so the band hints at none of them.
        y1: Math.max(0, (p.rates ? Math.min(...p.rates) : p.rate) - yMax * BAND_HALF_HEIGHT),
        y2: (p.rates ? Math.max(...p.rates) : p.rate) + yMax * BAND_HALF_HEIGHT,
        open: p.rates !== undefined,
        color: seriesColor(s),
      })),
  );
}

/** A band as drawn: a pixel rectangle and how many bands it stands for. */
export interface BandRect {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  open: boolean;
  count: number;
}

/**
 * The coarse-date bands as pixel rectangles clipped to the plot (whole pixels), bands of one colour and kind
 * that overlap on screen drawn as one rectangle over them (saying how many it stands for). A band is at
 * least a pixel wide and BAND_HALF_HEIGHT × 2 of the plot tall, so a pixel column holds a bounded number of
 * rectangles per line and kind, whatever the record count (one Recharts ReferenceArea per band, ≈ 530 at 10k
 * records, each dispatched through Recharts' store, before). O(n log n + n × rectangles in a column).
 */
export function bandRects(
  bands: readonly CoarseBand[],
  scales: ChartScales,
  plot: { x0: number; x1: number; y0: number; y1: number },
): BandRect[] {
  const placed = bands.flatMap((b) => {
    const left = Math.max(plot.x0, Math.floor(scales.x(b.x1)));
    const right = Math.min(plot.x1, Math.max(left + 1, Math.ceil(scales.x(b.x2))));
    const top = Math.max(plot.y0, Math.min(scales.y(b.y2), scales.y(b.y1)));
    const bottom = Math.min(plot.y1, Math.max(scales.y(b.y2), scales.y(b.y1)));
    if (![left, right, top, bottom].every(Number.isFinite) || right <= left || bottom <= top) return [];
    return [{ b, left, right, top, bottom }];
  });
  const groups = new Map<string, typeof placed>();
  for (const p of placed) {
    const k = `${p.b.color}|${p.b.open}`;
    const g = groups.get(k);
    if (g) g.push(p);
    else groups.set(k, [p]);
  }
  const out: BandRect[] = [];
  for (const g of groups.values()) {
    g.sort((a, b) => a.left - b.left);
    // Rectangles still reaching the sweep's column; a band overlapping one of them on screen joins it.
    let active: BandRect[] = [];
    for (const { b, left, right, top, bottom } of g) {
      active = active.filter((r) => r.x + r.width > left);
      const into = active.find((r) => top < r.y + r.height && bottom > r.y);
      if (into) {
        const r = Math.max(into.x + into.width, right);
        const t = Math.min(into.y, top);
        into.height = Math.max(into.y + into.height, bottom) - t;
        into.y = t;
        into.width = r - into.x;
        into.count += 1;
        continue;
      }
      const fresh = {
        key: b.key,
        x: left,
        y: top,
        width: right - left,
        height: bottom - top,
        color: b.color,
        open: b.open,
        count: 1,
      };
      active.push(fresh);
      out.push(fresh);
    }
  }
  return out;
}

/**
 * The coarse-date bands as one plain SVG layer with the chart's own scales (inside ChartScalesProvider). A
 * rectangle standing for several bands says so in its tooltip.
 */
export function CoarseBands({
  bands,
  domain,
  yMax,
}: {
  bands: readonly CoarseBand[];
  domain: readonly [number, number];
  yMax: number;
}) {
  const scales = useChartScales();
  if (!scales || bands.length === 0) return null;
  const rects = bandRects(bands, scales, {
    x0: scales.x(domain[0]),
    x1: scales.x(domain[1]),
    y0: scales.y(yMax),
    y1: scales.y(0),
  });
  return (
    <g className="tsc-coarse-bands">
      {rects.map((r) => (
        <rect
          key={r.key}
          x={r.x}
          y={r.y}
          width={r.width}
          height={r.height}
          fill={r.color}
          fillOpacity={r.open ? 0.1 : 0.22}
        >
          {r.count > 1 && <title>{`${r.count} coarse-date bands overlapping here, drawn as one`}</title>}
        </rect>
      ))}
    </g>
  );
}
