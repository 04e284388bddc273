import { describe, expect, it } from 'vitest';
import type { StepSeries } from '../domain/step-series.ts';
import { fitForChart } from './chart-fit.ts';
import { DAY_MS } from '../lib/dates.ts';

function big(n: number, withScenarioAt: number[] = []): StepSeries {
  return {
    key: 'us>china|headline|scenario|scenario-a',
    imposerId: 'us',
    targetId: 'china',
    basis: 'headline',
    kind: 'scenario',
    scenarioId: 'scenario-a',
    points: Array.from({ length: n }, (_, i) => ({
      t: i * DAY_MS,
      rate: (i * 7919) % 300,
      recordId: `tm-${i}`,
      status: 'in-force' as const,
      ...(withScenarioAt.includes(i) ? { scenario: { sourceId: 'p', label: 'P' } } : {}),
    })),
  };
}

describe('fitting series to the chart width', () => {
  it('leaves small series untouched', () => {
    const s = big(50);
    expect(fitForChart([s], 300)[0]).toBe(s);
  });

  it('hands the chart at most two points per pixel, keeping spikes, scenario points and the end', () => {
    const s = big(20_000, [12_345]);
    const fitted = fitForChart([s], 300)[0]!;
    expect(fitted.points.length).toBeLessThanOrEqual(600);
    expect(fitted.points.some((p) => p.scenario)).toBe(true);
    expect(fitted.points[fitted.points.length - 1]!.t).toBe(s.points[s.points.length - 1]!.t);
    expect(Math.max(...fitted.points.map((p) => p.rate))).toBe(Math.max(...s.points.map((p) => p.rate)));
    expect(fitted.points.every((p, i, a) => i === 0 || a[i - 1]!.t <= p.t)).toBe(true);
    // Drawn as a line: only the scenario step keeps a mark of its own.
    expect(fitted.points.filter((p) => p.recordId !== null || p.scenario)).toHaveLength(1);
  });

  it('fits a series once, not on every call', () => {
    const s = big(5_000);
    expect(fitForChart([s], 300)[0]).toBe(fitForChart([s], 300)[0]);
  });
});
