import type { StepPoint, StepSeries } from '../charts/tariff-steps/build-series.ts';
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
    const fitted = { ...s, points: [...kept].sort((a, b) => a.t - b.t) };
    cache.set(s, { budget, fitted });
    return fitted;
  });
}
