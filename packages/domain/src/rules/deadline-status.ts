import type { WorkingCalendar } from '../calendar/index.js';
import { addDays, compareDates, type IsoDate } from '../date.js';
import type { RuleSet } from './rule-sets.js';
import type { CalendarBasis, CaseStep, Deadline, DeadlineStatus } from './types.js';

/**
 * Status of a step against its last allowed day (case-format.md): `met`/`missed` once the step happened on or
 * before / after `due`; `open`/`overdue` while it has not, by whether `asOf` is on or before / after `due`.
 */
export function deadlineStatus(due: IsoDate, happenedOn: IsoDate | null, asOf: IsoDate): DeadlineStatus {
  if (happenedOn !== null) return compareDates(happenedOn, due) <= 0 ? 'met' : 'missed';
  return compareDates(asOf, due) <= 0 ? 'open' : 'overdue';
}

/** How a deadline's working days were counted, and the unannounced years the count crossed. */
export interface CountBasis {
  calendarBasis: CalendarBasis;
  unannouncedYears: number[];
}

/** The basis of a deadline that counts no working days (calendar months, or a clock not started). */
export const NO_WORKING_DAYS: CountBasis = { calendarBasis: 'announced', unannouncedYears: [] };

/**
 * The basis of a count of working days after `start` up to `due`: the years of the days counted, (`start`, `due`],
 * whose days off `calendar` holds no announcement for (they were counted on the statutory defaults).
 */
export function countBasis(calendar: WorkingCalendar, start: IsoDate, due: IsoDate): CountBasis {
  const unannouncedYears: number[] = [];
  const last = Number(due.slice(0, 4));
  for (let year = Number(addDays(start, 1).slice(0, 4)); year <= last; year++)
    if (!calendar.isAnnounced(year)) unannouncedYears.push(year);
  return unannouncedYears.length === 0
    ? NO_WORKING_DAYS
    : { calendarBasis: 'statutory-default', unannouncedYears };
}

/**
 * A deadline of `rule` for `step`, cited by `citation` of `ruleSet` (the set of the day its clock started): judged
 * against `happenedOn` (the step, when it happened in the lawful order) on `asOf`; not applicable without `due`.
 */
export function makeDeadline(
  rule: string,
  step: CaseStep,
  ruleSet: RuleSet,
  citation: string,
  due: IsoDate | null,
  happenedOn: IsoDate | null,
  asOf: IsoDate,
  basis: CountBasis = NO_WORKING_DAYS,
): Deadline {
  return {
    rule,
    step,
    due,
    status: due === null ? 'not-applicable' : deadlineStatus(due, happenedOn, asOf),
    ruleSet: ruleSet.id,
    citation,
    calendarBasis: basis.calendarBasis,
    unannouncedYears: due === null ? [] : [...basis.unannouncedYears],
  };
}
