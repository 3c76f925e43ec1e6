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
