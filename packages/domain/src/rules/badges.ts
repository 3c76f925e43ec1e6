/**
 * M-09: the Party badge (Huy hiệu Đảng) at 30, 40, 45, … 90 years of party seniority. A seriously ill member may
 * receive it early (up to 12 months for the 30- to 65-year badges, 24 months from the 70-year badge), and a member
 * who died short of a milestone by no more than 12 months receives it posthumously. Seniority counts from the
 * admission decision, interruptions deducted (L-06). Judged by the rule set in force on the award.
 */
import { addMonths, compareDates, type IsoDate } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import { numberInForce } from './in-force.js';
import { type Seniority, seniorityReached } from './membership.js';
import { check } from './messages.js';
import type { BadgeRules } from './rule-sets.js';
import { ruleSetOn } from './rule-sets.js';
import type { Check } from './types.js';

/** Why a badge may come before its milestone: serious illness, or a death short of the milestone. */
export type EarlyBadge = 'serious-illness' | 'posthumous';

/** How many months early `years`' badge may come on `ground`: 0 without one. */
export function badgeEarlyMonths(rules: BadgeRules, years: number, ground: EarlyBadge | null): number {
  if (ground === null) return 0;
  if (ground === 'posthumous') return rules.posthumousEarlyMonths;
  let months = 0;
  for (const band of rules.illnessEarlyMonths) if (years >= band.fromYears) months = band.months;
  return months;
}

/**
 * The next badge from `on`: the smallest milestone not yet reached on `on` and the day it is reached, by the rule set
 * in force on `on`; `null` past the last milestone.
 */
export function nextBadge(s: Seniority, on: IsoDate): { years: number; due: IsoDate } | null {
  for (const years of ruleSetOn(on).numbers.badgeMilestones.value.years) {
    const due = seniorityReached(s, years);
    if (compareDates(due, on) > 0) return { years, due };
  }
  return null;
}

/** One badge award to judge. */
export interface BadgeAward {
  seniorityFrom: IsoDate | null;
  interruptedMonths?: number;
  /** The badge: 30, 40, 45 … 90 years. */
  years: number;
  /** The award's day (the decision to award). */
  awardOn: IsoDate;
  /** Why it may come early; absent or `null` for an ordinary award. */
  early?: EarlyBadge | null;
  /** For a posthumous award: the day of death, which must be within the early months of the milestone. */
  diedOn?: IsoDate | null;
}

/**
 * M-09 on one award: `fail` for a badge that is not a milestone or comes too early; `pass` once the member has the
 * years of seniority on `awardOn` (ordinary), or is at most the early months short of them on `awardOn` (serious
 * illness) or on the day of death (posthumous); `pending` while the seniority date, or the day of death of a
 * posthumous award, is missing. `details.earliest` is the first day the award may be made (for a posthumous award,
 * the earliest day of death that allows it).
 */
export function checkBadgeAward(a: BadgeAward): Check {
  const rules = numberInForce('M-09', 'badgeMilestones', a.awardOn);
  if (!rules.ok) return rules.check;
  const { years: milestones } = rules.value;
  const ground = a.early ?? null;
  const details: Record<string, unknown> = { years: a.years, awardOn: a.awardOn, early: ground };
  if (!milestones.includes(a.years))
    return check(
      'M-09',
      'fail',
      rules.citation,
      `Không có Huy hiệu ${a.years} năm tuổi đảng: huy hiệu được xét ở các mốc ${milestones.join(', ')} năm.`,
      `There is no ${a.years}-year badge: badges are awarded at ${milestones.join(', ')} years.`,
      details,
    );
  if (a.seniorityFrom === null)
    return check(
      'M-09',
      'pending',
      rules.citation,
      'Chưa có ngày tính tuổi đảng (ngày ghi trong quyết định kết nạp) để xét tặng Huy hiệu Đảng.',
      'No seniority date (the admission decision’s date) to judge the badge by.',
      details,
    );
  const due = seniorityReached(
    { seniorityFrom: a.seniorityFrom, interruptedMonths: a.interruptedMonths },
    a.years,
  );
  const early = badgeEarlyMonths(rules.value, a.years, ground);
  const earliest = addMonths(due, -early);
  const measured = ground === 'posthumous' ? (a.diedOn ?? null) : a.awardOn;
  const d = { ...details, due, earlyMonths: early, earliest };
  const badge = `Huy hiệu ${a.years} năm tuổi đảng`;
  const badgeEn = `The ${a.years}-year badge`;
  if (measured === null)
    return check(
      'M-09',
      'pending',
      rules.citation,
      `${badge} truy tặng: cần ghi ngày từ trần (chỉ truy tặng khi còn thiếu không quá ${early} tháng).`,
      `${badgeEn} awarded posthumously: record the day of death (at most ${early} months short).`,
      d,
    );
  const dueVi = formatDateVi(due);
  if (compareDates(measured, earliest) >= 0)
    return check(
      'M-09',
      'pass',
      rules.citation,
      early === 0
        ? `${badge}: đủ tuổi đảng từ ngày ${dueVi}.`
        : `${badge}: đủ tuổi đảng ngày ${dueVi}; được ${ground === 'posthumous' ? 'truy tặng' : 'tặng sớm vì ốm nặng'} khi còn thiếu không quá ${early} tháng (từ ngày ${formatDateVi(earliest)}).`,
      early === 0
        ? `${badgeEn}: the seniority is reached on ${dueVi}.`
        : `${badgeEn}: reached on ${dueVi}; ${ground === 'posthumous' ? 'awarded posthumously' : 'awarded early for serious illness'} at most ${early} months short (from ${formatDateVi(earliest)}).`,
      d,
    );
  const day = formatDateVi(measured);
  return check(
    'M-09',
    'fail',
    rules.citation,
    ground === 'posthumous'
      ? `${badge}: đồng chí từ trần ngày ${day}, còn thiếu hơn ${early} tháng so với ngày đủ tuổi đảng ${dueVi}, nên không được truy tặng.`
      : `${badge} chưa được tặng ngày ${day}: đủ tuổi đảng ngày ${dueVi}${early > 0 ? `; tặng sớm vì ốm nặng sớm nhất từ ngày ${formatDateVi(earliest)} (${early} tháng)` : ''}.`,
    ground === 'posthumous'
      ? `${badgeEn}: the member died on ${day}, more than ${early} months before reaching it on ${dueVi}; no posthumous award.`
      : `${badgeEn} may not be awarded on ${day}: it is reached on ${dueVi}${early > 0 ? `; early for serious illness from ${formatDateVi(earliest)} (${early} months)` : ''}.`,
    d,
  );
}
