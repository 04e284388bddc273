import { describe, expect, it } from 'vitest';
import { generateRealisticDataset } from '../../../scripts/bench/generate-dataset.ts';
import { shippedDataset } from '../../data/test-factories.ts';
import type { Dataset } from '../../data/schema.ts';
import { openRates } from '../../domain/readings.ts';
import { buildTariffSeries, defaultTimeDomain } from '../../domain/step-series.ts';
import { BAND_HALF_HEIGHT, bandRects, coarseBands } from './coarse-bands.tsx';

const HEIGHT = 300;

/** The escalation chart's coarse-date bands at a plot width, with linear scales like the chart's. */
function bandsAt(data: Dataset, width: number) {
  const domain = defaultTimeDomain(data.tariffMeasures);
  const series = buildTariffSeries(data.tariffMeasures, domain[1], openRates(data));
  const yMax = Math.max(10, ...series.flatMap((s) => s.points.map((p) => p.rate)));
  const bands = coarseBands(series, yMax);
  const scales = {
    x: (t: number) => ((t - domain[0]) / (domain[1] - domain[0])) * width,
    y: (rate: number) => HEIGHT - (rate / yMax) * HEIGHT,
  };
  const rects = bandRects(bands, scales, { x0: 0, x1: width, y0: 0, y1: HEIGHT });
  return { series, bands, rects };
}

describe('coarse-date bands bounded by the pixels', () => {
  it('keeps every shipped band its own on a desk-wide chart', () => {
    const { bands, rects } = bandsAt(shippedDataset(), 1240);
    expect(bands.length).toBeGreaterThan(0);
    expect(rects).toHaveLength(bands.length);
    expect(rects.every((r) => r.count === 1)).toBe(true);
  });

  describe('on 10k realistic records', () => {
    const data = generateRealisticDataset(shippedDataset(), 10_000);
    it.each([300, 1240])(
      'draws at most one rectangle per pixel column per line and kind at %i px',
      (width) => {
        const { bands, rects } = bandsAt(data, width);
        expect(bands.length).toBeGreaterThan(width / 4);
        expect(rects.length).toBeLessThan(bands.length);
        // In any pixel column, a line and kind has at most as many rectangles as bands fit in its height.
        const perColumn = Math.ceil(HEIGHT / (HEIGHT * 2 * BAND_HALF_HEIGHT)) + 1;
        const kinds = new Set(rects.map((r) => `${r.color}|${r.open}`));
        for (const k of kinds) {
          const mine = rects.filter((r) => `${r.color}|${r.open}` === k);
          for (let x = 0; x < width; x++)
            expect(mine.filter((r) => r.x <= x && x < r.x + r.width).length).toBeLessThanOrEqual(perColumn);
        }
        // Every band is counted in exactly one rectangle, and each rectangle stays inside the plot.
        expect(rects.reduce((n, r) => n + r.count, 0)).toBe(bands.length);
        for (const r of rects) {
          expect(r.x).toBeGreaterThanOrEqual(0);
          expect(r.x + r.width).toBeLessThanOrEqual(width);
          expect(r.y).toBeGreaterThanOrEqual(0);
          expect(r.y + r.height).toBeLessThanOrEqual(HEIGHT);
        }
      },
    );
  });
});
