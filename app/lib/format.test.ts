import { describe, expect, it } from 'vitest';
import { formatFuzzyDate, formatMetricValue, formatMoney, formatPercent, sentencesOf } from './format.ts';

describe('format', () => {
  it('formats percents and money as an analyst reads them', () => {
    expect(formatPercent(145)).toBe('145%');
    expect(formatPercent(12.5)).toBe('12.5%');
    expect(formatMoney(1.38e9)).toBe('$1.38 billion');
    expect(formatMoney(220e9)).toBe('$220 billion');
  });

  it('keeps the comparator of a metric', () => {
    expect(formatMetricValue({ value: 3_000_000, unit: 'barrels-per-day', comparator: '<' })).toBe(
      'below 3,000,000 barrels/day',
    );
  });

  it('marks inferred dates', () => {
    const d = {
      start: '2025-10-01',
      end: '2025-10-10',
      precision: 'part-of-month' as const,
      label: 'early Oct 2025',
    };
    expect(formatFuzzyDate({ ...d, inferred: true, reasoning: 'year from context' })).toBe(
      'early Oct 2025 (inferred)',
    );
    expect(formatFuzzyDate({ ...d, inferred: false })).toBe('early Oct 2025');
    expect(formatFuzzyDate({ ...d, label: '2018 (not stated)', inferred: true, reasoning: 'x' })).toBe(
      '2018 (not stated; inferred)',
    );
  });
});

describe('sentencesOf', () => {
  it('splits at full stops, not at "c." before a date, and keeps a last sentence without one', () => {
    expect(sentencesOf(' 57% in force when last documented c. 31 Oct 2025.  Peak 145%! Then')).toEqual([
      '57% in force when last documented c. 31 Oct 2025.',
      'Peak 145%!',
      'Then',
    ]);
    expect(sentencesOf('')).toEqual([]);
  });
});
