/**
 * Settings for the rules the catalogue marks L (unverified or local practice): each has a documented default that
 * the commune's Organisation Board should confirm, and can be overridden without a code change.
 */
import type { Fraction } from './rule-sets.js';

/** The configurable values of the L rules. */
export interface RuleSettings {
  /** D-V2: months a dossier paper stays valid (background record from its certification; other papers). */
  documentValidityMonths: { background: number; otherPapers: number };
  /** T-07: share of the standing committee needed to decide; `strict` means "more than", else "at least". */
  standingCommitteeThreshold: Fraction & { strict: boolean };
  /** V-07: working days a committee has to answer a verification request before it is reminded. */
  verificationResponseWorkingDays: number;
  /** I-08: months a person must be on the sympathiser list before the dossier starts (0 = no minimum). */
  sympathiserMinMonths: number;
  /** D-H8: working days after the ceremony to complete the Party-member record. */
  memberRecordWorkingDays: number;
}

/** The defaults: rules.md's unverified values, and "more than half" (Charter Art. 9.5) for the standing committee. */
export const defaultSettings: RuleSettings = {
  documentValidityMonths: { background: 12, otherPapers: 6 },
  standingCommitteeThreshold: { numerator: 1, denominator: 2, strict: true },
  // No text states one (V-07); 15 working days (three weeks) is this software's default, to confirm locally.
  verificationResponseWorkingDays: 15,
  sympathiserMinMonths: 0,
  memberRecordWorkingDays: 30,
};

/** The defaults with `overrides` applied (a commune's confirmed values). */
export function resolveSettings(overrides: Partial<RuleSettings> = {}): RuleSettings {
  return { ...defaultSettings, ...overrides };
}

/**
 * T-07: whether `inFavour` of `members` standing-committee members decide, under `threshold` (default more than
 * half: 5 of 9 pass, 4 of 8 do not). `members` ≥ 1.
 */
export function standingCommitteeDecides(
  inFavour: number,
  members: number,
  threshold: RuleSettings['standingCommitteeThreshold'] = defaultSettings.standingCommitteeThreshold,
): boolean {
  const lhs = inFavour * threshold.denominator;
  const rhs = threshold.numerator * members;
  return members >= 1 && (threshold.strict ? lhs > rhs : lhs >= rhs);
}
