/**
 * Calendar dates as `YYYY-MM-DD` strings. The domain never sees time zones or instants: a date is a day on the
 * Vietnamese wall calendar, and all arithmetic here is on the proleptic Gregorian calendar.
 *
 * The rules engine reads and computes dates in every check of every case, so these helpers are written for speed
 * (docs/benchmarks.md, "Evaluate 100,000 dossiers"): dates are read char by char instead of with a RegExp, and day
 * counts use integer arithmetic instead of `Date` objects.
 */

/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

/** Days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

const ZERO = 48; // char code of '0'
const DASH = 45; // char code of '-'

/** The number the ASCII digits of `text` from `start` to `end` (excluded) write, or -1 if another char is there. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** `YYYY-MM-DD` packed as `year·10000 + month·100 + day` (no allocation), or -1 when not a real calendar date. */
function packedDate(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return -1;
  if (value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return -1;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return year * 10_000 + month * 100 + day;
}

/** {@link packedDate} of a date that must be valid; throws a RangeError naming it otherwise. */
function packedOrThrow(date: IsoDate): number {
  const packed = packedDate(date);
  if (packed < 0) throw new RangeError(`not a calendar date YYYY-MM-DD: ${String(date)}`);
  return packed;
}

const yearOf = (packed: number) => Math.floor(packed / 10_000);
const monthOf = (packed: number) => Math.floor(packed / 100) % 100;
const dayOf = (packed: number) => packed % 100;

/** True when `value` is a real calendar date written `YYYY-MM-DD` (so `2023-02-29` is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  return packedDate(value) >= 0;
}

/** Splits a valid `YYYY-MM-DD` into numbers. Throws on a malformed string: callers validate at the edge. */
export function parseIsoDate(date: IsoDate): { year: number; month: number; day: number } {
  const packed = packedOrThrow(date);
  return { year: yearOf(packed), month: monthOf(packed), day: dayOf(packed) };
}

/** `00` … `99`: formatting a date is then a lookup, not three `padStart` calls. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : `${n}`));

/** Formats numbers as `YYYY-MM-DD`. */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  const mm = TWO_DIGITS[month];
  const dd = TWO_DIGITS[day];
  if (year >= 1000 && year <= 9999 && mm !== undefined && dd !== undefined) return `${year}-${mm}-${dd}`;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Days since 1970-01-01 (negative before). Handy for differences and weekday arithmetic. */
export function toEpochDay(date: IsoDate): number {
  const packed = packedOrThrow(date);
  return daysFromCivil(yearOf(packed), monthOf(packed), dayOf(packed));
}

/** Inverse of {@link toEpochDay} (a fractional day counts as the day it falls in). */
export function fromEpochDay(epochDay: number): IsoDate {
  // H. Hinnant's `civil_from_days`.
  const z = Math.floor(epochDay) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153); // months from March
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return formatIsoDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
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
  const packed = packedOrThrow(date);
  const index = yearOf(packed) * 12 + (monthOf(packed) - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIsoDate(y, m, Math.min(dayOf(packed), daysInMonth(y, m)));
}

/** Compares two ISO dates: negative, zero or positive, like `Array.prototype.sort` wants. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
