import { describe, expect, it } from 'vitest';
import { day, makeTariff } from '../data/test-factories.ts';
import { buildTariffSeries, markedPoints, rateAt } from './step-series.ts';
import { isoToTime } from '../lib/dates.ts';

const END = isoToTime('2026-01-01');

describe('buildTariffSeries', () => {
  const spring = makeTariff({ id: 'spring', rate: 145, date: day('2025-04-10') });
  const summer = makeTariff({ id: 'summer', rate: 10, date: day('2025-05-14'), replacesId: 'spring' });
  const threat = makeTariff({ id: 'threat', rate: 100, status: 'threatened', date: day('2025-11-01') });
  const avg = makeTariff({ id: 'avg', rate: 57, basis: 'unspecified', date: day('2025-10-30') });

  it('never joins rates of different basis into one series', () => {
    const series = buildTariffSeries([spring, summer, avg], END);
    const headline = series.find((s) => s.basis === 'headline')!;
    const other = series.find((s) => s.basis === 'unspecified')!;
    expect(headline.points.map((p) => p.recordId)).not.toContain('avg');
    expect(other.points.map((p) => p.rate)).toEqual([57, 57]);
  });

  it('draws a threat as its own path branching off the rate in force at its date', () => {
    const series = buildTariffSeries([spring, summer, threat], END);
    const t = series.find((s) => s.kind === 'threatened')!;
    expect(t.points.map((p) => p.rate)).toEqual([10, 100, 100]);
    expect(t.points[0]!.recordId).toBeNull();
    const actual = series.find((s) => s.kind === 'actual')!;
    expect(rateAt(actual, isoToTime('2025-12-01'))?.rate).toBe(10);
  });

  it('keeps every documented change point and extends the last rate to the end', () => {
    const actual = buildTariffSeries([summer, spring], END).find((s) => s.kind === 'actual')!;
    expect(actual.points.filter((p) => p.recordId).map((p) => p.recordId)).toEqual(['spring', 'summer']);
    expect(actual.points.at(-1)).toMatchObject({ t: END, rate: 10, recordId: null });
  });

  it('carries the span of a coarse date and the ambiguity flag', () => {
    const coarse = makeTariff({
      id: 'c',
      date: {
        start: '2025-03-01',
        end: '2025-05-31',
        precision: 'season',
        label: 'spring 2025',
        inferred: true,
        reasoning: 'x',
      },
      notes: [{ kind: 'ambiguous', text: 'which side is which' }],
    });
    const p = buildTariffSeries([coarse], END)[0]!.points[0]!;
    expect(p.span).toEqual({
      start: isoToTime('2025-03-01'),
      end: isoToTime('2025-05-31'),
      precision: 'season',
    });
    expect(p.ambiguous).toBe(true);
  });
});

describe('markedPoints of a scenario path', () => {
  it('marks each step once, not the copy that runs the path to the right edge', () => {
    const step = { sourceId: 'sc', label: 'threat carried out' };
    const s = {
      key: 'k',
      imposerId: 'us',
      targetId: 'china',
      basis: 'headline' as const,
      kind: 'scenario' as const,
      points: [
        { t: 1, rate: 10, recordId: 'summer', status: 'in-force' as const },
        { t: 2, rate: 100, recordId: 'sc', status: 'in-force' as const, scenario: step },
        { t: 9, rate: 100, recordId: null, status: 'in-force' as const, scenario: step },
      ],
    };
    expect(markedPoints(s).map((p) => p.t)).toEqual([2]);
  });
});
