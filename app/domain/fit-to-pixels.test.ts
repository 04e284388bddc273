import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY_MS } from '../lib/dates.ts';
import { fitToPixels, isChangePoint, maxFittedPoints, PER_COLUMN } from './fit-to-pixels.ts';
import type { StepPoint, StepSeries } from './step-series.ts';

function series(points: StepPoint[]): StepSeries {
  return {
    key: 'us>china|headline|actual',
    imposerId: 'us',
    targetId: 'china',
    basis: 'headline',
    kind: 'actual',
    points,
  };
}

/** Time-ordered points: gaps from none (same day) to a year, rates 0–300, some documented. */
const arbSeries = fc
  .array(
    fc.record({
      gap: fc.oneof(
        fc.constant(0),
        fc.integer({ min: 1, max: 3_600_000 }),
        fc.integer({ min: 1, max: 365 * DAY_MS }),
      ),
      rate: fc.integer({ min: 0, max: 300 }),
      documented: fc.boolean(),
    }),
    { minLength: 1, maxLength: 3_000 },
  )
  .map((raw) => {
    let t = Date.UTC(2025, 0, 1);
    return series(
      raw.map((r, i): StepPoint => {
        t += r.gap;
        return { t, rate: r.rate, recordId: r.documented ? `tm-${i}` : null, status: 'in-force' };
      }),
    );
  });
const arbWidth = fc.integer({ min: 1, max: 1_200 });

const withoutMerged = ({ merged: _merged, ...p }: StepPoint): StepPoint => p;

describe('fitToPixels: one fit of a step series to its pixel width', () => {
  it('20,000 documented points fitted to 400 px come out bounded, saying how many each mark stands for', () => {
    const s = series(
      Array.from({ length: 20_000 }, (_, i) => ({
        t: Date.UTC(2025, 0, 1) + i * 3_600_000,
        rate: i === 12_345 ? 300 : 10 + (i % 7),
        recordId: `tm-${i}`,
        status: 'in-force' as const,
      })),
    );
    const fitted = fitToPixels(s, 400);
    expect(fitted.points.length).toBeLessThanOrEqual(800);
    expect(Math.max(...fitted.points.map((p) => p.rate))).toBe(300);
    const spans = new Set(fitted.points.map((p) => p.merged));
    expect([...spans].reduce((n, m) => n + (m?.count ?? 0), 0)).toBe(20_000);
  });

  it('never returns more than about two points per pixel, whatever the series', () => {
    fc.assert(
      fc.property(arbSeries, arbWidth, (s, width) => {
        expect(fitToPixels(s, width).points.length).toBeLessThanOrEqual(
          Math.max(PER_COLUMN, maxFittedPoints(width)),
        );
        expect(maxFittedPoints(width)).toBeLessThanOrEqual(2 * width + PER_COLUMN);
      }),
    );
  });

  it('keeps points of the series only, in time order, with both ends and the lowest and highest rate', () => {
    fc.assert(
      fc.property(arbSeries, arbWidth, (s, width) => {
        const out = fitToPixels(s, width).points;
        const index = out.map((p) =>
          s.points.findIndex((q) => q.t === p.t && q.rate === p.rate && q.recordId === p.recordId),
        );
        expect(index.every((i) => i >= 0)).toBe(true);
        expect(out.every((p, i) => i === 0 || out[i - 1]!.t <= p.t)).toBe(true);
        expect(withoutMerged(out[0]!)).toEqual(s.points[0]);
        expect(withoutMerged(out.at(-1)!)).toEqual(s.points.at(-1));
        const rates = s.points.map((p) => p.rate);
        expect(Math.min(...out.map((p) => p.rate))).toBe(Math.min(...rates));
        expect(Math.max(...out.map((p) => p.rate))).toBe(Math.max(...rates));
      }),
    );
  });

  it('accounts for every change point: kept as itself, or counted in the span of a mark that merged it', () => {
    fc.assert(
      fc.property(arbSeries, arbWidth, (s, width) => {
        const out = fitToPixels(s, width).points;
        const kept = new Set(out.filter((p) => !p.merged && p.recordId).map((p) => p.recordId));
        const spans = [...new Set(out.map((p) => p.merged).filter((m) => m !== undefined))];
        for (const p of s.points.filter(isChangePoint)) {
          const covered = spans.some((m) => m.start <= p.t && p.t <= m.end);
          expect(kept.has(p.recordId) || covered).toBe(true);
        }
        const counted = spans.reduce((n, m) => n + m.count, 0) + kept.size;
        expect(counted).toBe(s.points.filter(isChangePoint).length);
      }),
    );
  });

  it('never merges away a scenario step the user toggled', () => {
    fc.assert(
      fc.property(arbSeries, arbWidth, fc.nat(), (s, width, at) => {
        const i = at % s.points.length;
        const points = s.points.map((p, j) =>
          j === i ? { ...p, scenario: { sourceId: 'preset', label: 'P' } } : p,
        );
        expect(fitToPixels(series(points), width).points.some((p) => p.scenario)).toBe(true);
      }),
    );
  });

  it('returns a series that fits as the same object, so every documented change point stays', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 200 }), fc.integer({ min: 400, max: 1_200 }), (n, width) => {
        // One point per day over n days: at most one point per two-pixel column at this width.
        const s = series(
          Array.from({ length: n }, (_, i) => ({
            t: i * DAY_MS,
            rate: i % 5,
            recordId: `tm-${i}`,
            status: 'in-force' as const,
          })),
        );
        expect(fitToPixels(s, width)).toBe(s);
      }),
    );
  });

  it('fits a series once per width (same object on the next call), so a chart keeps its memoised lines', () => {
    const s = series(
      Array.from({ length: 5_000 }, (_, i) => ({
        t: i * 60_000,
        rate: i % 9,
        recordId: null,
        status: 'in-force' as const,
      })),
    );
    expect(fitToPixels(s, 300)).toBe(fitToPixels(s, 300));
    expect(fitToPixels(s, 300).points.length).toBeLessThan(s.points.length);
  });
});
