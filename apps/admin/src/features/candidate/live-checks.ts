import {
  type BasicProfile,
  type Check,
  evaluateCase,
  type PipelineEvent,
  type SensitiveProfile,
  type TransitionContext,
  toCase,
} from '@ketnap/domain';

type Context = Omit<TransitionContext, 'recordedBy'>;

/** The checks of the case with `candidate` as the browser's copy of the record, today; not-applicable ones left out. */
function checksOf(
  candidate: Context['candidate'],
  history: readonly PipelineEvent[],
  context: Context,
): Check[] {
  return evaluateCase(
    toCase(candidate, history, context.members, context.unit, context.asOf),
    context.settings ? { settings: context.settings } : {},
  ).checks.filter((check) => check.status !== 'not-applicable');
}

/**
 * The rule checks of the case as it would stand with `profile` instead of the stored one: `evaluateCase` on the
 * browser's copy of the record, today. Not-applicable rules are left out. The server judges the saved record again.
 */
export function profileChecks(
  profile: BasicProfile,
  history: readonly PipelineEvent[],
  context: Context,
): Check[] {
  return checksOf({ ...context.candidate, profile }, history, context);
}

/** The same with the sensitive record edited (former membership drives the re-admission rules L-20..L-22). */
export function sensitiveChecks(
  sensitive: SensitiveProfile,
  history: readonly PipelineEvent[],
  context: Context,
): Check[] {
  return checksOf({ ...context.candidate, sensitive }, history, context);
}
