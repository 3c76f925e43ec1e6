export { ageAgainstWindow, ageInMonths, ageReachedOn, ageText, checkAge, inBand } from './age.js';
export { type BadgeAward, badgeEarlyMonths, checkBadgeAward, type EarlyBadge, nextBadge } from './badges.js';
export { type CrossFieldIssue, impossibleDates, impossibleOrder } from './case-dates.js';
export { type Case, type EducationLevel, educationLevels, leavingReasons } from './case-schema.js';
export { catalogue, type Enforcement, type Implementation, type RuleEntry, ruleEntry } from './catalogue.js';
export { certificateValidUntil } from './certificate.js';
export {
  type CommitteeBody,
  type CommitteeVote,
  checkAuthorisedDecision,
  checkCommitteeResolution,
  committeeCarries,
} from './committee.js';
export { type CountBasis, countBasis, deadlineStatus } from './deadline-status.js';
export { caseDates, caseDeadlines, probationEnd, withinWorkingDays } from './deadlines.js';
export { atLeast, lowerSecondaryStanding } from './education.js';
export { type EvaluateOptions, evaluateCase } from './evaluate-case.js';
export { checkRepeatedVotes, type RepeatedVoteStage } from './failed-votes.js';
export {
  checkAnnualReview,
  checkExcellentShare,
  checkGrade,
  checkMeritAward,
  excellentCap,
  type GradingFacts,
  highestGrade,
  type MeritAward,
  type ReviewFacts,
} from './grading.js';
export { firstJudgedOn, type NumberInForce, numberInForce } from './in-force.js';
export {
  type IntroductionRoute,
  introductionRoute,
  type MemberIntroducerStanding,
  memberIntroducerStanding,
} from './introducer-standing.js';
export {
  appealDeadline,
  checkDuesExemption,
  type LeavingKind,
  leavingSlipDeadline,
  type Seniority,
  seniorityMonths,
  seniorityReached,
  seniorityText,
  type TransferFacts,
  transferDeadlines,
} from './membership.js';
export { notComputedReasons } from './not-computed.js';
export { type CaseIssue, caseSchema, type ParsedCase, parseCase } from './parse-case.js';
export { leavingReasonLabels, readmissionEarliest } from './readmission.js';
export { requiresSpecialApproval } from './religious.js';
export {
  type BadgeRules,
  citationOn,
  earliestJudgeableDate,
  type Fraction,
  type GradingScale,
  type LeavingReason,
  type Parameter,
  type RuleSet,
  type RuleSetId,
  type RuleSetNumbers,
  regulationName,
  ruleSetOn,
  ruleSets,
  type TogetherRelation,
} from './rule-sets.js';
export { renderRulesDoc } from './rules-doc.js';
export {
  defaultSettings,
  type RuleSettings,
  resolveSettings,
  type SettingKey,
  type SettingOverrides,
  standingCommitteeDecides,
  standingCommitteeRequired,
  thresholdText,
} from './settings.js';
export { type SettingEntry, settingCatalogue, settingEntry } from './settings-catalogue.js';
export { ruleSettingsSchema } from './settings-schema.js';
export {
  decisionVoid,
  type LawfulSteps,
  lawfulSteps,
  type OrderedStep,
  stepOrderChecks,
} from './step-order.js';
export { type DatedText, guides, inForceOn, youthLaws } from './texts.js';
export { type TogetherPeriod, togetherMonths, togetherReachedOn, wholeMonths } from './together.js';
export {
  type CalendarBasis,
  type CaseAnswer,
  type CaseStep,
  type Check,
  type CheckStatus,
  caseSteps,
  type Deadline,
  type DeadlineStatus,
  type LifecycleDeadline,
  type RuleConfidence,
} from './types.js';
export {
  answerDayProblem,
  checkVerifications,
  isOpenVerification,
  sameVerifiedPerson,
  sentDayProblem,
  type VerificationAnswer,
  type VerificationDeadline,
  type VerificationFacts,
  type VerifiedRelation,
  verificationAnswerLabels,
  verificationAnswers,
  verificationDeadline,
  verificationRefusals,
  verifiedRelationLabels,
  verifiedRelations,
} from './verification.js';
export { requiredVotes, type VoteRecord, type VoteStage, votePasses } from './votes.js';
