import { describe, expect, it } from 'vitest';
import type { DiplomaticEvent, TradeMeasure } from '../../data/schema.ts';
import { day, makeEvent, makeTrade } from '../../data/test-factories.ts';

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
import { buildLaneItems, stackLane } from './build-lane.ts';

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

describe('stackLane', () => {
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
    const { level, levels } = stackLane(items, toPx, 16);
    expect(level.get('a')).toBe(0);
    expect(level.get('b')).toBe(1);
    expect(level.get('c')).toBe(0);
    expect(levels.talks).toBe(2);
  });
});
