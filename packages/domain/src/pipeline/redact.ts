/**
 * What a reader of a candidate's file sees of the rules and events that depend on a sensitive field. The former
 * membership (items 15–16 of the personal history) is sensitive: the re-admission rules (L-20..L-22) apply only to
 * a former member, and a consent given for a re-admission is recorded only for one. So their very presence, status
 * or reason names who was a party member before.
 *
 * Two readers:
 * - one who may read the sensitive fields (commune office, the own cell's secretary) but has not opened the audited
 *   read: sees each such check's status, not why (`maskSensitiveCheck`);
 * - one who may not (a viewer): sees neither the checks nor the events (`withoutSensitiveRules`,
 *   `withoutSensitiveEvents`), for every candidate alike, so that what is missing says nothing either.
 *
 * The same reader who may not see sensitive fields sees the members a step names (introducer, helper) without their
 * names (`memberAsSeen`): who introduced whom is the cell's business, not a read-only viewer's.
 */
import type { Bilingual } from '../calendar/calendar-data.js';
import type { Check } from '../rules/types.js';
import type { PipelineEvent } from './events.js';

/** The rules whose applicability depends on a sensitive field: re-admission of a former member (L-20..L-22). */
export const SENSITIVE_RULES: ReadonlySet<string> = new Set(['L-20', 'L-21', 'L-22']);

/** True when the rule `rule` is applicable only because of a sensitive field. */
export function dependsOnSensitive(rule: string): boolean {
  return SENSITIVE_RULES.has(rule);
}

/**
 * A sensitive rule's check with its message and details replaced by a pointer to the sensitive record (they quote
 * why a former member left); its status stays. Any other check is returned as is.
 */
export function maskSensitiveCheck(check: Check): Check {
  if (!dependsOnSensitive(check.rule) || check.status === 'not-applicable') return check;
  return {
    ...check,
    message: {
      vi: 'Trường hợp kết nạp lại: xem chi tiết trong phần thông tin nhạy cảm.',
      en: 'Re-admission: see the sensitive record for details.',
    },
    details: {},
  };
}

/** The items (checks, deadlines, blocking rules) a reader without access to sensitive fields may see. */
export function withoutSensitiveRules<T extends { rule: string }>(items: readonly T[]): T[] {
  return items.filter((item) => !dependsOnSensitive(item.rule));
}

/** True when an event is recorded only because of a sensitive field (a consent given for a re-admission). */
export function isSensitiveEvent(event: PipelineEvent): boolean {
  return event.kind === 'consent' && event.reason === 'readmission';
}

/** A history as a reader without access to sensitive fields may see it: the sensitive events left out. */
export function withoutSensitiveEvents<E extends PipelineEvent>(history: readonly E[]): E[] {
  return history.filter((event) => !isSensitiveEvent(event));
}

/** A member named by a step, for a reader who may not see names: that there is one, not who. */
export const WITHHELD_MEMBER: Bilingual = {
  vi: 'một đảng viên chính thức (tên không hiển thị với tài khoản này)',
  en: 'an official member (name not shown to this account)',
};

/** A member a step names, as the reader sees them: the name for a reader who may (`sees`), else withheld. */
export function memberAsSeen(name: string | undefined, sees: boolean): Bilingual {
  if (!sees) return WITHHELD_MEMBER;
  const shown = name ?? '?';
  return { vi: shown, en: shown };
}
