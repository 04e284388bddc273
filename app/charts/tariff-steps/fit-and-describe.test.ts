import { describe, expect, it } from 'vitest';
import { day, makeTariff } from '../../data/test-factories.ts';
import { formatSpanRange } from '../../lib/format.ts';
import { isoToTime } from '../../lib/dates.ts';
import {
  buildTariffSeries,
  defaultTimeDomain,
  fitSeriesToWidth,
  type StepSeries,
} from '../../domain/step-series.ts';
import { pointAriaLabel, seriesLabel } from './describe.ts';

const name = (id: string) => ({ us: 'US', china: 'China' })[id] ?? id;

describe('defaultTimeDomain', () => {
  it('starts on 1 Jan 2025 and ends on a month start well after the last documented date', () => {
    const [start, end] = defaultTimeDomain([makeTariff({ date: day('2025-11-01') })]);
    expect(start).toBe(isoToTime('2025-01-01'));
    expect(end).toBe(isoToTime('2026-01-01'));
  });
  it('reaches back to a rate documented before 2025', () => {
    expect(defaultTimeDomain([makeTariff({ date: day('2024-06-10') })])[0]).toBe(isoToTime('2024-06-10'));
  });
});

describe('fitSeriesToWidth', () => {
  const dense: StepSeries = {
    key: 'us>china|headline|scenario',
    imposerId: 'us',
    targetId: 'china',
    basis: 'headline',
    kind: 'scenario',
    points: Array.from({ length: 5000 }, (_, i) => ({
      t: i * 3_600_000,
      rate: i % 997 === 0 ? 300 : 10 + (i % 7),
      recordId: i % 1000 === 500 ? `rec-${i}` : null,
      status: 'in-force' as const,
    })),
  };

  it('hands the chart no more points than pixels, plus documented points', () => {
    const [fitted] = fitSeriesToWidth([dense], 400);
    expect(fitted!.points.length).toBeLessThanOrEqual(400 + 5);
  });

  it('never drops a documented change point, and keeps the spikes', () => {
    const [fitted] = fitSeriesToWidth([dense], 200);
    const ids = fitted!.points.filter((p) => p.recordId).map((p) => p.recordId);
    expect(ids).toEqual(['rec-500', 'rec-1500', 'rec-2500', 'rec-3500', 'rec-4500']);
    expect(Math.max(...fitted!.points.map((p) => p.rate))).toBe(300);
    const ts = fitted!.points.map((p) => p.t);
    expect([...ts].sort((a, b) => a - b)).toEqual(ts);
  });

  it('leaves short series untouched', () => {
    const s = buildTariffSeries([makeTariff()], isoToTime('2026-01-01'));
    expect(fitSeriesToWidth(s, 800)[0]).toBe(s[0]);
  });
});

describe('labels', () => {
  const coarse = makeTariff({
    id: 'c',
    rate: 145,
    date: {
      start: '2025-03-01',
      end: '2025-05-31',
      precision: 'season',
      label: 'spring 2025',
      inferred: true,
      reasoning: 'x',
    },
    notes: [{ kind: 'ambiguous', text: 'which side' }],
  });
  const [s] = buildTariffSeries([coarse], isoToTime('2026-01-01'));

  it('names a point by value, direction, basis, status, date with its span, ambiguity and action', () => {
    expect(pointAriaLabel(s!.points[0]!, s!, name, coarse.date)).toBe(
      '145%, US on China, headline rate, in force, spring 2025 (inferred): Mar–May, ambiguous in the document — open source',
    );
  });

  it('does not promise a source for a step the user made', () => {
    const scen: StepSeries = { ...s!, kind: 'scenario' };
    const p = { ...s!.points[0]!, recordId: null, span: undefined, ambiguous: false };
    const mine = { ...p, scenario: { sourceId: 'custom:1', label: 'Custom step 1: mine' } };
    expect(pointAriaLabel(mine, scen, name, undefined, false)).toMatch(/— your own step, no source$/);
  });

  it('labels series so incomparable bases are told apart, and scenarios never look documented', () => {
    expect(seriesLabel(s!, name)).toBe('US on China · Headline rate · documented (took effect)');
    const scen: StepSeries = { ...s!, kind: 'scenario', basis: 'unspecified' };
    expect(seriesLabel(scen, name)).toMatch(/^Scenario: /);
    expect(seriesLabel(scen, name, () => 'threat carried out')).toBe('Scenario: threat carried out');
    expect(seriesLabel(scen, name, () => 'Scenario A — US on China')).toBe('Scenario A — US on China');
  });

  it('writes the span a coarse date covers', () => {
    expect(formatSpanRange('2025-03-01', '2025-05-31')).toBe('Mar–May');
    expect(formatSpanRange('2025-10-21', '2025-10-31')).toBe('21–31 Oct');
    expect(formatSpanRange('2025-06-01', '2025-06-30')).toBe('Jun');
    expect(formatSpanRange('2025-01-10', '2025-02-02')).toBe('10 Jan–2 Feb');
  });
});

describe('markedPoints', () => {
  it('marks a scenario only at its what-if steps, never at the documented points it copies', async () => {
    const { markedPoints } = await import('../../domain/step-series.ts');
    const scen: StepSeries = {
      key: 'k',
      imposerId: 'us',
      targetId: 'china',
      basis: 'headline',
      kind: 'scenario',
      scenarioId: 'threat',
      points: [
        { t: 1, rate: 145, recordId: 'documented', status: 'in-force' },
        {
          t: 2,
          rate: 100,
          recordId: null,
          status: 'in-force',
          scenario: { sourceId: 'threat', label: 'Threat carried out' },
        },
        { t: 3, rate: 100, recordId: null, status: 'in-force' },
      ],
    };
    expect(markedPoints(scen).map((p) => p.rate)).toEqual([100]);
    expect(markedPoints({ ...scen, kind: 'actual' }).map((p) => p.recordId)).toEqual(['documented']);
  });
});
