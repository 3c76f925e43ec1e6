/**
 * Calendar dates as `YYYY-MM-DD` strings. The domain never sees time zones or instants: a date is a day on the
 * Vietnamese wall calendar, and all arithmetic here is on the proleptic Gregorian calendar.
 */

/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  // Arithmetic, not `new Date(...)`: every date parse validates through here, and the allocation dominated the
  // rules engine's profile (docs/benchmarks.md, "Evaluate 100,000 dossiers").
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** True when `value` is a real calendar date written `YYYY-MM-DD` (so `2023-02-29` is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Splits a valid `YYYY-MM-DD` into numbers. Throws on a malformed string: callers validate at the edge. */
export function parseIsoDate(date: IsoDate): { year: number; month: number; day: number } {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date YYYY-MM-DD: ${String(date)}`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Formats numbers as `YYYY-MM-DD`. */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (negative before). Handy for differences and weekday arithmetic. */
export function toEpochDay(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** Inverse of {@link toEpochDay}. */
export function fromEpochDay(epochDay: number): IsoDate {
  const d = new Date(epochDay * 86_400_000);
  return formatIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** `date` plus `days` calendar days (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Day of week, 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

/**
 * `date` plus `months` calendar months, keeping the day of month and clamping to the last day of the target month
 * (case-format: a ceremony on 29 Feb ends a 12-month probation on 28 Feb).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIsoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Compares two ISO dates: negative, zero or positive, like `Array.prototype.sort` wants. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
