/**
 * Settings for the rules the catalogue marks L (unverified or local practice): each has a documented default that
 * the commune's Organisation Board should confirm, and can be overridden without a code change. The catalogue of
 * settings (why each is one, its bounds) is settings-catalogue.ts; the input schema settings-schema.ts.
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
  /** I-08: months a person must be on the sympathiser list before the cell vote (0 = no minimum). */
  sympathiserMinMonths: number;
  /** D-H8: working days after the ceremony to complete the Party-member record. */
  memberRecordWorkingDays: number;
}

/** The name of one setting. */
export type SettingKey = keyof RuleSettings;

/** A commune's overrides: only the settings whose value differs from the default, each given whole. */
export type SettingOverrides = Partial<RuleSettings>;

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
export function resolveSettings(overrides: SettingOverrides = {}): RuleSettings {
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

/** T-07: the fewest members in favour that decide among `members` under `threshold`. */
export function standingCommitteeRequired(
  members: number,
  threshold: RuleSettings['standingCommitteeThreshold'] = defaultSettings.standingCommitteeThreshold,
): number {
  const exact = (threshold.numerator * members) / threshold.denominator;
  return threshold.strict ? Math.floor(exact) + 1 : Math.ceil(exact);
}

/** A T-07 threshold as a reader says it: "quá 1/2" / "more than 1/2", "ít nhất 2/3" / "at least 2/3". */
export function thresholdText(threshold: RuleSettings['standingCommitteeThreshold']): {
  vi: string;
  en: string;
} {
  const f = `${threshold.numerator}/${threshold.denominator}`;
  return threshold.strict
    ? { vi: `quá ${f}`, en: `more than ${f}` }
    : { vi: `ít nhất ${f}`, en: `at least ${f}` };
}
