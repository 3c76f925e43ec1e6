/**
 * What every rule needs to know about a case: the day each step is judged on and the rule set of that day.
 */
import { compareDates, type IsoDate } from '../date.js';
import type { Case } from './case-schema.js';
import { type RuleSet, ruleSetOn } from './rule-sets.js';
import type { CheckStatus } from './types.js';

/** A case being judged. */
export interface Judging {
  case: Case;
  /** The cell vote's date once the cell has voted, else `asOf` (case-format.md): eligibility is judged on it. */
  on: IsoDate;
  /** True when `on` is the cell vote's date. */
  voted: boolean;
  ruleSet: RuleSet;
  /** The admission decision's date once signed, else `asOf`: the provincial consent is judged on it. */
  decisionOn: IsoDate;
  decided: boolean;
  decisionRuleSet: RuleSet;
}

/** Fixes the days and rule sets eligibility and the decision are judged by. */
export function judging(c: Case): Judging {
  const voteDate = c.cellVote?.date ?? null;
  const decisionDate = c.decision?.date ?? null;
  const on = voteDate ?? c.asOf;
  const decisionOn = decisionDate ?? c.asOf;
  const ruleSet = ruleSetOn(on);
  return {
    case: c,
    on,
    voted: voteDate !== null,
    ruleSet,
    decisionOn,
    decided: decisionDate !== null,
    decisionRuleSet: decisionOn === on ? ruleSet : ruleSetOn(decisionOn),
  };
}

/**
 * What a shortfall at the cell vote is: evidence (`fail`) once the cell has voted without it, `pending` before the
 * vote, while a later fact (a birthday, a certificate, another introducer) can still cure it.
 */
export function shortfall(j: Judging): CheckStatus {
  return j.voted ? 'fail' : 'pending';
}

/**
 * The details of a shortfall the case already shows (an expired certificate, an age under 18): before the vote
 * they carry `blocksVote: true`, as a vote held today would fail the rule (what the dashboard lists as blocked).
 */
export function shortfallDetails(j: Judging, details: Record<string, unknown>): Record<string, unknown> {
  return j.voted ? details : { ...details, blocksVote: true };
}

/**
 * A consent or approval required *before* the admission decision: `pass` when dated strictly before the decision
 * (or given while no decision exists yet), `pending` while neither exists, `fail` once a decision was signed without
 * an earlier one.
 */
export function priorStatus(consent: IsoDate | null, decision: IsoDate | null): CheckStatus {
  if (decision === null) return consent === null ? 'pending' : 'pass';
  return consent !== null && compareDates(consent, decision) < 0 ? 'pass' : 'fail';
}

/** Written consent of the provincial standing committee before the admission decision (E-04, E-07, L-20). */
export function priorConsentStatus(c: Case): CheckStatus {
  return priorStatus(c.consents?.provincialStandingCommittee ?? null, c.decision?.date ?? null);
}
