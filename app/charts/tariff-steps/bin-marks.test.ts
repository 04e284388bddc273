import { describe, expect, it } from 'vitest';
import { generateRealisticDataset } from '../../../scripts/bench/generate-dataset.ts';
import { shippedDataset } from '../../data/test-factories.ts';
import type { Dataset } from '../../data/schema.ts';
import { fitToPixels } from '../../domain/fit-to-pixels.ts';
import { openRates } from '../../domain/readings.ts';
import { buildTariffSeries, defaultTimeDomain, markedPoints } from '../../domain/step-series.ts';
import { binMarks, binPoint, MARK_PX } from './bin-marks.ts';

/** The escalation chart's marks at a plot width, as PointMarks places them (x only). */
function marksAt(data: Dataset, width: number) {
  const domain = defaultTimeDomain(data.tariffMeasures);
  const series = buildTariffSeries(data.tariffMeasures, domain[1], openRates(data)).map((s) =>
    fitToPixels(s, width),
  );
  const x = (t: number) => ((t - domain[0]) / (domain[1] - domain[0])) * width;
  const marks = series
    .flatMap((s) => markedPoints(s).map((p) => ({ seriesKey: s.key, p, cx: x(p.t) })))
    .sort((a, b) => a.p.t - b.p.t);
  return { series, marks };
}

describe('point marks binned to the chart width', () => {
  it.each([300, 1240])('keeps every shipped mark its own at %i px', (width) => {
    const { marks } = marksAt(shippedDataset(), width);
    const { groups: bins, dense } = binMarks(marks, width);
    expect(dense.size).toBe(0);
    expect(bins.every((b) => b.length === 1)).toBe(true);
    expect(bins).toHaveLength(marks.length);
  });

  describe('on 10k realistic records', () => {
    const data = generateRealisticDataset(shippedDataset(), 10_000);
    it.each([300, 1240])('draws marks bounded by a %i px width, each change counted once', (width) => {
      const { series, marks } = marksAt(data, width);
      const { groups: bins } = binMarks(marks, width);
      const columns = Math.ceil(width / MARK_PX) + 1;
      expect(marks.length).toBeGreaterThan(bins.length);
      expect(bins.length).toBeLessThanOrEqual(series.length * columns);
      // Every mark is in exactly one group, and a group of several says how many it stands for.
      expect(bins.flat()).toHaveLength(marks.length);
      for (const bin of bins.filter((b) => b.length > 1)) {
        const p = binPoint(bin);
        expect(p.merged!.count).toBeGreaterThanOrEqual(bin.length);
        expect(p.merged!.start).toBeLessThanOrEqual(p.merged!.end);
        expect(new Set(bin.map((m) => m.seriesKey)).size).toBe(1);
      }
    });
  });
});
