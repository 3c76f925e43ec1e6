import type { IsoDate } from '@ketnap/domain';

const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Vietnam (UTC+7) at `now`: what "today" means to a commune office. */
export function vietnamToday(now: Date = new Date()): IsoDate {
  return VIETNAM_DAY.format(now);
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/**
 * Today in Vietnam as a function of the instant clock `now` (ms), formatted again only when `now` leaves the
 * Vietnamese day it was last in (past midnight, or back before it): the board's hot path asks for today on every
 * request, so a request costs a comparison, not a date formatting. Vietnam keeps UTC+7 all year (no daylight saving).
 */
export function vietnamDayClock(now: () => number = Date.now): () => IsoDate {
  let from = Number.POSITIVE_INFINITY;
  let until = Number.NEGATIVE_INFINITY;
  let day = '';
  return () => {
    const t = now();
    if (t < from || t >= until) {
      from = Math.floor((t + VIETNAM_OFFSET_MS) / DAY_MS) * DAY_MS - VIETNAM_OFFSET_MS;
      until = from + DAY_MS;
      day = vietnamToday(new Date(t));
    }
    return day;
  };
}
