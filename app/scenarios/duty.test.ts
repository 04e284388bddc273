import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { day, makeDataset, makePreset, makeTariff, span } from '../data/test-factories.ts';
import { runScenarios } from './engine.ts';
import {
  bottomLineScenarios,
  bottomLineText,
  computeDuty,
  dutyAt,
  dutyBottomLine,
  dutyPaths,
  uncertainStartOn,
} from './duty.ts';
import type { DutyLine } from './duty.ts';
import { buildTariffSeries } from '../domain/step-series.ts';
import { isoToTime } from '../lib/dates.ts';

function dataset() {
  const d = makeDataset({
    tariffs: [
      makeTariff({ id: 'tm-us-1', rate: 145, date: day('2025-03-01') }),
      makeTariff({ id: 'tm-us-2', rate: 10, date: day('2025-06-01') }),
      makeTariff({ id: 'tm-us-57', rate: 57, basis: 'unspecified', date: day('2025-10-21') }),
    ],
  });
  d.scenarios = [
    makePreset({
      id: 'p-threat',
      title: 'Threat',
      steps: [
        { date: '2025-11-01', imposerId: 'us', targetId: 'china', rate: 100, basis: 'headline', label: 'x' },
      ],
    }),
    makePreset({
      id: 'p-draft',
      title: 'Draft',
      steps: [
        {
          date: '2025-10-31',
          imposerId: 'us',
          targetId: 'china',
          rate: 47,
          basis: 'unspecified',
          label: 'y',
        },
      ],
    }),
  ];
  return d;
}

function duty(active: string[], date: string, comparison: string[] | null = null) {
  const d = dataset();
  const out = runScenarios({ dataset: d, active, customSteps: [], comparison });
  return computeDuty({
    value: 10_000,
    date,
    imposerId: 'us',
    targetId: 'china',
    baseline: out.baseline,
    paths: dutyPaths(d, out, active),
  });
}

describe('duty calculator', () => {
  it('computes duty and landed cost to the cent', () => {
    expect(dutyAt(10_000, 145)).toBe(14_500);
    expect(dutyAt(1234.56, 10)).toBe(123.46);
  });

  it('gives the documented duty on every basis, with the record it comes from', () => {
    const lines = duty([], '2025-07-01');
    const headline = lines.find((l) => l.basis === 'headline')!;
    expect(headline).toMatchObject({
      pathId: 'documented',
      rate: 10,
      duty: 1000,
      landed: 11_000,
      scenario: false,
      changed: false,
    });
    expect(headline.point?.recordId).toBe('tm-us-2');
    // No unspecified-basis rate is documented yet on 1 Jul 2025.
    expect(lines.find((l) => l.basis === 'unspecified')).toMatchObject({
      rate: null,
      duty: null,
      unspecifiedBasis: true,
    });
  });

  it('gives the duty under each active scenario, saying which step produced the rate', () => {
    const lines = duty(['p-threat'], '2025-12-01');
    const sc = lines.find((l) => l.pathId === 'p-threat' && l.basis === 'headline')!;
    expect(sc).toMatchObject({ rate: 100, duty: 10_000, landed: 20_000, scenario: true, changed: true });
    expect(sc.point?.scenario?.sourceId).toBe('p-threat');
    // The threat does not touch the unspecified-basis path: its rate stays the documented one, unchanged.
    expect(lines.find((l) => l.pathId === 'p-threat' && l.basis === 'unspecified')).toMatchObject({
      rate: 57,
      changed: false,
      unspecifiedBasis: true,
    });
  });

  it('lists each active preset alone and the combined Scenario A, plus Scenario B when comparing', () => {
    const lines = duty(['p-threat', 'p-draft'], '2025-12-01', ['p-draft']);
    expect([...new Set(lines.map((l) => l.pathId))]).toEqual([
      'documented',
      'p-threat',
      'p-draft',
      'scenario-a',
      'scenario-b',
    ]);
    expect(lines.find((l) => l.pathId === 'scenario-a' && l.basis === 'unspecified')!.rate).toBe(47);
    expect(lines.find((l) => l.pathId === 'scenario-b' && l.basis === 'headline')!.rate).toBe(10);
  });

  it('duty never falls as the rate rises, and a zero rate costs nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (value, r1, r2) => {
          const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
          expect(dutyAt(value, lo)).toBeLessThanOrEqual(dutyAt(value, hi));
          expect(dutyAt(value, 0)).toBe(0);
        },
      ),
    );
  });
});

describe('uncertainStartOn', () => {
  const [series] = buildTariffSeries(
    [makeTariff({ id: 'tm-spring', rate: 145, date: span('2025-03-01', '2025-05-31', 'season') })],
    isoToTime('2026-01-01'),
  );
  const spring = series!.points[0];
  it('flags a date inside the season a rate is dated to: the rate may not apply yet', () => {
    expect(uncertainStartOn(spring, '2025-03-15')).toEqual({ start: '2025-03-01', end: '2025-05-31' });
    expect(uncertainStartOn(spring, '2025-05-31')).toBeDefined();
  });
  it('does not flag a date after the season, nor a rate dated to the day', () => {
    expect(uncertainStartOn(spring, '2025-06-01')).toBeUndefined();
    expect(
      uncertainStartOn({ t: 0, rate: 1, recordId: 'x', status: 'in-force' }, '1970-01-01'),
    ).toBeUndefined();
  });
});

describe('the bottom line', () => {
  const line = (over: Partial<DutyLine>): DutyLine => ({
    pathId: 'documented',
    pathLabel: 'Documented (no scenario)',
    scenario: false,
    basis: 'headline',
    rate: 10,
    duty: 1000,
    landed: 11000,
    point: undefined,
    changed: false,
    unspecifiedBasis: false,
    ...over,
  });
  // The document quoting every rate is dated to the end of 2025: the evidence runs to then.
  const stored = dataset();
  stored.sources = stored.sources.map((s) => ({ ...s, published: day('2025-12-31') }));
  const bottom = (date: string, lines: DutyLine[] = []) => {
    const documented = dutyBottomLine({
      stored,
      choice: {},
      value: 10_000,
      date,
      imposerId: 'us',
      targetId: 'china',
    });
    return bottomLineText({ ...documented, scenarios: bottomLineScenarios(lines) }, 'A $10,000 shipment');
  };

  it('leads with the documented duty on the date, and the other basis as an alternative', () => {
    expect(bottom('2025-04-01')).toBe('A $10,000 shipment pays $14,500 (145% headline rate).');
    expect(bottom('2025-10-25')).toBe(
      'A $10,000 shipment pays $1,000 (10% headline rate), or $5,700 at the other documented rate, 57% (basis not stated).',
    );
    expect(bottom('2025-01-01')).toBe(
      'A $10,000 shipment pays no documented tariff: no rate is documented by this date.',
    );
  });

  it('follows the date: a later rate gives its duty, and past the evidence it says so', () => {
    expect(bottom('2025-06-15')).toContain('pays $1,000 (10% headline rate)');
    expect(bottom('2026-03-01')).toContain(
      'pays $1,000 (10% headline rate, in force when last documented 2025-12-31)',
    );
  });

  it('says what Scenario A and B change on the date, not every preset on its own', () => {
    const lines = [
      line({}),
      line({ pathId: 'p1', pathLabel: 'Scenario: One', scenario: true, duty: 10000, changed: true }),
      line({ pathId: 'p2', pathLabel: 'Scenario: Two', scenario: true, duty: 1000 }),
      line({ pathId: 'scenario-a', scenario: true, duty: 10000, changed: true }),
      line({ pathId: 'scenario-b', scenario: true, duty: 1000 }),
    ];
    expect(bottom('2025-06-15', lines)).toBe(
      'A $10,000 shipment pays $1,000 (10% headline rate). Scenario A (what-if, not documented): $10,000 (headline rate). Scenario B changes nothing on this date.',
    );
    // A single preset is Scenario A.
    expect(
      bottomLineScenarios([line({}), line({ pathId: 'p1', scenario: true, duty: 500, changed: true })]),
    ).toEqual([{ label: 'Scenario A', changed: [{ basis: 'headline', duty: '$500', point: undefined }] }]);
  });
});
