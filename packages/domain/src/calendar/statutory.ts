/**
 * The public holidays of the Labour Code and their default dates when the government announces nothing.
 * Labour Code 2019 (Bộ luật Lao động 45/2019/QH14, Art. 112, in force from 2021) and Labour Code 2012
 * (10/2012/QH13, Art. 115, 2013–2020) differ only in the day beside 2 September, added in 2021.
 */
import { addDays, formatIsoDate, type IsoDate } from '../date.js';
import type { Bilingual, StatutoryHolidayId } from './calendar-data.js';
import { lunarNewYear, lunarToSolar } from './lunar.js';

/** First year of Labour Code 2019: 2 September gains an adjacent day off. */
const LABOUR_CODE_2019_FROM = 2021;
/** First year Hùng Kings' day (10/3 lunar) was a paid holiday (Labour Code amendment 2007). */
const HUNG_KINGS_FROM = 2007;

/** A statutory holiday: its name and the dates it takes in a year when no announcement picks others. */
export interface StatutoryHoliday {
  id: StatutoryHolidayId;
  name: Bilingual;
  /** Default dates in Gregorian `year`; empty in years before the holiday existed. */
  defaultDates(year: number): IsoDate[];
}

/** The citation of the holiday rules in force in `year`, used as the source of rule-derived days. */
export function statuteFor(year: number): string {
  return year >= LABOUR_CODE_2019_FROM
    ? 'Bộ luật Lao động 2019, Điều 112'
    : 'Bộ luật Lao động 2012, Điều 115';
}

/**
 * Art. 112.1, in the order of the article. Tết defaults to the last day of the lunar year and the first four days
 * of the new one (the usual choice when the government has not yet announced its pick), and 2 September's
 * adjacent day to 1 September (the choice of 2022, 2023 and 2025; 2021 and 2024 took 3 September by announcement).
 */
export const STATUTORY_HOLIDAYS: readonly StatutoryHoliday[] = [
  {
    id: 'new-year',
    name: { vi: 'Tết Dương lịch', en: "New Year's Day" },
    defaultDates: (year) => [formatIsoDate(year, 1, 1)],
  },
  {
    id: 'tet',
    name: { vi: 'Tết Âm lịch', en: 'Lunar New Year (Tết)' },
    defaultDates: (year) => {
      const firstDay = lunarNewYear(year);
      return [-1, 0, 1, 2, 3].map((offset) => addDays(firstDay, offset));
    },
  },
  {
    id: 'hung-kings',
    name: { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration" },
    // 10th day of the 3rd lunar month; in a year with a leap 3rd month, of the ordinary (first) one.
    defaultDates: (year) =>
      year >= HUNG_KINGS_FROM ? [lunarToSolar({ year, month: 3, day: 10, leap: false })] : [],
  },
  {
    id: 'reunification',
    name: { vi: 'Ngày Chiến thắng', en: 'Reunification Day' },
    defaultDates: (year) => [formatIsoDate(year, 4, 30)],
  },
  {
    id: 'labour',
    name: { vi: 'Ngày Quốc tế lao động', en: 'International Labour Day' },
    defaultDates: (year) => [formatIsoDate(year, 5, 1)],
  },
  {
    id: 'national-day',
    name: { vi: 'Quốc khánh', en: 'National Day' },
    defaultDates: (year) =>
      year >= LABOUR_CODE_2019_FROM
        ? [formatIsoDate(year, 9, 1), formatIsoDate(year, 9, 2)]
        : [formatIsoDate(year, 9, 2)],
  },
];
