/**
 * Deadlines as the console shows them: the rules engine's deadlines with a countdown in Vietnamese working days, and
 * the next one due (what the candidate list filters and sorts on).
 */
import type { WorkingCalendar } from '../calendar/index.js';
import type { IsoDate } from '../date.js';
import type { Deadline } from '../rules/index.js';

/** A deadline with the working days left on `asOf`: 0 on the due day, negative once overdue; null when closed. */
export interface CountedDeadline extends Deadline {
  workingDaysLeft: number | null;
}

/** Adds the working-day countdown to every open or overdue deadline (L-00: counted on the working calendar). */
export function countDown(
  deadlines: readonly Deadline[],
  asOf: IsoDate,
  calendar: WorkingCalendar,
): CountedDeadline[] {
  return deadlines.map((d) => ({
    ...d,
    workingDaysLeft:
      d.due !== null && (d.status === 'open' || d.status === 'overdue')
        ? calendar.countWorkingDays(asOf, d.due)
        : null,
  }));
}

/** The earliest deadline still running (open or overdue), or null: the one a list sorts and filters on. */
export function nextDeadline(deadlines: readonly Deadline[]): { rule: string; due: IsoDate } | null {
  let next: { rule: string; due: IsoDate } | null = null;
  for (const d of deadlines)
    if (
      d.due !== null &&
      (d.status === 'open' || d.status === 'overdue') &&
      (next === null || d.due < next.due)
    )
      next = { rule: d.rule, due: d.due };
  return next;
}
