/**
 * Calendar dates, in one place. Every date in the dataset, the URL and the date fields is an ISO calendar day
 * (YYYY-MM-DD) at UTC; every time axis counts epoch milliseconds at UTC midnight. Pure: imports nothing.
 */

/** One day in milliseconds, the unit every time axis steps by. */
export const DAY_MS = 86_400_000;

/** The shape of an ISO calendar date: YYYY-MM-DD (a real date is checked by isRealDate). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `s` is written YYYY-MM-DD and that day exists on the calendar (no 2025-02-30). */
export function isRealDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && timeToIso(t) === s;
}

/** ISO date → epoch ms at UTC midnight, the unit of every time axis. */
export function isoToTime(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** Epoch ms → the ISO date (UTC) it falls on. */
export function timeToIso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** Adds (or with a negative count, subtracts) whole days to an ISO date. */
export function addDays(iso: string, days: number): string {
  return timeToIso(isoToTime(iso) + days * DAY_MS);
}

/** Whole days from a to b (b − a; negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((isoToTime(b) - isoToTime(a)) / DAY_MS);
}

/** Today's date (ISO, UTC) from the clock; tests pass their own clock. */
export function today(clock: () => Date = () => new Date()): string {
  return clock().toISOString().slice(0, 10);
}

/** Earliest and latest year a typed date may have: a date field passes through years like 0002 and 0202
 * while a year is typed digit by digit, and none of those is a date anyone means. */
export const DATE_YEARS = { min: 1900, max: 2100 } as const;

/**
 * The date a date field holds, or null while it is incomplete, not a real calendar date, or outside
 * DATE_YEARS (still being typed). Pure, so a field can keep what is typed and commit only a full date.
 */
export function completeDate(raw: string): string | null {
  if (!isRealDate(raw)) return null;
  const year = Number(raw.slice(0, 4));
  return year >= DATE_YEARS.min && year <= DATE_YEARS.max ? raw : null;
}
