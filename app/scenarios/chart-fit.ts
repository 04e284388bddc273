import type { StepPoint, StepSeries } from '../domain/step-series.ts';
import { downsampleMinMax } from '../lib/downsample.ts';

/**
 * Series for the chart: at most about `budget` points per series (min/max per bucket keeps steps and spikes),
 * always keeping every point a scenario step produced and the last point. Memoised per series object, so the
 * documented series (cached by the engine) are downsampled once per dataset, not on every toggle.
 */
const cache = new WeakMap<StepSeries, { budget: number; fitted: StepSeries }>();

export function fitForChart(series: readonly StepSeries[], budget: number): StepSeries[] {
  return series.map((s) => {
    if (s.points.length <= budget) return s;
    const hit = cache.get(s);
    if (hit && hit.budget === budget) return hit.fitted;
    const sampled = downsampleMinMax(s.points, budget);
    const kept = new Set<StepPoint>(sampled);
    for (const p of s.points) if (p.scenario) kept.add(p);
    const last = s.points[s.points.length - 1];
    if (last) kept.add(last);
    // A path denser than the pixels is drawn as a line: its points become plain connectors (no mark per point;
    // thousands of focusable marks help nobody and cost a toggle hundreds of ms). Scenario steps keep their
    // marks; every documented figure stays one click away in the data tables and the Sources view.
    const points = [...kept]
      .sort((a, b) => a.t - b.t)
      .map((p) =>
        p.scenario || p.recordId === null ? p : { t: p.t, rate: p.rate, recordId: null, status: p.status },
      );
    const fitted = { ...s, points };
    cache.set(s, { budget, fitted });
    return fitted;
  });
}
