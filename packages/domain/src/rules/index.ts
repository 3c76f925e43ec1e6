export { ageInMonths, checkAge, inBand } from './age.js';
export {
  type Case,
  type CaseIssue,
  caseSchema,
  type EducationLevel,
  educationLevels,
  leavingReasons,
  type ParsedCase,
  parseCase,
} from './case-schema.js';
export { catalogue, type Enforcement, type Implementation, type RuleEntry, ruleEntry } from './catalogue.js';
export { certificateValidUntil } from './certificate.js';
export { deadlineStatus } from './deadline-status.js';
export { caseDates, probationEnd, withinWorkingDays } from './deadlines.js';
export { atLeast, lowerSecondaryStanding } from './education.js';
export { type EvaluateOptions, evaluateCase } from './evaluate-case.js';
export {
  type IntroductionRoute,
  introductionRoute,
  type MemberIntroducerStanding,
  memberIntroducerStanding,
  type TogetherPeriod,
  togetherMonths,
  wholeMonths,
} from './introducers.js';
export { leavingReasonLabels, readmissionEarliest } from './readmission.js';
export {
  earliestJudgeableDate,
  type Fraction,
  type LeavingReason,
  type Parameter,
  type RuleSet,
  type RuleSetId,
  type RuleSetNumbers,
  ruleSetOn,
  ruleSets,
  type TogetherRelation,
} from './rule-sets.js';
export { renderRulesDoc } from './rules-doc.js';
export { defaultSettings, type RuleSettings, resolveSettings, standingCommitteeDecides } from './settings.js';
export type { CaseAnswer, Check, CheckStatus, Deadline, DeadlineStatus, RuleConfidence } from './types.js';
export { requiredVotes, type VoteRecord, type VoteStage, votePasses } from './votes.js';
