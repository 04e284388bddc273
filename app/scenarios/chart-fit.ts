import type { StepSeries } from '../domain/step-series.ts';
import { fitToPixels } from '../domain/fit-to-pixels.ts';

/**
 * The Scenarios view's series for its charts: each fitted to `width` pixels (`fitToPixels`, the one fit), and
 * a path that had more points than that fit keeps is drawn as a line: its documented points become plain
 * connectors (thousands of focusable marks help nobody and cost a toggle hundreds of ms). Scenario steps keep
 * their marks; every documented figure stays one click away in the data tables and the Sources view.
 * Memoised per series object, so the documented series (cached by the engine) are fitted once per dataset.
 */
const cache = new WeakMap<StepSeries, { width: number; fitted: StepSeries }>();

export function fitForChart(series: readonly StepSeries[], width: number): StepSeries[] {
  return series.map((s) => {
    const fitted = fitToPixels(s, width);
    if (fitted === s) return s;
    const hit = cache.get(s);
    if (hit && hit.width === width) return hit.fitted;
    const line = {
      ...fitted,
      points: fitted.points.map((p) =>
        p.scenario || p.recordId === null ? p : { t: p.t, rate: p.rate, recordId: null, status: p.status },
      ),
    };
    cache.set(s, { width, fitted: line });
    return line;
  });
}
