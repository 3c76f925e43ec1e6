/**
 * Which year and which day a board (or the console's commune overview) opens on when the address or the reader
 * names none, and the day parameter as people write it. One rule for the public board, its JSON route and the
 * console, so none of them jumps ahead to a year that has only just been planned.
 */
import { formatIsoDate, type IsoDate, isIsoDate } from '../date.js';
import { parseDateVi } from '../locale/date-vi.js';

/**
 * The year to open on: the current year (of `today`, Vietnam's calendar day) while the commune has a plan for it,
 * until it ends, even when next year's target is already set; without one, the latest planned year before it;
 * with only future plans, the first of them. Undefined when there is no plan at all.
 */
export function defaultPlanYear(years: readonly number[], today: IsoDate): number | undefined {
  const current = Number(today.slice(0, 4));
  if (years.includes(current)) return current;
  const past = years.filter((y) => y < current);
  if (past.length > 0) return Math.max(...past);
  return years.length > 0 ? Math.min(...years) : undefined;
}

/**
 * The day a year's figures are counted to when none is asked: today while the year runs (or has not begun), its
 * 31 December once it is over, so a past year never shows today's members beside that year's admissions.
 */
export function defaultBoardDay(year: number, today: IsoDate): IsoDate {
  const end = formatIsoDate(year, 12, 31);
  return today > end ? end : today;
}

/**
 * A day as a parameter may carry it: `YYYY-MM-DD`, or `dd/MM/yyyy` as Vietnamese readers write it (30/06/2023).
 * Null when it is neither, or not a real day.
 */
export function parseDayParam(text: string): IsoDate | null {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  return /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(trimmed) ? parseDateVi(trimmed) : null;
}
