/**
 * What every eligibility rule needs to know about a case: the day it is judged on and the rule set of that day.
 */
import { compareDates, type IsoDate } from '../date.js';
import type { Case } from './case-schema.js';
import { type RuleSet, ruleSetOn } from './rule-sets.js';
import type { CheckStatus } from './types.js';

/** A case being judged for eligibility. */
export interface Judging {
  case: Case;
  /** The cell vote's date once the cell has voted, else `asOf` (case-format.md). */
  on: IsoDate;
  /** True when `on` is the cell vote's date. */
  voted: boolean;
  ruleSet: RuleSet;
}

/** Fixes the day and rule set eligibility is judged by. */
export function judging(c: Case): Judging {
  const voteDate = c.cellVote?.date ?? null;
  const on = voteDate ?? c.asOf;
  return { case: c, on, voted: voteDate !== null, ruleSet: ruleSetOn(on) };
}

/**
 * Written consent of the provincial standing committee, required *before* the admission decision (E-04, E-07, L-20):
 * `pass` when dated strictly before the decision (or given while no decision exists yet), `pending` while neither
 * exists, `fail` once a decision was signed without an earlier consent.
 */
export function priorConsentStatus(c: Case): CheckStatus {
  const consent = c.consents?.provincialStandingCommittee ?? null;
  const decision = c.decision?.date ?? null;
  if (decision === null) return consent === null ? 'pending' : 'pass';
  return consent !== null && compareDates(consent, decision) < 0 ? 'pass' : 'fail';
}
