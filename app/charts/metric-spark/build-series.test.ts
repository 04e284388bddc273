import { describe, expect, it } from 'vitest';
import type { Metric } from '../../data/schema.ts';
import { day } from '../../data/test-factories.ts';
import { isCharted, sparkSeries } from './build-series.ts';

function metric(over: Partial<Metric>): Metric {
  return {
    id: 'm-a',
    label: 'exports',
    value: 1,
    unit: 'barrels-per-day',
    comparator: '=',
    period: day('2025-01-10'),
    measures: 'x',
    subjectIds: ['russia'],
    evidence: [{ sourceId: 'src-a', quote: 'q' }],
    notes: [],
    ...over,
  };
}

describe('sparkSeries', () => {
  it('draws a series only when it has more than one point, in time order', () => {
    const ms = [
      metric({ id: 'b', series: 's', value: 2, period: day('2025-02-01') }),
      metric({ id: 'a', series: 's', value: 3, period: day('2025-01-01') }),
      metric({ id: 'lonely', series: 'other' }),
      metric({ id: 'none' }),
    ];
    const s = sparkSeries(ms);
    expect(s).toHaveLength(1);
    expect(s[0]?.points.map((p) => p.recordId)).toEqual(['a', 'b']);
    expect(isCharted(ms[0]!, s)).toBe(true);
    expect(isCharted(ms[2]!, s)).toBe(false);
  });

  it('never charts ranks or counts, and never joins different units', () => {
    const ranks = [
      metric({ id: 'r1', series: 'r', unit: 'rank' }),
      metric({ id: 'r2', series: 'r', unit: 'rank', period: day('2025-02-01') }),
    ];
    expect(sparkSeries(ranks)).toEqual([]);
    const mixed = [
      metric({ id: 'u1', series: 'm', unit: 'usd' }),
      metric({ id: 'u2', series: 'm', unit: 'barrels-per-day' }),
    ];
    expect(sparkSeries(mixed)).toEqual([]);
  });

  it('marks values given with a comparator ("below", "about") as approximate', () => {
    const s = sparkSeries([
      metric({ id: 'a', series: 's', comparator: '<' }),
      metric({ id: 'b', series: 's', period: day('2025-02-01') }),
    ]);
    expect(s[0]?.points.map((p) => p.approximate)).toEqual([true, false]);
  });
});
