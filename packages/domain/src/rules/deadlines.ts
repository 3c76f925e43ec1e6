/**
 * The admission clock on working days (L-01, L-03, L-10, L-11) and the dates it fixes (L-05, L-06, L-12). Each
 * clock is judged by the rule set in force on the day it starts.
 */
import type { WorkingCalendar } from '../calendar/index.js';
import { addMonths, type IsoDate } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import type { Case } from './case-schema.js';
import { deadlineStatus } from './deadline-status.js';
import { check } from './messages.js';
import { ruleSetOn } from './rule-sets.js';
import type { CaseAnswer, Check, Deadline } from './types.js';
import { type VoteRecord, votePasses } from './votes.js';

/**
 * The last day of "within `n` working days of `start`": the `n`-th working day after `start`, `start` not counted
 * (a step on that day is in time, the next day is late).
 */
export function withinWorkingDays(calendar: WorkingCalendar, start: IsoDate, n: number): IsoDate {
  return calendar.addWorkingDays(start, n);
}

/** L-05: the day probation ends, `ceremony + probationMonths` calendar months (29 Feb + 12 months → 28 Feb). */
export function probationEnd(ceremony: IsoDate): IsoDate {
  return addMonths(ceremony, ruleSetOn(ceremony).numbers.probationMonths.value);
}

/**
 * The dates fixed by the case: L-05 probation end (once the ceremony is held); L-12 official date = that day and
 * L-06 seniority = the admission decision's date, both only once the recognition decision exists.
 */
export function caseDates(c: Case): CaseAnswer['dates'] {
  const ceremony = c.ceremony?.date ?? null;
  const probationEnds = ceremony === null ? null : probationEnd(ceremony);
  const recognised = probationEnds !== null && (c.recognitionDecision?.date ?? null) !== null;
  return {
    probationEnds,
    officialFrom: recognised ? probationEnds : null,
    seniorityFrom: recognised ? (c.decision?.date ?? null) : null,
  };
}

/** A vote that happened and did not evidently fail: its proposal starts the committee's clock. */
function carried(vote: VoteRecord | null | undefined): IsoDate | null {
  const date = vote?.date ?? null;
  if (date === null) return null;
  const { officialMembers, notCounted, inFavour } = vote ?? {};
  if (officialMembers == null || inFavour == null) return date;
  const passes = votePasses(
    { officialMembers, notCounted: notCounted ?? 0, inFavour },
    ruleSetOn(date).numbers,
  );
  return passes ? date : null;
}

function deadline(
  rule: string,
  start: IsoDate | null,
  days: (start: IsoDate) => number,
  happened: IsoDate | null,
  c: Case,
  calendar: WorkingCalendar,
): Deadline {
  if (start === null) return { rule, due: null, status: 'not-applicable' };
  const due = withinWorkingDays(calendar, start, days(start));
  return { rule, due, status: deadlineStatus(due, happened, c.asOf) };
}

/**
 * L-01 (decision within 60 WD of a carried cell vote, plus the recorded extension up to its 30-WD cap), L-03
 * (ceremony within 30 WD of the cell receiving the decision), L-10 (recognition vote within 30 WD after probation
 * ends), L-11 (recognition decision within 30 WD of a carried recognition vote). A clock that has not started is
 * `not-applicable`.
 */
export function caseDeadlines(c: Case, dates: CaseAnswer['dates'], calendar: WorkingCalendar): Deadline[] {
  const extension = c.decision?.extendedWorkingDays ?? 0;
  return [
    deadline(
      'L-01',
      carried(c.cellVote),
      (start) => {
        const { base, maxExtension } = ruleSetOn(start).numbers.decisionWorkingDays.value;
        return base + Math.min(extension, maxExtension);
      },
      c.decision?.date ?? null,
      c,
      calendar,
    ),
    deadline(
      'L-03',
      c.decision?.receivedOn ?? null,
      (start) => ruleSetOn(start).numbers.ceremonyWorkingDays.value,
      c.ceremony?.date ?? null,
      c,
      calendar,
    ),
    deadline(
      'L-10',
      dates.probationEnds,
      (start) => ruleSetOn(start).numbers.recognitionVoteWorkingDays.value,
      c.recognitionVote?.date ?? null,
      c,
      calendar,
    ),
    deadline(
      'L-11',
      carried(c.recognitionVote),
      (start) => ruleSetOn(start).numbers.recognitionDecisionWorkingDays.value.base,
      c.recognitionDecision?.date ?? null,
      c,
      calendar,
    ),
  ];
}

/** L-01's extension cap: an extension of more than 30 working days is not allowed (one extension, ≤ 30 WD). */
export function checkExtension(c: Case): Check {
  const extension = c.decision?.extendedWorkingDays ?? 0;
  const voteDate = c.cellVote?.date ?? c.asOf;
  const { value, citation } = ruleSetOn(voteDate).numbers.decisionWorkingDays;
  const details = { extendedWorkingDays: extension, maxExtension: value.maxExtension };
  if (extension === 0)
    return check(
      'L-01',
      'not-applicable',
      citation,
      'Không gia hạn thời gian quyết định kết nạp.',
      'No extension of the decision deadline.',
      details,
    );
  if (extension <= value.maxExtension)
    return check(
      'L-01',
      'pass',
      citation,
      `Thời hạn ra quyết định được gia hạn ${extension} ngày làm việc (tối đa ${value.maxExtension}).`,
      `The decision deadline was extended by ${extension} working days (at most ${value.maxExtension}).`,
      details,
    );
  return check(
    'L-01',
    'fail',
    citation,
    `Gia hạn ${extension} ngày làm việc là quá mức cho phép: chỉ được gia hạn một lần, không quá ${value.maxExtension} ngày làm việc (thời hạn được tính với ${value.maxExtension} ngày).${c.cellVote?.date ? ` Chi bộ họp ngày ${formatDateVi(c.cellVote.date)}.` : ''}`,
    `An extension of ${extension} working days exceeds the cap: one extension of at most ${value.maxExtension} working days (the deadline counts ${value.maxExtension}).`,
    details,
  );
}
