import { vietnamCalendar, type WorkingCalendar } from '../calendar/index.js';
import type { IsoDate } from '../date.js';
import type { PipelineEvent } from '../pipeline/events.js';
import { toCase } from '../pipeline/to-case.js';
import { evaluateCase, type VerificationFacts, verificationDeadline } from '../rules/index.js';
import { deadlineStepLabel, type ReminderItem, VERIFICATION_ANSWER_STEP } from './items.js';

/**
 * A candidate's running deadlines on `today` (open or overdue, with a due day), as reminders. Deadlines depend only
 * on the dated steps (summary.ts), so no personal fact is read.
 */
export function candidateReminders(
  candidate: { id: string; fullName: string },
  history: readonly PipelineEvent[],
  today: IsoDate,
  calendar: WorkingCalendar = vietnamCalendar,
): ReminderItem[] {
  if (history.length === 0) return [];
  try {
    const facts = { birthDate: null, profile: {}, sensitive: {} };
    const unit = { youthUnionPresent: null, tradeUnionPresent: null };
    return evaluateCase(toCase(facts, history, new Map(), unit, today), { calendar })
      .deadlines.filter((d) => d.due !== null && (d.status === 'open' || d.status === 'overdue'))
      .map((d) => ({
        key: `${candidate.id}-${d.rule}-${d.step}`,
        candidateName: candidate.fullName,
        step: deadlineStepLabel(d.step),
        rule: d.rule,
        due: d.due as IsoDate,
        status: d.status as 'open' | 'overdue',
      }));
  } catch (error) {
    // Steps before the oldest rule set (2016-07-25) have no deadlines the engine can count.
    if (error instanceof RangeError) return [];
    throw error;
  }
}

/** V-07 as a reminder: an open request's answer day, named by the candidate only (never the relative). */
export function verificationReminder(
  request: { id: string; candidateName: string; facts: VerificationFacts },
  workingDays: number,
  today: IsoDate,
  calendar: WorkingCalendar = vietnamCalendar,
): ReminderItem | null {
  const d = verificationDeadline(request.facts, workingDays, today, calendar);
  if (!d || (d.status !== 'open' && d.status !== 'overdue')) return null;
  return {
    key: `${request.id}-V-07`,
    candidateName: request.candidateName,
    step: VERIFICATION_ANSWER_STEP,
    rule: 'V-07',
    due: d.due,
    status: d.status,
  };
}
