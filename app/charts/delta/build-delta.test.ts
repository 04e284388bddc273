import { describe, expect, it } from 'vitest';
import { makeTariff } from '../../data/test-factories.ts';
import { buildDeltaRows, sideLabel } from './build-delta.ts';

const name = (id: string) => ({ us: 'US', china: 'China' })[id] ?? id;

describe('buildDeltaRows', () => {
  it('pairs before and after by direction and basis and gives the change in points', () => {
    const rows = buildDeltaRows(
      [
        {
          id: 'r',
          title: 'Round',
          ratesBefore: [makeTariff({ id: 'b', rate: 57, basis: 'unspecified' })],
          ratesAfter: [makeTariff({ id: 'a', rate: 47, basis: 'unspecified', status: 'proposed' })],
        },
      ],
      name,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        label: 'US on China, basis not stated',
        before: { rate: 57, recordId: 'b', status: 'in-force' },
        after: { rate: 47, recordId: 'a', status: 'proposed' },
        change: -10,
      }),
    ]);
  });

  it('never pairs rates of different basis and never invents a zero', () => {
    const rows = buildDeltaRows(
      [
        {
          id: 'r',
          title: 'Round',
          ratesBefore: [makeTariff({ id: 'b', rate: 57, basis: 'unspecified' })],
          ratesAfter: [makeTariff({ id: 'a', rate: 10, basis: 'headline' })],
        },
      ],
      name,
    );
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.change === undefined)).toBe(true);
    expect(rows.find((r) => r.basis === 'headline')!.before).toBeUndefined();
  });

  it('gives no rows for a round without rates', () => {
    expect(buildDeltaRows([{ id: 'r', title: 'R', ratesBefore: [], ratesAfter: [] }], name)).toEqual([]);
  });
});

describe('sideLabel', () => {
  it('names the status of a rate that is not simply in force', () => {
    expect(sideLabel({ rate: 57, recordId: 'b', status: 'in-force' }, 'before')).toBe('57% before');
    expect(sideLabel({ rate: 47, recordId: 'a', status: 'proposed' }, 'after')).toBe('47% after (proposed)');
    expect(sideLabel(undefined, 'after')).toBe('');
  });
});
