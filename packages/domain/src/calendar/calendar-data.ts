/**
 * The shape of holiday data: what the government announces for a year (or what a commune adds) is a plain,
 * JSON-serialisable record, so it can come from code, a settings table or a file without changing any logic.
 */
import type { IsoDate } from '../date.js';

/** A text in Vietnamese (shown to staff) and English (for logs and foreign readers). */
export interface Bilingual {
  vi: string;
  en: string;
}

/** How sure we are that a record matches the official text: `high` = the document or a faithful report of it. */
export type Confidence = 'high' | 'medium' | 'low';

/**
 * Ids of the statutory holidays of the Labour Code (2019, Art. 112.1; 2012, Art. 115.1). Data may use other ids
 * to add a holiday that the code does not know (for example `culture-day`).
 */
export type StatutoryHolidayId =
  | 'new-year'
  | 'tet'
  | 'hung-kings'
  | 'reunification'
  | 'labour'
  | 'national-day';

/**
 * The dates of one holiday in one year. For a statutory id this replaces the default dates (the government picks
 * which 5 days of Tết and which day beside 2 September); any other id adds a holiday, and then `name` is required.
 * A holiday that falls on Saturday or Sunday earns a compensatory day off (Art. 112.3).
 */
export interface HolidayDates {
  id: StatutoryHolidayId | (string & {});
  dates: IsoDate[];
  name?: Bilingual;
}

/** A day off that is not a holiday: no compensatory day is owed when it falls on a weekend. */
export interface ExtraDayOff {
  date: IsoDate;
  reason: Bilingual;
}

/**
 * A swap (hoán đổi ngày làm việc): the weekday `off` becomes a day off and the weekend day `work` a working day
 * (làm bù). Both dates may fall in different years (Fri 2 Jan 2026 off, Sat 10 Jan 2026 worked).
 */
export interface WorkdaySwap {
  off: IsoDate;
  work: IsoDate;
  reason?: Bilingual;
}

/**
 * One year's arrangements for public servants (công chức, viên chức) beyond the statutory defaults.
 * Records for the same year merge in order: a later record's `holidays` entry replaces an earlier one with the
 * same id; `extraDaysOff` and `swaps` accumulate; `replace: true` first drops every earlier record of the year
 * (use it to correct built-in data), leaving the statutory rules in force.
 */
export interface CalendarData {
  /** The Gregorian year whose arrangements this announces; its dates may spill over (31 Dec of the year before). */
  year: number;
  /** Where it comes from: a decision or notice number, or a report of one with its address. */
  source: string;
  confidence: Confidence;
  /** Anything a reader should know: what is unverified, what was left to the defaults. */
  note?: string;
  replace?: boolean;
  holidays?: HolidayDates[];
  extraDaysOff?: ExtraDayOff[];
  swaps?: WorkdaySwap[];
}

/**
 * Why a day is not an ordinary day: a `holiday` (even on a weekend), a `compensatory` day off for a holiday that
 * fell on a weekend, an announced `extra` day off, the weekday given off by a swap (`swap-off`), or the weekend
 * day worked in exchange (`swap-work`, the only kind that is a working day).
 */
export type DayOffKind = 'holiday' | 'compensatory' | 'extra' | 'swap-off' | 'swap-work';

/** One unusual day of the calendar, with the reason to show and the record (or statute) it comes from. */
export interface DayOffEntry {
  date: IsoDate;
  kind: DayOffKind;
  reason: Bilingual;
  source: string;
}
