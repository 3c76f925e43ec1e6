import {
  type BasicProfile,
  type Check,
  evaluateCase,
  type PipelineEvent,
  type TransitionContext,
  toCase,
} from '@ketnap/domain';

/**
 * The rule checks of the case as it would stand with `profile` instead of the stored one: `evaluateCase` on the
 * browser's copy of the record, today. Not-applicable rules are left out. The server judges the saved record again.
 */
export function profileChecks(
  profile: BasicProfile,
  history: readonly PipelineEvent[],
  context: Omit<TransitionContext, 'recordedBy'>,
): Check[] {
  const facts = { ...context.candidate, profile };
  return evaluateCase(toCase(facts, history, context.members, context.unit, context.asOf)).checks.filter(
    (check) => check.status !== 'not-applicable',
  );
}
