import { describe, expect, it } from 'vitest';
import { downsampleMinMax } from './downsample.ts';

describe('downsampleMinMax', () => {
  const noisy = Array.from({ length: 10_000 }, (_, i) => ({ t: i, rate: i === 5_000 ? 999 : i % 7 }));

  it('never returns more points than asked for', () => {
    expect(downsampleMinMax(noisy, 800).length).toBeLessThanOrEqual(800);
  });

  it('keeps a one-point spike and both ends', () => {
    const out = downsampleMinMax(noisy, 400);
    expect(out.some((p) => p.rate === 999)).toBe(true);
    expect(out[0]).toEqual(noisy[0]);
    expect(out.at(-1)).toEqual(noisy.at(-1));
  });

  it('keeps the level before and after a step', () => {
    const step = Array.from({ length: 5_000 }, (_, i) => ({ t: i, rate: i < 2_500 ? 10 : 145 }));
    const out = downsampleMinMax(step, 100);
    expect(out.some((p) => p.rate === 10)).toBe(true);
    expect(out.some((p) => p.rate === 145)).toBe(true);
    expect([...out].sort((a, b) => a.t - b.t)).toEqual(out);
  });

  it('returns small series untouched', () => {
    const few = [
      { t: 1, rate: 1 },
      { t: 2, rate: 2 },
    ];
    expect(downsampleMinMax(few, 100)).toEqual(few);
  });
});
