/**
 * The admission clock on working days (L-01, L-03, L-10, L-11) and the dates it fixes (L-05, L-06, L-12). Each
 * clock is judged by the rule set in force on the day it starts, and starts and stops only on steps that stand in
 * the lawful order (step-order.ts): a decision signed before the cell vote does not meet L-01.
 */
import type { WorkingCalendar } from '../calendar/index.js';
import type { IsoDate } from '../date.js';
import type { Case } from './case-schema.js';
import { ruleEntry } from './catalogue.js';
import { type CountBasis, countBasis, makeDeadline } from './deadline-status.js';
import { type RuleSet, ruleSetOn } from './rule-sets.js';
import { defaultSettings, type RuleSettings } from './settings.js';
import { type LawfulSteps, lawfulSteps, probationEnd, withinWorkingDays } from './step-order.js';
import type { CaseAnswer, CaseStep, Deadline } from './types.js';

export { probationEnd, withinWorkingDays };

/**
 * The dates fixed by the case, from the steps that stand ({@link lawfulSteps}): L-05 probation end (a ceremony held after the decision
 * was received); L-12 official date = that day and L-06 seniority = the admission decision's date, both only once
 * a recognition decision stands (after a carried recognition vote held once probation ended).
 */
export function caseDates(lawful: LawfulSteps): CaseAnswer['dates'] {
  const recognised = lawful.recognitionDecision !== null && lawful.probationEnds !== null;
  return {
    probationEnds: lawful.probationEnds,
    officialFrom: recognised ? lawful.probationEnds : null,
    seniorityFrom: recognised ? lawful.decision : null,
  };
}

/** One working-day clock: started on `start` (null: not started), `days(set)` long, stopped by `happened`. */
function clock(
  rule: string,
  step: CaseStep,
  start: IsoDate | null,
  days: (set: RuleSet) => { n: number; citation: string },
  happened: IsoDate | null,
  c: Case,
  calendar: WorkingCalendar,
): Deadline {
  const set = ruleSetOn(start ?? c.asOf);
  const { n, citation } = days(set);
  if (start === null) return makeDeadline(rule, step, set, citation, null, null, c.asOf);
  const due = withinWorkingDays(calendar, start, n);
  const basis: CountBasis = countBasis(calendar, start, due);
  return makeDeadline(rule, step, set, citation, due, happened, c.asOf, basis);
}

/**
 * L-01 (decision within 60 WD of a carried cell vote, plus the recorded extension up to its 30-WD cap), L-03
 * (ceremony within 30 WD of the cell receiving the decision), L-10 (recognition vote within 30 WD after probation
 * ends), L-11 (recognition decision within 30 WD of a carried recognition vote, plus its extension), and the two
 * clocks the commune's settings fix: V-07 (a verification request answered within the set working days) and D-H8 (the member record completed within the set working days of a
 * ceremony that stands). A clock that has not started is `not-applicable`; a step out of order does not stop it.
 */
export function caseDeadlines(
  c: Case,
  calendar: WorkingCalendar,
  settings: RuleSettings = defaultSettings,
  lawful: LawfulSteps = lawfulSteps(c, settings),
): Deadline[] {
  const verificationDays = settings.verificationResponseWorkingDays;
  const fixed = (rule: string, n: number) => () => ({ n, citation: ruleEntry(rule)?.citation ?? '' });
  const extension = c.decision?.extendedWorkingDays ?? 0;
  const recognitionExtension = c.recognitionDecision?.extendedWorkingDays ?? 0;
  return [
    clock(
      'L-01',
      'decision',
      lawful.cellVote,
      (set) => {
        const { value, citation } = set.numbers.decisionWorkingDays;
        return { n: value.base + Math.min(extension, value.maxExtension), citation };
      },
      lawful.decision,
      c,
      calendar,
    ),
    clock(
      'L-03',
      'ceremony',
      lawful.received,
      (set) => ({
        n: set.numbers.ceremonyWorkingDays.value,
        citation: set.numbers.ceremonyWorkingDays.citation,
      }),
      lawful.ceremony,
      c,
      calendar,
    ),
    clock(
      'L-10',
      'recognition-vote',
      lawful.probationEnds,
      (set) => ({
        n: set.numbers.recognitionVoteWorkingDays.value,
        citation: set.numbers.recognitionVoteWorkingDays.citation,
      }),
      lawful.recognitionVoteHeld,
      c,
      calendar,
    ),
    clock(
      'L-11',
      'recognition-decision',
      lawful.recognitionVote,
      (set) => {
        const { value, citation } = set.numbers.recognitionDecisionWorkingDays;
        return { n: value.base + Math.min(recognitionExtension, value.maxExtension), citation };
      },
      lawful.recognitionDecision,
      c,
      calendar,
    ),
    clock(
      'V-07',
      'cell-vote',
      c.dossier?.verificationRequestedOn ?? null,
      fixed('V-07', verificationDays),
      c.dossier?.verificationAnsweredOn ?? null,
      c,
      calendar,
    ),
    clock(
      'D-H8',
      'ceremony',
      lawful.ceremony,
      fixed('D-H8', settings.memberRecordWorkingDays),
      c.ceremony?.memberRecordCompletedOn ?? null,
      c,
      calendar,
    ),
  ];
}
