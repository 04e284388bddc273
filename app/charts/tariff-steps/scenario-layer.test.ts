import { describe, expect, it } from 'vitest';
import type { StepPoint } from '../../domain/step-series.ts';
import { clipStepsToDomain, sameItems, scenarioBranch, stepAfterPath } from './scenario-layer.tsx';

const pt = (t: number, rate: number): StepPoint => ({ t, rate, recordId: null, status: 'in-force' });
const id = (n: number) => n;

describe('stepAfterPath', () => {
  it('draws the stepAfter geometry: hold the rate until the next date, then move to the next rate', () => {
    expect(stepAfterPath([pt(0, 10), pt(5, 30), pt(9, 30)], id, (r) => 100 - r)).toBe('M0,90H5V70H9V70');
  });
  it('skips points the scales cannot place and is empty without points', () => {
    expect(stepAfterPath([pt(0, 10), pt(Number.NaN, 20), pt(4, 20)], id, id)).toBe('M0,10H4V20');
    expect(stepAfterPath([], id, id)).toBe('');
  });
});

describe('clipStepsToDomain', () => {
  it('keeps a path inside the domain unchanged', () => {
    const pts = [pt(2, 10), pt(5, 20)];
    expect(clipStepsToDomain(pts, [0, 10])).toEqual(pts);
  });
  it('starts a step entering from the left at the left edge, and ends one leaving on the right at the right edge', () => {
    const out = clipStepsToDomain([pt(-5, 10), pt(3, 20), pt(15, 30)], [0, 10]);
    expect(out.map((p) => [p.t, p.rate])).toEqual([
      [0, 10],
      [3, 20],
      [10, 20],
    ]);
  });
  it('keeps a rate set before the domain and never changed within it, as a line across the plot', () => {
    expect(clipStepsToDomain([pt(-5, 10)], [0, 10]).map((p) => [p.t, p.rate])).toEqual([[0, 10]]);
    expect(clipStepsToDomain([pt(-5, 10), pt(20, 5)], [0, 10]).map((p) => [p.t, p.rate])).toEqual([
      [0, 10],
      [10, 10],
    ]);
  });
});

describe('sameItems', () => {
  it('compares lists by the identity of their items', () => {
    const a = { k: 1 };
    const b = { k: 2 };
    expect(sameItems([a, b], [a, b])).toBe(true);
    expect(sameItems([a, b], [a, { k: 2 }])).toBe(false);
    expect(sameItems([a], [a, b])).toBe(false);
  });
});

describe('scenarioBranch', () => {
  const step = (t: number, rate: number): StepPoint => ({
    ...pt(t, rate),
    scenario: { sourceId: 'p', label: 'P' },
  });
  it('starts at the first what-if step, from the documented rate it replaces, and keeps what follows', () => {
    const out = scenarioBranch([pt(0, 145), pt(3, 10), step(8, 100), pt(12, 100)]);
    expect(out.map((p) => [p.t, p.rate, p.scenario !== undefined])).toEqual([
      [8, 10, false],
      [8, 100, true],
      [12, 100, false],
    ]);
  });
  it('keeps a path that starts with its step, or has none, as it is', () => {
    const starts = [step(2, 50), pt(6, 10)];
    expect(scenarioBranch(starts)).toBe(starts);
    const none = [pt(0, 10)];
    expect(scenarioBranch(none)).toBe(none);
  });
});
