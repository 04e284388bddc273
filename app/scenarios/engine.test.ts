import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { day, makeDataset, makePreset, makeTariff } from '../data/test-factories.ts';
import { documentedSeries } from '../domain/step-series.ts';
import { isoToTime } from '../lib/dates.ts';
import type { Dataset, ScenarioStep } from '../data/schema.ts';
import { compareScenarios, runScenarios, scenarioDomain, type CustomStep } from './engine.ts';
import { toggleIn } from '../lib/list.ts';

const step = (over: Partial<ScenarioStep> = {}): ScenarioStep => ({
  date: '2025-11-01',
  imposerId: 'us',
  targetId: 'china',
  rate: 100,
  basis: 'headline',
  label: 'step',
  ...over,
});

function dataset(): Dataset {
  const d = makeDataset({
    tariffs: [
      makeTariff({ id: 'tm-us-1', rate: 145, date: day('2025-03-01') }),
      makeTariff({ id: 'tm-us-2', rate: 10, date: day('2025-06-01') }),
      makeTariff({ id: 'tm-cn-1', imposerId: 'china', targetId: 'us', rate: 125, date: day('2025-03-01') }),
      makeTariff({ id: 'tm-us-threat', rate: 100, status: 'threatened', date: day('2025-11-01') }),
    ],
  });
  d.scenarios = [
    makePreset({ id: 'p-threat', steps: [step({ rate: 100 })] }),
    makePreset({
      id: 'p-truce',
      steps: [step({ rate: 145 }), step({ imposerId: 'china', targetId: 'us', rate: 125 })],
    }),
    makePreset({ id: 'p-later', steps: [step({ date: '2026-11-01', rate: 50 })] }),
  ];
  return d;
}

const none = { active: [], customSteps: [], comparison: null } as const;

describe('scenario engine', () => {
  it('gives back exactly the documented series when every toggle is off', () => {
    const d = dataset();
    const out = runScenarios({ dataset: d, ...none });
    expect(out.baseline).toEqual(documentedSeries(d, out.domain[1]));
    expect(out.a.series).toEqual([]);
    expect(out.b).toBeNull();
  });

  it('applies a preset step from its date, labelled with the preset that produced it', () => {
    const d = dataset();
    const out = runScenarios({ dataset: d, ...none, active: ['p-threat'] });
    const s = out.a.series[0]!;
    expect(s.kind).toBe('scenario');
    expect(s.key).toBe('us>china|headline|scenario|scenario-a');
    expect(s.points.map((p) => p.rate)).toEqual([145, 10, 100, 100]);
    const produced = s.points.find((p) => p.t === isoToTime('2025-11-01'))!;
    expect(produced.scenario).toEqual({ sourceId: 'p-threat', label: d.scenarios[0]!.title });
    expect(produced.recordId).toBe('p-threat');
    // Documented rates on the scenario path are plain connectors: no scenario label, and no second mark
    // (the documented series beside it carries the record).
    expect(s.points[0]!.recordId).toBeNull();
    expect(s.points[0]!.scenario).toBeUndefined();
  });

  it('never changes the documented series when toggles are on', () => {
    const d = dataset();
    const off = runScenarios({ dataset: d, ...none });
    const on = runScenarios({
      dataset: d,
      active: ['p-threat', 'p-truce'],
      customSteps: [step({ rate: 3 }) as CustomStep],
      comparison: ['p-later'],
    });
    expect(on.baseline).toEqual(off.baseline);
  });

  it('resolves same-date conflicts deterministically: later preset in dataset order, then custom steps win', () => {
    const d = dataset();
    const presetsOnly = runScenarios({ dataset: d, ...none, active: ['p-truce', 'p-threat'] });
    const us = presetsOnly.a.series.find((s) => s.imposerId === 'us')!;
    expect(us.points.find((p) => p.t === isoToTime('2025-11-01'))!.rate).toBe(145);
    expect(presetsOnly.a.overridden).toHaveLength(1);
    expect(presetsOnly.a.overridden[0]!.lost.sourceId).toBe('p-threat');

    const custom: CustomStep = { ...step({ rate: 60, label: 'mine' }), n: 1 };
    const withCustom = runScenarios({
      dataset: d,
      ...none,
      active: ['p-truce', 'p-threat'],
      customSteps: [custom],
    });
    const p = withCustom.a.series
      .find((s) => s.imposerId === 'us')!
      .points.find((x) => x.t === isoToTime('2025-11-01'))!;
    expect(p.rate).toBe(60);
    expect(p.scenario).toEqual({ sourceId: 'custom:1', label: 'Custom step 1: mine' });
  });

  it('a step on the same date as a documented change replaces it on the scenario path only', () => {
    const d = dataset();
    const custom: CustomStep = { ...step({ date: '2025-06-01', rate: 20 }), n: 1 };
    const out = runScenarios({ dataset: d, ...none, customSteps: [custom] });
    expect(out.a.series[0]!.points.map((p) => p.rate)).toEqual([145, 20, 20]);
  });

  it('a step on a direction with no documented path starts a path of its own', () => {
    const d = dataset();
    const custom: CustomStep = { ...step({ basis: 'average', rate: 30 }), n: 4 };
    const out = runScenarios({ dataset: d, ...none, customSteps: [custom] });
    expect(out.a.series.map((s) => s.key)).toEqual(['us>china|average|scenario|scenario-a']);
    expect(out.a.series[0]!.points[0]!.scenario?.sourceId).toBe('custom:4');
  });

  it('does not move the time axis when toggles change, and extends it for custom steps', () => {
    const d = dataset();
    const off = runScenarios({ dataset: d, ...none });
    const on = runScenarios({ dataset: d, ...none, active: ['p-later'] });
    expect(on.domain).toEqual(off.domain);
    expect(off.domain[1]).toBeGreaterThan(isoToTime('2026-11-01'));
    const far = scenarioDomain(d, [step({ date: '2030-01-01' })]);
    expect(far[1]).toBeGreaterThan(isoToTime('2030-01-01'));
  });

  it('compares Scenario A with Scenario B on the dates their steps take effect', () => {
    const d = dataset();
    const out = runScenarios({ dataset: d, active: ['p-threat'], customSteps: [], comparison: ['p-truce'] });
    const rows = compareScenarios(out);
    const usRow = rows.find((r) => r.direction.imposerId === 'us' && r.date === '2025-11-01')!;
    expect(usRow.baseline?.rate).toBe(10);
    expect(usRow.a?.rate).toBe(100);
    expect(usRow.b?.rate).toBe(145);
    const cnRow = rows.find((r) => r.direction.imposerId === 'china')!;
    expect(cnRow.a?.rate).toBe(125); // A does not touch China's path: the documented rate holds
    expect(cnRow.b?.rate).toBe(125);
  });
});

describe('scenario engine properties', () => {
  const presetIds = ['p-threat', 'p-truce', 'p-later'];
  const dates = ['2025-02-01', '2025-06-01', '2025-08-15', '2025-11-01', '2026-03-01'];
  const arbStep = fc.record({
    date: fc.constantFrom(...dates),
    imposerId: fc.constantFrom('us', 'china'),
    targetId: fc.constantFrom('china', 'us'),
    rate: fc.integer({ min: 0, max: 300 }),
    basis: fc.constantFrom('headline' as const, 'average' as const, 'unspecified' as const),
    label: fc.string({ minLength: 1, maxLength: 10 }),
  });

  it('preset toggles commute: any order of switching on gives the same result', () => {
    const d = dataset();
    fc.assert(
      // A real shuffle of any subset: the same presets switched on in another order.
      fc.property(fc.shuffledSubarray(presetIds), (order) => {
        const canonical = presetIds.filter((id) => order.includes(id));
        expect(runScenarios({ dataset: d, ...none, active: order })).toEqual(
          runScenarios({ dataset: d, ...none, active: canonical }),
        );
      }),
    );
  });

  it('custom steps on different directions, bases or dates commute', () => {
    const d = dataset();
    const uniqueSteps = fc.uniqueArray(arbStep, {
      selector: (s) => `${s.imposerId}>${s.targetId}|${s.basis}|${s.date}`,
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        uniqueSteps.chain((steps) =>
          fc.tuple(
            fc.constant(steps),
            fc.shuffledSubarray(steps, { minLength: steps.length, maxLength: steps.length }),
          ),
        ),
        ([steps, shuffled]) => {
          const n = new Map(steps.map((s, i) => [s, i + 1]));
          const custom = steps.map((s) => ({ ...s, n: n.get(s)! }));
          const permuted = shuffled.map((s) => ({ ...s, n: n.get(s)! }));
          const a = runScenarios({ dataset: d, ...none, customSteps: custom });
          const b = runScenarios({ dataset: d, ...none, customSteps: permuted });
          expect(a.a.series).toEqual(b.a.series);
        },
      ),
    );
  });

  it('switching everything off gives back the baseline exactly, whatever was toggled before', () => {
    const d = dataset();
    const clean = runScenarios({ dataset: d, ...none });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...presetIds), { maxLength: 12 }), (toggles) => {
        let active: string[] = [];
        for (const id of toggles) {
          active = toggleIn(active, id);
          // Documented series never depend on what is on.
          expect(runScenarios({ dataset: d, ...none, active }).baseline).toEqual(clean.baseline);
        }
        for (const id of [...active]) active = toggleIn(active, id);
        expect(active).toEqual([]);
        const off = runScenarios({ dataset: d, ...none, active });
        expect(off).toEqual(clean);
        expect(off.baseline).toEqual(documentedSeries(d, off.domain[1]));
      }),
    );
  });

  it('every point a step produced says which step produced it', () => {
    const d = dataset();
    fc.assert(
      fc.property(fc.subarray(presetIds), fc.array(arbStep, { maxLength: 5 }), (ids, steps) => {
        const custom = steps.map((s, i) => ({ ...s, n: i + 1 }));
        const out = runScenarios({ dataset: d, ...none, active: ids, customSteps: custom });
        const kept = out.a.steps.filter((s) => !out.a.overridden.some((o) => o.lost === s));
        for (const s of kept) {
          const series = out.a.series.find(
            (x) =>
              x.imposerId === s.step.imposerId && x.targetId === s.step.targetId && x.basis === s.step.basis,
          )!;
          const p = series.points.find((x) => x.t === isoToTime(s.step.date) && x.scenario);
          expect(p?.scenario?.sourceId).toBe(s.sourceId);
          expect(p?.rate).toBe(s.step.rate);
        }
      }),
    );
  });
});
