/**
 * Which number judges a rule on a day, for the rules judged outside `evaluateCase` (member lifecycle, grading): the
 * rule set in force that day, unless the set holds no text for the rule (its parameter is `null`: 366-QĐ/TW is not
 * held by the sets before 294-QĐ/TW) or the day is outside the rule's catalogue dates (`effective`: a text that starts
 * within a set, as 366-QĐ/TW on 30/08/2025). A day no text covers is `not-applicable`, never judged by a later text.
 */
import { compareDates, type IsoDate } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import { ruleEntry } from './catalogue.js';
import { check } from './messages.js';
import {
  earliestJudgeableDate,
  type RuleSet,
  type RuleSetNumbers,
  ruleSetOn,
  ruleSets,
} from './rule-sets.js';
import type { Check } from './types.js';

type ValueOf<K extends keyof RuleSetNumbers> = NonNullable<RuleSetNumbers[K]['value']>;

/** The number that judges a rule on a day, or the `not-applicable` check saying no text covers that day. */
export type NumberInForce<T> =
  | { ok: true; value: T; citation: string; ruleSet: RuleSet }
  | { ok: false; check: Check };

/** The first day `rule` is judged with `name`: the later of its catalogue start and the first set holding a value. */
export function firstJudgedOn(rule: string, name: keyof RuleSetNumbers): IsoDate | null {
  const from = ruleEntry(rule)?.effective.from ?? earliestJudgeableDate;
  const set = ruleSets.find((s) => s.numbers[name].value !== null);
  if (!set) return null;
  return compareDates(set.inForceFrom, from) > 0 ? set.inForceFrom : from;
}

/**
 * The number `name` that judges `rule` on `on` (the day of the step judged). Not in force when `on` is before the
 * oldest rule set or outside the rule's catalogue dates, or when the set in force holds no text for it.
 */
export function numberInForce<K extends keyof RuleSetNumbers>(
  rule: string,
  name: K,
  on: IsoDate,
): NumberInForce<ValueOf<K>> {
  const entry = ruleEntry(rule);
  const first = firstJudgedOn(rule, name);
  const ended = entry?.effective.to != null && compareDates(on, entry.effective.to) > 0;
  if (first !== null && compareDates(on, first) >= 0 && !ended) {
    const ruleSet = ruleSetOn(on);
    const parameter = ruleSet.numbers[name];
    if (parameter.value !== null)
      return { ok: true, value: parameter.value as ValueOf<K>, citation: parameter.citation, ruleSet };
  }
  const day = formatDateVi(on);
  const since = first === null ? '' : ` (áp dụng từ ngày ${formatDateVi(first)})`;
  const sinceEn = first === null ? '' : ` (it applies from ${formatDateVi(first)})`;
  return {
    ok: false,
    check: check(
      rule,
      'not-applicable',
      entry?.citation ?? '—',
      `Ngày ${day} không thuộc thời gian áp dụng quy định ${rule} mà hệ thống có${since}: cần xét theo văn bản có hiệu lực vào ngày đó.`,
      `No text this engine holds for ${rule} is in force on ${day}${sinceEn}: judge by the text in force that day.`,
      { judgedOn: on, appliesFrom: first },
    ),
  };
}
