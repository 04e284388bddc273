import { describe, expect, it } from 'vitest';
import {
  estimateLabelWidth,
  placeAnnotations,
  placeTurningPoints,
  SAME_LEADER_PX,
  type PlacedAnnotation,
} from './place-labels.ts';
import { buildTurningPoints } from './build-turning-points.ts';
import { shippedDataset } from '../../data/test-factories.ts';
import { defaultTimeDomain } from '../../domain/step-series.ts';
import { CHART_MARGIN, Y_AXIS_WIDTH } from '../tariff-steps/constants.ts';

const ROW = 20;

/** An independent check of what a reader would see: boxes that touch, or a leader line through a label. */
function collisions(placed: readonly PlacedAnnotation[], minX: number, maxX: number): string[] {
  const drawn = placed.filter((p) => p.mode !== 'key');
  const out: string[] = [];
  for (const a of drawn) {
    if (a.x0 < minX || a.x1 > maxX) out.push(`${a.id} leaves the chart`);
    if (Math.abs(a.x - a.x0) > 0.01 && Math.abs(a.x - a.x1) > 0.01)
      out.push(`${a.id}: leader not at its edge`);
    for (const b of drawn) {
      if (a === b) continue;
      const sameRow = a.row === b.row;
      if (sameRow && a.x0 < b.x1 && b.x0 < a.x1) out.push(`${a.id} overlaps ${b.id}`);
      // a's leader runs from its row down to the axis: it must not cross the inside of a lower box.
      const crosses =
        b.row < a.row && a.x > b.x0 + 0.5 && a.x < b.x1 - 0.5 && Math.abs(a.x - b.x) > SAME_LEADER_PX;
      if (crosses) out.push(`${a.id}'s leader crosses ${b.id}`);
    }
  }
  return out;
}

describe('placeAnnotations', () => {
  it('writes labels far apart on one row, each beside its date', () => {
    const p = placeAnnotations(
      [
        { id: 'a', x: 100, label: 'London talks' },
        { id: 'b', x: 600, label: 'Leaders meet' },
      ],
      { minX: 0, maxX: 1000, maxRows: 3 },
    );
    expect(p.map((a) => [a.id, a.mode, a.row])).toEqual([
      ['a', 'label', 0],
      ['b', 'label', 0],
    ]);
    expect(collisions(p, 0, 1000)).toEqual([]);
  });

  it('stacks labels of close dates in rows instead of piling them', () => {
    const input = [
      { id: 'a', x: 500, label: 'Rare-earth export controls' },
      { id: 'b', x: 520, label: 'New oil sanctions' },
      { id: 'c', x: 524, label: 'Summit cancelled' },
    ];
    const p = placeAnnotations(input, { minX: 0, maxX: 1000, maxRows: 4 });
    expect(p.every((a) => a.mode === 'label')).toBe(true);
    expect(new Set(p.map((a) => a.row)).size).toBeGreaterThan(1);
    expect(collisions(p, 0, 1000)).toEqual([]);
  });

  it('collapses what cannot be written to numbered markers, numbered in time order', () => {
    const input = [
      { id: 'late', x: 60, label: 'A rather long turning point label' },
      { id: 'early', x: 50, label: 'Another rather long label here' },
    ];
    const p = placeAnnotations(input, { minX: 0, maxX: 120, maxRows: 2 });
    expect(p.map((a) => [a.id, a.n])).toEqual([
      ['early', 1],
      ['late', 2],
    ]);
    expect(p.every((a) => a.mode === 'marker')).toBe(true);
    expect(collisions(p, 0, 120)).toEqual([]);
  });

  it('keeps a label inside the chart at its right edge by ending it at its date', () => {
    const [a] = placeAnnotations([{ id: 'a', x: 990, label: 'Leaders meet' }], {
      minX: 0,
      maxX: 1000,
      maxRows: 2,
    });
    expect(a).toMatchObject({ mode: 'label', anchor: 'end', x1: 990 });
  });
});

describe('the escalation chart’s turning points', () => {
  const data = shippedDataset();
  const domain = defaultTimeDomain(data.tariffMeasures);
  const items = buildTurningPoints(data, domain);
  const placeAt = (width: number) => {
    const left = CHART_MARGIN.left + Y_AXIS_WIDTH;
    return placeTurningPoints(items, domain, width, left, width - left - CHART_MARGIN.right);
  };

  it('are the six the curator marked, in time order', () => {
    expect(items.map((i) => i.label)).toEqual([
      'London talks',
      "China's rare-earth export controls",
      'Budapest summit cancelled',
      'New US oil sanctions on Russia',
      "Leaders' meeting",
      '100% threatened',
    ]);
  });

  it('never overlap or cross a leader at any chart width from 320 to 1920 px, and each is on the chart', () => {
    for (let w = 320; w <= 1920; w += 4) {
      const p = placeAt(w);
      expect(collisions(p, 0, w), `at ${w} px`).toEqual([]);
      expect(
        p.filter((a) => a.mode === 'key').map((a) => a.id),
        `at ${w} px`,
      ).toEqual([]);
      expect(p.map((a) => a.id).sort()).toEqual(items.map((i) => i.id).sort());
    }
  });

  it('are all written out in words on a desk-width chart', () => {
    const p = placeAt(1100);
    expect(p.filter((a) => a.mode !== 'label').map((a) => a.label)).toEqual([]);
    expect(Math.max(...p.map((a) => a.row)) + 1).toBeLessThanOrEqual(4);
  });

  it('estimate 12 px text at least as wide as it draws (about 0.55 em a glyph)', () => {
    expect(estimateLabelWidth('Leaders’ meeting')).toBeGreaterThanOrEqual(16 * 12 * 0.55);
  });

  it('leave room for one row of 12 px text per row', () => {
    expect(ROW).toBeGreaterThanOrEqual(18);
  });
});

describe('turning points of a long tracker (10k realistic records)', () => {
  it('places every one once, labels and markers apart, the rest in the key', async () => {
    const { generateRealisticDataset } = await import('../../../scripts/bench/generate-dataset.ts');
    const data = generateRealisticDataset(shippedDataset(), 10_000);
    const domain = defaultTimeDomain(data.tariffMeasures);
    const items = buildTurningPoints(data, domain);
    const width = 1240;
    const left = CHART_MARGIN.left + Y_AXIS_WIDTH;
    const placed = placeTurningPoints(items, domain, width, left, width - left - CHART_MARGIN.right);
    expect(items.length).toBeGreaterThan(100);
    expect(placed.map((p) => p.id).sort()).toEqual(items.map((i) => i.id).sort());
    expect(placed.filter((p) => p.mode === 'label').length).toBeGreaterThan(0);
    expect(collisions(placed, 0, width)).toEqual([]);
  });
});
