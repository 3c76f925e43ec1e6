import { formatDateVi } from './date-vi.js';

const VIETNAM_TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * A UTC instant (`2026-11-26T02:05:00.000Z`) as Vietnam's wall clock, `26/11/2026 09:05`: the audit log stores
 * instants, people read them in the commune's time whatever their browser's (or the server's) zone. Pure: the zone
 * is fixed, no clock is read.
 */
export function formatInstantVi(instant: string): string {
  const parts = Object.fromEntries(
    VIETNAM_TIME.formatToParts(new Date(instant)).map((p) => [p.type, p.value]),
  );
  return `${formatDateVi(`${parts.year}-${parts.month}-${parts.day}`)} ${parts.hour}:${parts.minute}`;
}
