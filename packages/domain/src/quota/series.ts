/**
 * Time series of admissions within a year: by month and at the standard checkpoints (quarters, half-year, nine
 * months, year). Admissions are placed by the date of the admission decision (L-06), as everywhere else.
 */
import { compareDates, daysInMonth, formatIsoDate, type IsoDate } from '../date.js';

/** The last day counted for `year` on `asOf`: the earlier of `asOf` and 31 December. */
export function countingEnd(year: number, asOf: IsoDate): IsoDate {
  const yearEnd = formatIsoDate(year, 12, 31);
  return compareDates(asOf, yearEnd) < 0 ? asOf : yearEnd;
}

/**
 * How many of `dates` fall in `year` up to `asOf`: from 1 January through the earlier of `asOf` and 31 December,
 * both ends included. 0 when `asOf` is before the year starts.
 */
export function countInYear(dates: readonly IsoDate[], year: number, asOf: IsoDate): number {
  const start = formatIsoDate(year, 1, 1);
  const end = countingEnd(year, asOf);
  let n = 0;
  for (const d of dates) if (compareDates(d, start) >= 0 && compareDates(d, end) <= 0) n++;
  return n;
}

/** One month of the year: admissions in it and since 1 January. `month` is `YYYY-MM`. */
export interface MonthPoint {
  month: string;
  admitted: number;
  cumulative: number;
}

/**
 * Month by month from January to the month of the counting end (none when `asOf` is before the year), counting
 * `dates` up to `asOf` only: the current month is partial. The last point's `cumulative` equals
 * {@link countInYear}.
 */
export function monthlySeries(dates: readonly IsoDate[], year: number, asOf: IsoDate): MonthPoint[] {
  if (compareDates(asOf, formatIsoDate(year, 1, 1)) < 0) return [];
  const end = countingEnd(year, asOf);
  const lastMonth = Number(end.slice(5, 7));
  const perMonth = new Array<number>(lastMonth).fill(0);
  for (const d of dates) {
    if (Number(d.slice(0, 4)) !== year || compareDates(d, end) > 0) continue;
    const m = Number(d.slice(5, 7));
    perMonth[m - 1] = (perMonth[m - 1] ?? 0) + 1;
  }
  let cumulative = 0;
  return perMonth.map((admitted, i) => {
    cumulative += admitted;
    return { month: `${year}-${String(i + 1).padStart(2, '0')}`, admitted, cumulative };
  });
}

/** A standard reporting checkpoint of the year. */
export interface Checkpoint {
  key: 'Q1' | 'H1' | 'M9' | 'Y';
  label: { vi: string; en: string };
  /** Last day of the period (counted from 1 January). */
  date: IsoDate;
}

/** The standard checkpoints of a year: first quarter, half-year, nine months, whole year (cumulative from 1 Jan). */
export function standardCheckpoints(year: number): Checkpoint[] {
  const end = (m: number) => formatIsoDate(year, m, daysInMonth(year, m));
  return [
    { key: 'Q1', label: { vi: 'Quý I', en: 'First quarter' }, date: end(3) },
    { key: 'H1', label: { vi: '6 tháng đầu năm', en: 'First half' }, date: end(6) },
    { key: 'M9', label: { vi: '9 tháng', en: 'Nine months' }, date: end(9) },
    { key: 'Y', label: { vi: 'Cả năm', en: 'Whole year' }, date: end(12) },
  ];
}

/**
 * Cumulative admissions at each checkpoint already reached on `asOf` (checkpoint date `<=` asOf); a checkpoint
 * still ahead has `admitted: null`.
 */
export function checkpointFigures(
  dates: readonly IsoDate[],
  year: number,
  asOf: IsoDate,
): (Checkpoint & { admitted: number | null })[] {
  return standardCheckpoints(year).map((c) => ({
    ...c,
    admitted: compareDates(c.date, asOf) <= 0 ? countInYear(dates, year, c.date) : null,
  }));
}
