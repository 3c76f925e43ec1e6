/**
 * The shapes the rules engine answers with (case-format.md, "The answer"). Business outcomes are values: a rule that
 * is not met is a `fail` check, never an exception.
 */
import type { Bilingual } from '../calendar/index.js';
import type { IsoDate } from '../date.js';

/** H = primary text or two reproductions; M = one secondary source or inference; L = unverified (rules.md). */
export type RuleConfidence = 'H' | 'M' | 'L';

/** `pending`: the step is still to come or its data is missing; `fail` only on evidence. */
export type CheckStatus = 'pass' | 'fail' | 'pending' | 'not-applicable';

/**
 * The steps of the case a rule is judged at (case-format.md): eligibility at the cell vote, the provincial consent
 * at the admission decision, the recognition conditions at the recognition vote. A check or deadline is named by
 * its rule and its step together: O-04 and T-02 are judged at the cell vote and again at the recognition vote.
 */
export const caseSteps = [
  'cell-vote',
  'decision',
  'ceremony',
  'recognition-vote',
  'recognition-decision',
] as const;

/** One step of {@link caseSteps}. */
export type CaseStep = (typeof caseSteps)[number];

/**
 * One rule judged on one case at one step. `details` holds the numbers the judgement used (JSON values only); a
 * `pending` check that time alone will settle carries `details.earliest`, the first day it can pass.
 */
export interface Check {
  rule: string;
  step: CaseStep;
  status: CheckStatus;
  citation: string;
  message: Bilingual;
  details: Record<string, unknown>;
}

/**
 * `met`/`missed`: the step happened on or before / after `due`; `open`/`overdue`: it has not happened and `asOf` is
 * on or before / after `due`; `not-applicable`: the clock has not started (then `due` is null). A step out of the
 * lawful order does not count as happened for its deadline.
 */
export type DeadlineStatus = 'met' | 'missed' | 'open' | 'overdue' | 'not-applicable';

/**
 * Whether a deadline's working days were counted on announced days off only (`announced`) or cross a year whose
 * arrangement (Tết, swapped days) was not announced, so the statutory defaults stood in (`statutory-default`): the
 * due day may still move when that year is announced. A deadline that counts no working days is `announced`.
 */
export type CalendarBasis = 'announced' | 'statutory-default';

/**
 * A deadline on the case: `due` is the last day the step (`step`) may happen. `ruleSet` and `citation` name the
 * regulation and text in force on the day the clock started (on `asOf` while it has not started).
 */
export interface Deadline {
  rule: string;
  step: CaseStep;
  due: IsoDate | null;
  status: DeadlineStatus;
  ruleSet: string;
  citation: string;
  calendarBasis: CalendarBasis;
  /** The years the count crossed whose days off were not announced (empty when `calendarBasis` is `announced`). */
  unannouncedYears: number[];
}

/**
 * A deadline of a member's life after admission (M-01, M-07, M-08, D-H5), judged outside the case: like a case
 * deadline but with no case step; `ruleSet` and `citation` are those in force on the day its clock started, null while
 * it has not started (or on a day no text of this engine covers).
 */
export interface LifecycleDeadline extends Omit<Deadline, 'step' | 'ruleSet' | 'citation'> {
  ruleSet: string | null;
  citation: string | null;
}

/** The answer of `evaluateCase`, exactly the JSON shape of case-format.md (with its documented additions). */
export interface CaseAnswer {
  /** Id of the rule set that judged eligibility (in force on the cell vote, or on `asOf` before the vote). */
  ruleSet: string;
  checks: Check[];
  deadlines: Deadline[];
  dates: {
    /** L-05: ceremony + 12 months, once a ceremony stands (held after the decision was received). */
    probationEnds: IsoDate | null;
    /** L-12: the day probation ends, once a recognition decision stands (after a carried recognition vote). */
    officialFrom: IsoDate | null;
    /** L-06: the admission decision's date, once recognised official. */
    seniorityFrom: IsoDate | null;
  };
}
