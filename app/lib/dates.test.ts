import { describe, expect, it } from 'vitest';
import {
  addDays,
  completeDate,
  DAY_MS,
  daysBetween,
  isoToTime,
  isRealDate,
  timeToIso,
  today,
} from './dates.ts';

describe('isRealDate', () => {
  it('accepts days that exist on the calendar, leap days included', () => {
    for (const s of ['2025-01-01', '2024-02-29', '2000-02-29', '2025-12-31'])
      expect(isRealDate(s)).toBe(true);
  });
  it('rejects days that do not exist and other shapes', () => {
    for (const s of [
      '2025-02-29',
      '1900-02-29',
      '2025-04-31',
      '2025-13-01',
      '2025-00-10',
      '2025-1-1',
      '',
      '20250101',
    ])
      expect(isRealDate(s)).toBe(false);
  });
});

describe('completeDate', () => {
  it('accepts a full, real date in a plausible year', () => {
    expect(completeDate('2026-07-01')).toBe('2026-07-01');
  });
  it('rejects what a date field holds while a year is typed digit by digit, and unreal dates', () => {
    for (const raw of ['', '0002-07-01', '0026-07-01', '0202-07-01', '2026-02-30', '2026-7-1', '3000-01-01'])
      expect(completeDate(raw)).toBeNull();
  });
});

describe('day arithmetic at UTC', () => {
  it('adds and subtracts days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-03-30', 2)).toBe('2025-04-01');
  });
  it('counts whole days between two dates, negative when the second is earlier', () => {
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-03-10', '2025-03-01')).toBe(-9);
  });
  it('converts dates to UTC midnight and back', () => {
    expect(isoToTime('1970-01-02')).toBe(DAY_MS);
    expect(timeToIso(isoToTime('2025-10-15') + DAY_MS - 1)).toBe('2025-10-15');
  });
});

describe('today', () => {
  it('reads the given clock as a UTC date', () => {
    expect(today(() => new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-26');
  });
});
