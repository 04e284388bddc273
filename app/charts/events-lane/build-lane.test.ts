import { describe, expect, it } from 'vitest';
import type { DiplomaticEvent, TradeMeasure } from '../../data/schema.ts';
import { day, makeEvent, makeTrade, shippedDataset } from '../../data/test-factories.ts';
import { generateRealisticDataset } from '../../../scripts/bench/generate-dataset.ts';
import { defaultTimeDomain } from '../../domain/step-series.ts';

const ev = (over: Partial<DiplomaticEvent>) =>
  makeEvent({ id: 'ev', kind: 'meeting', title: 'A meeting', ...over });
const tm = (over: Partial<TradeMeasure>) =>
  makeTrade({
    id: 'xm',
    kind: 'export-control',
    imposerId: 'china',
    targetId: 'us',
    sector: 'rare earths',
    title: 'Controls',
    date: day('2025-10-05'),
    ...over,
  });
import { isoToTime } from '../../lib/dates.ts';
import { BIN_PX, buildLaneItems, laneMarksInOrder, LANE_ROWS, MAX_SUB_ROWS, packLane } from './build-lane.ts';

const domain: [number, number] = [isoToTime('2025-01-01'), isoToTime('2026-01-01')];

describe('buildLaneItems', () => {
  it('keeps records overlapping the axis and counts the rest', () => {
    const { items, outside } = buildLaneItems(
      {
        tradeMeasures: [tm({ id: 'in' }), tm({ id: 'old', date: day('2018-05-01') })],
        events: [
          ev({
            id: 'straddles',
            date: {
              start: '2024-06-01',
              end: '2025-02-01',
              precision: 'months',
              label: 'x',
              inferred: false,
            },
          }),
        ],
      },
      domain,
    );
    expect(items.map((i) => i.id)).toEqual(['straddles', 'in']);
    expect(outside).toBe(1);
  });

  it('shows a statement that cancels an event as a cancellation, and keeps the span of a coarse date', () => {
    const { items } = buildLaneItems(
      {
        tradeMeasures: [],
        events: [
          ev({
            id: 'c',
            kind: 'statement',
            cancelsId: 'ev',
            date: {
              start: '2025-10-01',
              end: '2025-10-11',
              precision: 'part-of-month',
              label: 'early Oct 2025',
              inferred: true,
              reasoning: 'r',
            },
            notes: [{ kind: 'conflict', text: 'two documents disagree' }],
          }),
        ],
      },
      domain,
    );
    expect(items[0]).toMatchObject({
      kind: 'cancellation',
      row: 'words',
      start: isoToTime('2025-10-01'),
      end: isoToTime('2025-10-11'),
      dateLabel: 'early Oct 2025 (inferred)',
      ambiguous: true,
    });
  });
});

describe('packLane', () => {
  it('puts markers that would overlap on separate sub-rows', () => {
    const { items } = buildLaneItems(
      {
        tradeMeasures: [],
        events: [
          ev({ id: 'a', date: day('2025-05-01') }),
          ev({ id: 'b', date: day('2025-05-02') }),
          ev({ id: 'c', date: day('2025-09-01') }),
        ],
      },
      domain,
    );
    const toPx = (t: number) => ((t - domain[0]) / (domain[1] - domain[0])) * 1000;
    const { level, levels, shown, bins } = packLane(items, toPx, 16);
    expect(level.get('a')).toBe(0);
    expect(level.get('b')).toBe(1);
    expect(level.get('c')).toBe(0);
    expect(levels.talks).toBe(2);
    expect(shown.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(bins).toEqual([]);
  });

  /** Time → pixels over `width`, clamped to the axis as the lane draws it. */
  const pixels = (d: readonly [number, number], width: number) => (t: number) =>
    ((Math.min(Math.max(t, d[0]), d[1]) - d[0]) / (d[1] - d[0])) * width;

  it.each([300, 1240])('draws every shipped record as its own marker at %i px', (width) => {
    const data = shippedDataset();
    const d = defaultTimeDomain(data.tariffMeasures);
    const { items } = buildLaneItems(data, d);
    const { shown, bins } = packLane(items, pixels(d, width), 16);
    expect(bins).toEqual([]);
    expect(shown).toHaveLength(items.length);
  });

  describe('on 10k realistic records', () => {
    const data = generateRealisticDataset(shippedDataset(), 10_000);
    const d = defaultTimeDomain(data.tariffMeasures);
    const { items } = buildLaneItems(data, d);

    it.each([375, 1240])('draws a number of marks bounded by a %i px width, and loses no record', (width) => {
      const { shown, bins, levels } = packLane(items, pixels(d, width), 16);
      expect(items.length).toBeGreaterThan(1000);
      expect(bins.length).toBeGreaterThan(0);
      const columns = Math.ceil(width / 16) + 1;
      expect(shown.length).toBeLessThanOrEqual(3 * MAX_SUB_ROWS * columns);
      expect(bins.length).toBeLessThanOrEqual(3 * (Math.ceil(width / BIN_PX) + 1));
      for (const row of ['measures', 'talks', 'words'] as const)
        expect(levels[row]).toBeLessThanOrEqual(MAX_SUB_ROWS + 1);
      // Every record is drawn once: as its own marker or counted in one bin.
      const counted = shown.length + bins.reduce((n, b) => n + b.items.length, 0);
      expect(counted).toBe(items.length);
      expect(new Set([...shown, ...bins.flatMap((b) => b.items)].map((i) => i.id)).size).toBe(items.length);
    });
  });

  it('orders the marks for the arrow keys row by row, left to right, bins among the items', () => {
    const data = generateRealisticDataset(shippedDataset(), 10_000);
    const d = defaultTimeDomain(data.tariffMeasures);
    const { items } = buildLaneItems(data, d);
    const toPx = pixels(d, 375);
    const { shown, bins } = packLane(items, toPx, 16);
    const marks = laneMarksInOrder(shown, bins, toPx);
    expect(marks).toHaveLength(shown.length + bins.length);
    const rows = marks.map((m) => LANE_ROWS.findIndex((r) => r.id === (m.item ?? m.bin).row));
    // Rows top to bottom, each row's marks one after another.
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    // Left to right within a row, and a row's bins are not all left at its end.
    for (let i = 1; i < marks.length; i++)
      if (rows[i] === rows[i - 1]) expect(marks[i]!.x).toBeGreaterThanOrEqual(marks[i - 1]!.x);
    const lastItemOfRow0 = marks.findLastIndex((m, i) => rows[i] === rows[0] && m.item);
    const firstBinOfRow0 = marks.findIndex((m, i) => rows[i] === rows[0] && m.bin);
    expect(firstBinOfRow0).toBeGreaterThanOrEqual(0);
    expect(firstBinOfRow0).toBeLessThan(lastItemOfRow0);
  });
});
