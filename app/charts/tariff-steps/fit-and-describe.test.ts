import { describe, expect, it } from 'vitest';
import { day, makeTariff } from '../../data/test-factories.ts';
import { formatSpanRange } from '../../lib/format.ts';
import { isoToTime } from '../../lib/dates.ts';
import { buildTariffSeries, defaultTimeDomain, type StepSeries } from '../../domain/step-series.ts';
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

  it('says a point of a record from the user’s workspace is theirs', () => {
    expect(pointAriaLabel(s!.points[0]!, s!, name, coarse.date, true, true)).toMatch(
      /, yours \(from your workspace\) — open source$/,
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

describe('a mark that stands for a crowded pixel column', () => {
  it('says how many changes it stands for and when, in its name', () => {
    const s = buildTariffSeries([makeTariff()], isoToTime('2026-01-01'))[0]!;
    const p = {
      ...s.points[0]!,
      merged: { count: 57, start: isoToTime('2025-01-03'), end: isoToTime('2025-01-09') },
    };
    expect(pointAriaLabel(p, s, name, undefined)).toContain(
      'one of 57 changes in 3–9 Jan 2025, too close to draw apart',
    );
    expect(pointAriaLabel(s.points[0]!, s, name, undefined)).not.toContain('changes');
  });
});
