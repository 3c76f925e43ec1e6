/**
 * Building checks. Messages are written for a cell secretary: what is wrong and what to do, dates as dd/MM/yyyy,
 * every number taken from the rule set (never written into the text).
 */
import type { CaseStep, Check, CheckStatus } from './types.js';

/**
 * The step a rule is judged at when its check does not say otherwise: the consent rules at the decision, each
 * clock's order rule at its own step, everything else (eligibility, introducers, the vote) at the cell vote.
 */
const STEP_OF_RULE: Readonly<Record<string, CaseStep>> = {
  'E-04': 'decision',
  'L-01': 'decision',
  'L-03': 'ceremony',
  'L-10': 'recognition-vote',
  'L-11': 'recognition-decision',
};

/** A check value; `details` defaults to empty, `step` to the step the rule is usually judged at. */
export function check(
  rule: string,
  status: CheckStatus,
  citation: string,
  vi: string,
  en: string,
  details: Record<string, unknown> = {},
  step: CaseStep = STEP_OF_RULE[rule] ?? 'cell-vote',
): Check {
  return { rule, step, status, citation, message: { vi, en }, details };
}

/** The status of a rule that holds only when all its parts hold: any fail fails, else any pending is pending. */
export function combineStatuses(statuses: readonly CheckStatus[]): CheckStatus {
  if (statuses.includes('fail')) return 'fail';
  if (statuses.includes('pending')) return 'pending';
  if (statuses.includes('pass')) return 'pass';
  return 'not-applicable';
}

const SMALL_VI = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const SMALL_EN = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A count in words for a message (`2` → `hai` / `two`), digits from 11 on. */
export function countWords(n: number): { vi: string; en: string } {
  return { vi: SMALL_VI[n] ?? String(n), en: SMALL_EN[n] ?? String(n) };
}

/** A number of months as a reader says it: whole years as years (`216` → `18 tuổi`/`18 years`), else months. */
export function monthsAsYears(months: number): { vi: string; en: string } {
  return months % 12 === 0
    ? { vi: `${months / 12} năm`, en: `${months / 12} years` }
    : { vi: `${months} tháng`, en: `${months} months` };
}

/** A vote threshold as a fraction (`2/3`). */
export function fractionText(f: { numerator: number; denominator: number }): string {
  return `${f.numerator}/${f.denominator}`;
}
