/**
 * The working-day calendar of public servants (Monday–Friday, less holidays and announced days off, plus
 * make-up Saturdays), and deadline arithmetic on it (rules L-00, case-format "within N working days").
 *
 * Each year is turned once, lazily, into a table: a prefix sum of working days and the list of its working days.
 * Counting is then a subtraction and adding N working days a direct index, whatever N is, instead of a walk over
 * the days in between.
 */
import { compareDates, dayOfWeek, fromEpochDay, type IsoDate, toEpochDay } from '../date.js';
import { ANNOUNCED_ARRANGEMENTS } from './announced.js';
import { arrangementEntries, assertCalendarData } from './arrangements.js';
import type { CalendarData, DayOffEntry } from './calendar-data.js';

/** First Gregorian year the calendar covers (the lunar algorithm needs the lunar year before it). */
export const FIRST_CALENDAR_YEAR = 1901;
/** Last Gregorian year the calendar covers. */
export const LAST_CALENDAR_YEAR = 2199;

/** Working-day arithmetic for dates in {@link FIRST_CALENDAR_YEAR}..{@link LAST_CALENDAR_YEAR}. */
export interface WorkingCalendar {
  /** True on a Monday–Friday that is not a day off, and on a make-up (swap) Saturday or Sunday. */
  isWorkingDay(date: IsoDate): boolean;
  /**
   * The `n`-th working day after `date` (`date` itself not counted), never a day off for `n ≠ 0`. `n = 0`
   * returns `date` unchanged, even a day off. `n < 0` counts backwards: -1 is the last working day before `date`.
   * "Within N working days of X" means on or before `addWorkingDays(X, N)`. Throws RangeError when `n` is not an
   * integer or the result leaves the covered years.
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /**
   * Working days in the half-open interval (`from`, `to`]: 0 when `from = to`, negative (the count of (`to`,
   * `from`]) when `to < from`. Additive: count(a, b) + count(b, c) = count(a, c). For n ≥ 1,
   * `countWorkingDays(d, addWorkingDays(d, n)) === n`.
   */
  countWorkingDays(from: IsoDate, to: IsoDate): number;
  /** The first working day strictly after `date`: `addWorkingDays(date, 1)`. */
  nextWorkingDay(date: IsoDate): IsoDate;
  /**
   * Every day of Gregorian `year` that is not ordinary: holidays (also those on a weekend), compensatory days,
   * announced extra and swapped days off, and make-up working weekend days (`swap-work`), sorted by date.
   */
  daysOff(year: number): DayOffEntry[];
  /**
   * True when the days off of Gregorian `year` follow an announcement held as data (a record of that year giving
   * its Tết days, built in or added); false when only the statutory defaults stand in for it (2027 on, today), so a
   * working-day count across that year may still move once it is announced.
   */
  isAnnounced(year: number): boolean;
}

interface YearTable {
  /** Epoch day of 1 January. */
  start: number;
  /** `prefix[i]` = working days among the first `i` days of the year (day 0 = 1 January). */
  prefix: Uint16Array;
  /** Day-of-year index of each working day, in order: the k-th working day (1-based) is `workdays[k - 1]`. */
  workdays: Uint16Array;
}

/** Reads a table cell; the index arithmetic keeps it in bounds, so a miss is a bug, not bad input. */
function cell(array: Uint16Array, index: number): number {
  const value = array[index];
  if (value === undefined) throw new RangeError(`calendar table index ${index} out of bounds`);
  return value;
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_CALENDAR_YEAR || year > LAST_CALENDAR_YEAR) {
    throw new RangeError(
      `the working calendar covers ${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR}, not ${year}`,
    );
  }
}

/**
 * A working calendar from the statutory rules, the built-in announced arrangements and `extra` records, which
 * merge after the built-in ones (see {@link CalendarData} for the merge rule), so a commune can add a holiday or a
 * swap day as data. Throws RangeError when a record is malformed.
 */
export function createWorkingCalendar(extra: readonly CalendarData[] = []): WorkingCalendar {
  const records = [...ANNOUNCED_ARRANGEMENTS, ...extra];
  for (const record of records) assertCalendarData(record);
  // Tết is what every year's announcement settles; a record that only adds a local holiday announces nothing else.
  const announcedYears = new Set(
    records.filter((r) => r.holidays?.some((h) => h.id === 'tet')).map((r) => r.year),
  );

  const arrangements = new Map<number, DayOffEntry[]>();
  const arrangementOf = (year: number): DayOffEntry[] => {
    let entries = arrangements.get(year);
    if (!entries) {
      entries = arrangementEntries(year, records);
      arrangements.set(year, entries);
    }
    return entries;
  };

  const yearEntries = new Map<number, DayOffEntry[]>();
  const entriesOf = (year: number): DayOffEntry[] => {
    let entries = yearEntries.get(year);
    if (!entries) {
      const yearPrefix = `${year}-`;
      const byDate = new Map<IsoDate, DayOffEntry>();
      // A year's own arrangements first; a neighbour's spill-over (31 Dec swapped for next New Year) only fills gaps.
      for (const neighbour of [year, year - 1, year + 1]) {
        if (neighbour < FIRST_CALENDAR_YEAR || neighbour > LAST_CALENDAR_YEAR) continue;
        for (const entry of arrangementOf(neighbour)) {
          if (entry.date.startsWith(yearPrefix) && !byDate.has(entry.date)) byDate.set(entry.date, entry);
        }
      }
      entries = [...byDate.values()].sort((a, b) => compareDates(a.date, b.date));
      yearEntries.set(year, entries);
    }
    return entries;
  };

  const tables: (YearTable | undefined)[] = [];
  const tableOf = (year: number): YearTable => {
    assertYear(year);
    const cached = tables[year - FIRST_CALENDAR_YEAR];
    if (cached) return cached;
    const start = toEpochDay(`${year}-01-01`);
    const length = toEpochDay(`${year + 1}-01-01`) - start;
    const working = new Uint8Array(length);
    const firstWeekday = dayOfWeek(`${year}-01-01`);
    for (let i = 0; i < length; i++) {
      const weekday = (firstWeekday + i) % 7;
      working[i] = weekday === 0 || weekday === 6 ? 0 : 1;
    }
    for (const entry of entriesOf(year))
      working[toEpochDay(entry.date) - start] = entry.kind === 'swap-work' ? 1 : 0;
    const prefix = new Uint16Array(length + 1);
    const workdays: number[] = [];
    for (let i = 0; i < length; i++) {
      const isWorking = working[i] === 1;
      prefix[i + 1] = cell(prefix, i) + (isWorking ? 1 : 0);
      if (isWorking) workdays.push(i);
    }
    const table = { start, prefix, workdays: Uint16Array.from(workdays) };
    tables[year - FIRST_CALENDAR_YEAR] = table;
    return table;
  };

  const locate = (date: IsoDate) => {
    const epochDay = toEpochDay(date);
    const year = Number(date.slice(0, 4));
    const table = tableOf(year);
    return { table, index: epochDay - table.start, year };
  };

  /** Working days in (a, b] for a ≤ b. */
  const countForward = (a: IsoDate, b: IsoDate): number => {
    const from = locate(a);
    const to = locate(b);
    let count = cell(to.table.prefix, to.index + 1) - cell(from.table.prefix, from.index + 1);
    for (let year = from.year; year < to.year; year++) count += tableOf(year).workdays.length;
    return count;
  };

  const addWorkingDays = (date: IsoDate, n: number): IsoDate => {
    if (!Number.isInteger(n)) throw new RangeError(`working days must be an integer, not ${n}`);
    const { table, index, year } = locate(date);
    if (n === 0) return date;
    let current = table;
    let currentYear = year;
    // rank = 1-based position of the target among the working days of `current`'s year.
    let rank = n > 0 ? cell(table.prefix, index + 1) + n : cell(table.prefix, index) + n + 1;
    while (rank > current.workdays.length) {
      rank -= current.workdays.length;
      currentYear += 1;
      current = tableOf(currentYear);
    }
    while (rank < 1) {
      currentYear -= 1;
      current = tableOf(currentYear);
      rank += current.workdays.length;
    }
    return fromEpochDay(current.start + cell(current.workdays, rank - 1));
  };

  return {
    isWorkingDay(date) {
      const { table, index } = locate(date);
      return cell(table.prefix, index + 1) !== cell(table.prefix, index);
    },
    addWorkingDays,
    countWorkingDays(from, to) {
      // `0 - n` rather than `-n`: backwards over a holiday-only stretch must give 0, not -0.
      return compareDates(from, to) <= 0 ? countForward(from, to) : 0 - countForward(to, from);
    },
    nextWorkingDay(date) {
      return addWorkingDays(date, 1);
    },
    daysOff(year) {
      assertYear(year);
      return entriesOf(year).slice();
    },
    isAnnounced(year) {
      return announcedYears.has(year);
    },
  };
}

/** The default calendar: statutory rules and the built-in announced arrangements (see announced.ts). */
export const vietnamCalendar: WorkingCalendar = createWorkingCalendar();
