import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CustomStep } from './engine.ts';
import {
  decodeCustomSteps,
  decodeScenarioState,
  encodeCustomSteps,
  encodeScenarioState,
  migrateSaved,
  parseSaved,
  type ScenarioUrlState,
} from './codec.ts';

const mine: CustomStep = {
  n: 3,
  date: '2026-01-15',
  imposerId: 'us',
  targetId: 'china',
  rate: 60,
  basis: 'headline',
  label: 'My step: 60% * 2_x & "quotes"',
};

function roundTrip(s: ScenarioUrlState) {
  const params = new URLSearchParams();
  encodeScenarioState(s, params);
  return decodeScenarioState(new URLSearchParams(params.toString()));
}

describe('scenario URL codec', () => {
  it('restores exactly what it wrote, including labels with separators', () => {
    const s: ScenarioUrlState = {
      active: ['truce-collapses', 'threat-carried-out'],
      customSteps: [mine, { ...mine, n: 5, basis: 'unspecified', rate: 12.5, label: 'ünïcode ✓' }],
      comparison: ['draft-deal-implemented'],
      dutyValue: 25000,
      dutyDate: '2025-12-01',
      dutyDirection: 'china>us',
    };
    expect(roundTrip(s)).toEqual({ state: s, problems: [] });
  });

  it('round-trips any valid custom steps', () => {
    const arb = fc.record({
      n: fc.integer({ min: 1, max: 1000 }),
      date: fc.constantFrom('2025-01-01', '2026-02-28', '2024-02-29'),
      imposerId: fc.constantFrom('us', 'china', 'eu'),
      targetId: fc.constantFrom('us', 'china'),
      rate: fc.integer({ min: 0, max: 1000 }),
      basis: fc.constantFrom('headline' as const, 'average' as const, 'unspecified' as const),
      label: fc.string({ minLength: 1, maxLength: 40 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arb, { selector: (s) => s.n, maxLength: 5 }), (steps) => {
        expect(decodeCustomSteps(encodeCustomSteps(steps))).toEqual({ steps, problems: [] });
      }),
    );
  });

  it('drops an invalid custom step with a message naming the field, and keeps the valid ones', () => {
    const good = encodeCustomSteps([mine]);
    const r = decodeCustomSteps(
      `${good}*4_2025-02-30_us_china_10_h_x*5_2025-01-01_us_china_5000_h_y*garbage`,
    );
    expect(r.steps).toEqual([mine]);
    expect(r.problems).toHaveLength(3);
    expect(r.problems[0]).toMatch(/Custom step 2 .*date/);
    expect(r.problems[1]).toMatch(/Custom step 3 .*rate/);
    expect(r.problems[2]).toMatch(/Custom step 4 .*malformed/);
  });

  it('drops malformed parts of a link and keeps the rest', () => {
    const r = decodeScenarioState(
      new URLSearchParams('sc=threat-carried-out,<script>&dv=lots&dd=2025-13-01&dir=us'),
    );
    expect(r.state.active).toEqual(['threat-carried-out']);
    expect(r.state.dutyValue).toBeNull();
    expect(r.state.dutyDate).toBeNull();
    expect(r.state.dutyDirection).toBeNull();
    expect(r.problems).toHaveLength(4);
  });

  it('writes nothing for the default state', () => {
    const params = new URLSearchParams();
    encodeScenarioState(
      { active: [], customSteps: [], comparison: null, dutyValue: null, dutyDate: null, dutyDirection: null },
      params,
    );
    expect(params.toString()).toBe('');
  });
});

describe('saved custom steps', () => {
  it('migrates the version-0 shape to numbered steps', () => {
    const { n: _n, ...v0 } = mine;
    const migrated = migrateSaved({ steps: [v0, v0] }, 0);
    expect(parseSaved(migrated)).toEqual({
      saved: {
        customSteps: [
          { ...v0, n: 1 },
          { ...v0, n: 2 },
        ],
        nextN: 3,
      },
      problems: [],
      intact: true,
    });
  });

  it('keeps valid steps, sets invalid ones aside with a message, and never reuses a number', () => {
    const r = parseSaved({ customSteps: [mine, { ...mine, n: 4, rate: -1 }, { ...mine, n: 3 }], nextN: 2 });
    expect(r.saved).toEqual({ customSteps: [mine], nextN: 4 });
    expect(r.intact).toBe(false);
    expect(r.problems[0]).toMatch(/rate/);
    expect(r.problems[1]).toMatch(/repeats number 3/);
  });

  it('reports a value of the wrong shape instead of trusting it', () => {
    expect(parseSaved('not an object')).toMatchObject({ saved: { customSteps: [] }, intact: false });
    expect(parseSaved(undefined)).toMatchObject({ saved: { customSteps: [] }, intact: true });
  });
});
