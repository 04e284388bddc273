import { describe, expect, it } from 'vitest';
import { MY_STEP } from './test-fixtures.ts';
import fc from 'fast-check';
import {
  decodeCustomSteps,
  encodeCustomSteps,
  migrateSaved,
  parseSaved,
  readSavedSteps,
  writeSavedSteps,
} from './codec.ts';

const mine = MY_STEP;

describe('scenario URL codec', () => {
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
      aside: [],
    });
  });

  it('keeps valid steps, sets invalid ones aside with a message, and never reuses a number', () => {
    const r = parseSaved({ customSteps: [mine, { ...mine, n: 4, rate: -1 }, { ...mine, n: 3 }], nextN: 2 });
    expect(r.saved).toEqual({ customSteps: [mine], nextN: 4 });
    expect(r.intact).toBe(false);
    expect(r.problems[0]).toMatch(/rate/);
    expect(r.problems[1]).toMatch(/repeats number 3/);
    expect(r.aside).toEqual([
      { ...mine, n: 4, rate: -1 },
      { ...mine, n: 3 },
    ]);
  });

  it('reads the saved form: migrates v0, refuses a newer version untouched, names bad JSON', () => {
    const { n: _n, ...v0 } = mine;
    expect(readSavedSteps(JSON.stringify({ state: { steps: [v0] }, version: 0 }))).toMatchObject({
      ok: true,
      saved: { customSteps: [{ ...v0, n: 1 }] },
    });
    expect(readSavedSteps(writeSavedSteps({ customSteps: [mine], nextN: 5 }))).toEqual({
      ok: true,
      saved: { customSteps: [mine], nextN: 5 },
      aside: [],
    });
    expect(readSavedSteps(JSON.stringify({ state: { customSteps: [mine] }, version: 2 }))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('newer version of the dashboard (version 2)'),
    });
    expect(readSavedSteps('{"state": [tru')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('not valid JSON'),
    });
  });

  it('reports a value of the wrong shape instead of trusting it', () => {
    expect(parseSaved('not an object')).toMatchObject({ saved: { customSteps: [] }, intact: false });
    expect(parseSaved(undefined)).toMatchObject({ saved: { customSteps: [] }, intact: true });
  });
});
