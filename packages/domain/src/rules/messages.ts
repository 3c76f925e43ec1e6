/**
 * Building checks. Messages are written for a cell secretary: what is wrong and what to do, dates as dd/MM/yyyy.
 */
import type { Check, CheckStatus } from './types.js';

/** A check value; `details` defaults to empty. */
export function check(
  rule: string,
  status: CheckStatus,
  citation: string,
  vi: string,
  en: string,
  details: Record<string, unknown> = {},
): Check {
  return { rule, status, citation, message: { vi, en }, details };
}

/** The status of a rule that holds only when all its parts hold: any fail fails, else any pending is pending. */
export function combineStatuses(statuses: readonly CheckStatus[]): CheckStatus {
  if (statuses.includes('fail')) return 'fail';
  if (statuses.includes('pending')) return 'pending';
  if (statuses.includes('pass')) return 'pass';
  return 'not-applicable';
}
