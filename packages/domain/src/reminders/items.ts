/**
 * What a reminder is about: one candidate's running deadline, named by the candidate and the step only (no other
 * personal data: the calendar feed and the digest leave the console), and sorted into due this week or overdue.
 */
import type { Bilingual } from '../calendar/index.js';
import type { IsoDate } from '../date.js';
import { eventLabels } from '../pipeline/events.js';
import type { CaseStep } from '../rules/index.js';

/** One deadline an account is reminded of. `key` is stable across days (the feed's UID). */
export interface ReminderItem {
  key: string;
  candidateName: string;
  /** The step that ends the deadline, in words. */
  step: Bilingual;
  rule: string;
  due: IsoDate;
  status: 'open' | 'overdue';
}

/** The step each deadline of the case ends with, named as the pipeline names that step. */
const STEP_LABEL: Readonly<Record<CaseStep, Bilingual>> = {
  'cell-vote': eventLabels['cell-vote'],
  decision: eventLabels['admission-decision'],
  ceremony: eventLabels.ceremony,
  'recognition-vote': eventLabels['recognition-vote'],
  'recognition-decision': eventLabels['recognition-decision'],
};

/** The step a deadline of `step` is met by. */
export const deadlineStepLabel = (step: CaseStep): Bilingual => STEP_LABEL[step];

/** V-07's reminder: the answer of a verification request (the relative is never named). */
export const VERIFICATION_ANSWER_STEP: Bilingual = {
  vi: 'Trả lời thẩm tra lý lịch',
  en: 'Verification answer',
};

/** The items of a digest on `today`: the open ones due by `dueBy` (this working week) and every overdue one. */
export function digestItems(
  items: readonly ReminderItem[],
  dueBy: IsoDate,
): { dueThisWeek: ReminderItem[]; overdue: ReminderItem[] } {
  const byDue = (a: ReminderItem, b: ReminderItem) =>
    a.due.localeCompare(b.due) || a.key.localeCompare(b.key);
  return {
    dueThisWeek: items.filter((i) => i.status === 'open' && i.due <= dueBy).sort(byDue),
    overdue: items.filter((i) => i.status === 'overdue').sort(byDue),
  };
}
