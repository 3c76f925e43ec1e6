/**
 * What the dashboard shows of a unit: each open case's deadlines due within the coming working week or overdue,
 * the rules that stop a case before the decision, and the unit's progress against the year's target.
 */
import type { WorkingCalendar } from '../calendar/index.js';
import type { IsoDate } from '../date.js';
import { type CellFigures, rollUpCommune } from '../quota/roll-up.js';
import type { UnitProgress } from '../quota/unit-progress.js';
import type { CalendarBasis, CaseAnswer, CaseStep } from '../rules/index.js';
import { countDown } from './deadlines.js';
import { stagesBeforeDecision } from './stage.js';

/**
 * Working days the dashboard looks ahead: the coming working week, today to the 5th working day after it, so a
 * Thursday still sees Monday's and Tuesday's deadlines.
 */
export const DASHBOARD_WORKING_DAYS = 5;

/** The last day of the dashboard's "due this week" seen from `today`. */
export function dashboardDueBy(today: IsoDate, calendar: WorkingCalendar): IsoDate {
  return calendar.addWorkingDays(today, DASHBOARD_WORKING_DAYS);
}

/** A deadline as the dashboard lists it. */
export interface DashboardDeadline {
  rule: string;
  step: CaseStep;
  due: IsoDate;
  workingDaysLeft: number | null;
  calendarBasis: CalendarBasis;
  unannouncedYears: number[];
}

/** What one case puts on the dashboard. */
export interface CaseAlerts {
  /** Open deadlines due on or before `dueBy`. */
  dueThisWeek: DashboardDeadline[];
  /** Deadlines passed without the step. */
  overdue: DashboardDeadline[];
  /**
   * The failing rules that stop the case, while it is before the admission decision; recognition-stage rules do
   * not block it yet. Empty when nothing blocks.
   */
  blocking: string[];
}

/**
 * The dashboard's view of one case at `stage` on `today`, from the rules' answer (already redacted for the reader:
 * what depends on a sensitive field left out before this is called).
 */
export function caseAlerts(
  answer: Pick<CaseAnswer, 'checks' | 'deadlines'>,
  stage: string,
  today: IsoDate,
  dueBy: IsoDate,
  calendar: WorkingCalendar,
): CaseAlerts {
  const dueThisWeek: DashboardDeadline[] = [];
  const overdue: DashboardDeadline[] = [];
  for (const d of countDown(answer.deadlines, today, calendar)) {
    if (d.due === null) continue;
    const item = {
      rule: d.rule,
      step: d.step,
      due: d.due,
      workingDaysLeft: d.workingDaysLeft,
      calendarBasis: d.calendarBasis,
      unannouncedYears: d.unannouncedYears,
    };
    if (d.status === 'open' && d.due <= dueBy) dueThisWeek.push(item);
    if (d.status === 'overdue') overdue.push(item);
  }
  const beforeDecision = (stagesBeforeDecision as readonly string[]).includes(stage);
  const blocking = beforeDecision
    ? answer.checks
        // What the cell vote and the decision need (not the later steps' order or lateness), failed, or shown already
        // and still to be cured before the vote (an expired certificate: `blocksVote`).
        .filter(
          (c) =>
            (c.step === 'cell-vote' || c.step === 'decision') &&
            (c.status === 'fail' || (c.status === 'pending' && c.details.blocksVote === true)),
        )
        .map((c) => c.rule)
    : [];
  return { dueThisWeek, overdue, blocking };
}

/**
 * The progress the dashboard shows for a unit: a cell's own target and admissions; for a commune (or anything
 * wider than a cell) the commune's target against the admissions of all its cells.
 */
export function dashboardProgress(
  level: string,
  cells: readonly (CellFigures & { id: string })[],
  communeTarget: number | null,
  scopeCellIds: readonly string[],
): UnitProgress {
  if (level !== 'cell') {
    const totals = rollUpCommune(cells, communeTarget);
    return { target: totals.target, admitted: totals.admitted };
  }
  const own = cells.find((c) => scopeCellIds.includes(c.id));
  return { target: own?.target ?? null, admitted: own?.admitted ?? 0 };
}
