import { compareDates, type IsoDate } from '../date.js';
import type { DeadlineStatus } from './types.js';

/**
 * Status of a step against its last allowed day (case-format.md): `met`/`missed` once the step happened on or
 * before / after `due`; `open`/`overdue` while it has not, by whether `asOf` is on or before / after `due`.
 */
export function deadlineStatus(due: IsoDate, happenedOn: IsoDate | null, asOf: IsoDate): DeadlineStatus {
  if (happenedOn !== null) return compareDates(happenedOn, due) <= 0 ? 'met' : 'missed';
  return compareDates(asOf, due) <= 0 ? 'open' : 'overdue';
}
