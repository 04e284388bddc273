import { describe, expect, it } from 'vitest';
import { day, makeDataset, makeTariff } from '../../data/test-factories.ts';
import { documentedSeries } from '../../domain/step-series.ts';
import { isoToTime } from '../../lib/dates.ts';
import { cutAtEvidenceEnd, evidenceTails } from './evidence-tails.tsx';

const END = isoToTime('2026-01-01');

function world(published: string) {
  const base = makeDataset({
    tariffs: [
      makeTariff({ id: 'spring', rate: 145, date: day('2025-04-01') }),
      makeTariff({ id: 'summer', rate: 10, date: day('2025-06-01') }),
      makeTariff({ id: 'threat', rate: 100, status: 'threatened', date: day('2025-11-01') }),
    ],
  });
  return {
    ...base,
    sources: [{ ...base.sources[0]!, published: { ...day(published), label: 'c. 31 Oct 2025' } }],
  };
}

describe('where the evidence ends on the escalation chart', () => {
  it('stops the documented line the day after the newest document quoting its last rate, and fades it on', () => {
    const series = documentedSeries(world('2025-10-31'), END);
    const actual = series.find((s) => s.kind === 'actual')!;
    expect(actual.documentedUntil).toBe(isoToTime('2025-11-01'));
    const solid = cutAtEvidenceEnd(actual, actual.points);
    expect(Math.max(...solid.map((p) => p.t))).toBe(isoToTime('2025-11-01'));
    const tails = evidenceTails(series, END);
    expect(tails).toHaveLength(1);
    expect(tails[0]).toMatchObject({ x1: isoToTime('2025-11-01'), x2: END, rates: [10] });
    expect(tails[0]!.label).toBe('last documented c. 31 Oct 2025');
  });

  it('draws a threat to the edge as it is (never in force), with no evidence tail', () => {
    const series = documentedSeries(world('2025-10-31'), END);
    const threat = series.find((s) => s.kind === 'threatened')!;
    expect(threat.documentedUntil).toBeUndefined();
    expect(cutAtEvidenceEnd(threat, threat.points)).toEqual(threat.points);
  });

  it('has no tail when a document speaks of the rate up to the right edge', () => {
    const series = documentedSeries(world('2026-01-15'), END);
    expect(series.find((s) => s.kind === 'actual')!.documentedUntil).toBeUndefined();
    expect(evidenceTails(series, END)).toEqual([]);
  });
});
