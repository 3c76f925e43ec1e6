/**
 * Which year and which day a board (or the console's commune overview) opens on when the address or the reader
 * names none. One rule for the public board, its JSON route and the console, so none of them jumps ahead to a year
 * that has only just been planned.
 */
import { formatIsoDate, type IsoDate } from '../date.js';

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
