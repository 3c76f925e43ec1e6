/**
 * The closed lists of values the case format (case-format.md) and the rule sets name: education levels and the
 * reasons a former member left. A leaf module, so the schema and the rule sets both read it without importing each
 * other.
 */

/** Education levels, lowest first (case-format.md `candidate.education`). */
export const educationLevels = [
  'none',
  'literate',
  'primary',
  'lower-secondary',
  'upper-secondary',
  'vocational',
  'college',
  'university',
  'postgraduate',
] as const;

/** A candidate's highest recorded education. */
export type EducationLevel = (typeof educationLevels)[number];

/** Why a former member left (case-format.md `formerMember.reason`). */
export const leavingReasons = [
  'struck-off',
  'resigned',
  'resigned-family-hardship',
  'abandoned',
  'disunity',
  'expelled',
  'convicted-corruption',
  'convicted-serious',
  'convicted-minor',
] as const;
