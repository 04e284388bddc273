import { describe, expect, it } from 'vitest';
import { generateRealisticDataset } from '../../../scripts/bench/generate-dataset.ts';
import { shippedDataset } from '../../data/test-factories.ts';
import { buildTurningPoints } from '../turning-points/build-turning-points.ts';
import { defaultTimeDomain } from '../../domain/step-series.ts';
import { guidesPath, readingBandShapes, type ReadingBand } from './plot-guides.tsx';

const plot = { x0: 0, x1: 1000, y0: 0, y1: 300 };
/** 0…100 days across 1000 px; 0…100% up 300 px. */
const scales = { x: (t: number) => t * 10, y: (rate: number) => 300 - rate * 3 };

const band = (over: Partial<ReadingBand> = {}): ReadingBand => ({
  key: 'b',
  x1: 20,
  x2: 40,
  low: 10,
  high: 30,
  from: 50,
  rates: [10, 30],
  label: '10% or 30%',
  color: 'red',
  dashOffset: 0,
  ...over,
});

describe('reading bands in pixels', () => {
  it('spans the readings from the step to the next step, an edge at each reading and the step down into it', () => {
    const [s] = readingBandShapes([band()], scales, plot);
    expect(s).toMatchObject({ x: 200, width: 200, y: 210, height: 60, label: '10% or 30%' });
    expect(s!.edges).toBe('M200,270H400M200,210H400');
    // From 50% down to the band's top (30%).
    expect(s!.drop).toBe('M200,150V210');
  });

  it('clips a band running past the plot and leaves out one wholly outside it', () => {
    const shapes = readingBandShapes(
      [band({ key: 'in', x2: 500 }), band({ key: 'out', x1: 200, x2: 300 })],
      scales,
      plot,
    );
    expect(shapes.map((s) => s.key)).toEqual(['in']);
    expect(shapes[0]!.x + shapes[0]!.width).toBe(1000);
  });
});

describe('turning-point guides bounded by the pixels', () => {
  it('draws one guide per pixel column however many dates fall in it, none outside the plot', () => {
    const d = guidesPath([10, 10.01, 10.02, 50, 150], scales.x, plot);
    expect(d).toBe('M100,0V300M500,0V300');
  });

  it('on 10k realistic records draws fewer guides than the plot has columns', () => {
    const data = generateRealisticDataset(shippedDataset(), 10_000);
    const domain = defaultTimeDomain(data.tariffMeasures);
    const times = buildTurningPoints(data, domain).map((t) => t.t);
    const width = 300;
    const x = (t: number) => ((t - domain[0]) / (domain[1] - domain[0])) * width;
    const guides = guidesPath(times, x, { x0: 0, x1: width, y0: 0, y1: 100 }).split('M').length - 1;
    expect(times.length).toBeGreaterThan(width);
    expect(guides).toBeLessThanOrEqual(width + 1);
    expect(guides).toBeGreaterThan(0);
  });
});
