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

/** One rule judged on one case. `details` holds the numbers the judgement used (JSON values only). */
export interface Check {
  rule: string;
  status: CheckStatus;
  citation: string;
  message: Bilingual;
  details: Record<string, unknown>;
}

/**
 * `met`/`missed`: the step happened on or before / after `due`; `open`/`overdue`: it has not happened and `asOf` is
 * on or before / after `due`; `not-applicable`: the clock has not started (then `due` is null).
 */
export type DeadlineStatus = 'met' | 'missed' | 'open' | 'overdue' | 'not-applicable';

/** A deadline on the case: `due` is the last day the step may happen. */
export interface Deadline {
  rule: string;
  due: IsoDate | null;
  status: DeadlineStatus;
}

/** The answer of `evaluateCase`, exactly the JSON shape of case-format.md. */
export interface CaseAnswer {
  /** Id of the rule set that judged eligibility (in force on the cell vote, or on `asOf` before the vote). */
  ruleSet: string;
  checks: Check[];
  deadlines: Deadline[];
  dates: {
    /** L-05: ceremony + 12 months. */
    probationEnds: IsoDate | null;
    /** L-12: the day probation ends, once the recognition decision exists. */
    officialFrom: IsoDate | null;
    /** L-06: the admission decision's date, once recognised official. */
    seniorityFrom: IsoDate | null;
  };
}
