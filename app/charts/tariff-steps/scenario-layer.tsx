import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useXAxisScale, useYAxisScale } from 'recharts';
import type { StepPoint, StepSeries } from '../../domain/step-series.ts';
import { seriesColor, seriesDash } from './constants.ts';

/**
 * The scenario layer of the step chart. A scenario toggle changes only the scenario paths, so they are not
 * Recharts `Line`s: the chart element (axes, grid, bands, documented lines) is memoised and skipped on a
 * toggle, and the scenario paths reach the layer below through a context, which React delivers into the
 * memoised chart without re-rendering it. They are drawn inside the chart's own SVG with its own scales, so
 * exports and the geometry stay as they were (a Recharts re-render of every line took most of a toggle).
 */

const NO_SERIES: readonly StepSeries[] = [];

/** The scenario series the chart draws this render (already fitted to the pixel width). */
export const ScenarioSeriesContext = createContext<readonly StepSeries[]>(NO_SERIES);

/** The scenario series the chart draws, for layers inside the memoised chart. */
export function useScenarioSeries(): readonly StepSeries[] {
  return useContext(ScenarioSeriesContext);
}

/**
 * The points of a stepped path clipped to a time domain, as the plot's clip path shows them: a step entering
 * from the left starts at the left edge, and a step leaving on the right ends at the right edge.
 */
export function clipStepsToDomain(
  points: readonly StepPoint[],
  domain: readonly [number, number],
): StepPoint[] {
  const [d0, d1] = domain;
  const out: StepPoint[] = [];
  let before: StepPoint | undefined;
  for (const p of points) {
    if (p.t < d0) {
      before = p;
      continue;
    }
    if (p.t > d1) {
      if (before) out.push({ ...before, t: d0 });
      const last = out[out.length - 1];
      if (last) out.push({ ...last, t: d1 });
      return out;
    }
    if (before && p.t > d0) out.push({ ...before, t: d0 });
    before = undefined;
    out.push(p);
  }
  if (before) out.push({ ...before, t: d0 });
  return out;
}

/**
 * The part of a scenario path the chart draws: from its first what-if step on, rising (or falling) there from
 * the documented rate it replaces. Before that step the path only copies the documented history, and drawn
 * there it laid the scenario's line and legend entry over documented rates.
 */
export function scenarioBranch(points: readonly StepPoint[]): readonly StepPoint[] {
  const first = points.findIndex((p) => p.scenario !== undefined);
  if (first <= 0) return points;
  const before = points[first - 1]!;
  return [{ ...before, t: points[first]!.t }, ...points.slice(first)];
}

/**
 * SVG path data of a step-after line, the geometry of Recharts' `type="stepAfter"`: each rate holds until
 * the next point's date, then the line moves vertically to the next rate.
 */
export function stepAfterPath(
  points: readonly StepPoint[],
  x: (t: number) => number,
  y: (rate: number) => number,
): string {
  let d = '';
  for (const p of points) {
    const px = round(x(p.t));
    const py = round(y(p.rate));
    if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
    d += d === '' ? `M${px},${py}` : `H${px}V${py}`;
  }
  return d;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** True when two lists hold the same objects in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

/**
 * Keeps the previous list while its items are the same objects, so memoised children see a stable
 * reference when the caller rebuilt an equal list (the documented series, on every toggle).
 */
export function useStableItems<T>(items: readonly T[]): readonly T[] {
  const [stable, setStable] = useState(items);
  if (!sameItems(stable, items)) {
    setStable(items);
    return items;
  }
  return stable;
}

/** The chart's scales as plain functions (epoch ms → x, rate → y). */
export interface ChartScales {
  x: (t: number) => number;
  y: (rate: number) => number;
}

const ChartScalesContext = createContext<ChartScales | null>(null);

/**
 * Reads the chart's scales once per chart render and hands them to the layers inside it, so a layer that
 * re-renders on a toggle does not re-run Recharts' scale selectors (a few ms per toggle at 4× throttling).
 * Rendered inside a Recharts chart.
 */
export function ChartScalesProvider({ children }: { children: ReactNode }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const scales = useMemo<ChartScales | null>(
    () => (xScale && yScale ? { x: (t) => Number(xScale(t)), y: (rate) => Number(yScale(rate)) } : null),
    [xScale, yScale],
  );
  return <ChartScalesContext value={scales}>{children}</ChartScalesContext>;
}

/** The scales of the chart a layer sits in (null until the chart has measured itself). */
export function useChartScales(): ChartScales | null {
  return useContext(ChartScalesContext);
}

/** The scenario paths, drawn with the chart's scales (inside ChartScalesProvider, in the lines' z-layer). */
export function ScenarioPaths({ domain }: { domain: readonly [number, number] }) {
  const series = useScenarioSeries();
  const scales = useChartScales();
  if (!scales || series.length === 0) return null;
  return (
    <g className="tsc-scenario-paths" pointerEvents="none">
      {series.map((s) => (
        <path
          key={s.key}
          className="tsc-scenario-path"
          d={stepAfterPath(clipStepsToDomain(scenarioBranch(s.points), domain), scales.x, scales.y)}
          fill="none"
          stroke={seriesColor(s)}
          strokeWidth={2}
          strokeDasharray={seriesDash(s)}
        />
      ))}
    </g>
  );
}
