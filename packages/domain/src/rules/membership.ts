/**
 * Member-lifecycle clocks and party seniority: M-01 (official transfer), M-07 (appeal against discipline), M-08 and
 * D-H5 (the death or leaving notification slip) and M-11 (dues exemption at 50 years of seniority). Each clock is
 * judged by the rule set in force on the day it starts; a day no text of this engine covers is not applicable.
 */
import { vietnamCalendar, type WorkingCalendar } from '../calendar/index.js';
import { addDays, addMonths, compareDates, type IsoDate, parseIsoDate } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import { type CountBasis, countBasis, deadlineStatus, NO_WORKING_DAYS } from './deadline-status.js';
import { numberInForce } from './in-force.js';
import { check } from './messages.js';
import type { Check, LifecycleDeadline } from './types.js';

const NOT_STARTED = (rule: string): LifecycleDeadline => ({
  rule,
  due: null,
  status: 'not-applicable',
  ruleSet: null,
  citation: null,
  ...NO_WORKING_DAYS,
});

/** A started clock's deadline, cited by the rule set in force on its first day. */
function started(
  rule: string,
  inForce: { citation: string; ruleSet: { id: string } },
  due: IsoDate,
  happened: IsoDate | null,
  asOf: IsoDate,
  basis: CountBasis = NO_WORKING_DAYS,
): LifecycleDeadline {
  return {
    rule,
    due,
    status: deadlineStatus(due, happened, asOf),
    ruleSet: inForce.ruleSet.id,
    citation: inForce.citation,
    calendarBasis: basis.calendarBasis,
    unannouncedYears: [...basis.unannouncedYears],
  };
}

/** What the member record knows about one official transfer (chuyển sinh hoạt đảng chính thức). */
export interface TransferFacts {
  /** The day the transfer, retirement or discharge decision takes effect, or the long-term change of residence. */
  from: IsoDate | null;
  /** The day the member made the transfer procedure (applied to the cell with the self-review). */
  startedOn: IsoDate | null;
  /** The day the transfer letter (giấy giới thiệu sinh hoạt đảng) introduced the member to the receiving unit. */
  introducedOn: IsoDate | null;
  /** The day the member presented the letter to the receiving cell committee or grassroots committee. */
  presentedOn: IsoDate | null;
}

/**
 * M-01: `start` is due on the 60th working day after `from` (the procedure must be made by then), `presentLetter` on
 * the 30th working day after `introducedOn`; each is `met`/`missed` by its step, else `open`/`overdue` on `asOf`, and
 * `not-applicable` until its clock starts. A late member or unit explains in writing (not judged here).
 */
export function transferDeadlines(
  facts: TransferFacts,
  asOf: IsoDate,
  calendar: WorkingCalendar = vietnamCalendar,
): { start: LifecycleDeadline; presentLetter: LifecycleDeadline } {
  const clock = (
    start: IsoDate | null,
    part: 'start' | 'presentLetter',
    happened: IsoDate | null,
  ): LifecycleDeadline => {
    if (start === null) return NOT_STARTED('M-01');
    const days = numberInForce('M-01', 'transferWorkingDays', start);
    if (!days.ok) return NOT_STARTED('M-01');
    const due = calendar.addWorkingDays(start, days.value[part]);
    return started('M-01', days, due, happened, asOf, countBasis(calendar, start, due));
  };
  return {
    start: clock(facts.from, 'start', facts.startedOn),
    presentLetter: clock(facts.introducedOn, 'presentLetter', facts.presentedOn),
  };
}

/**
 * M-07: an appeal against a discipline decision is due within 30 calendar days of receiving it (`receivedOn` + 30
 * days, that day included; received 01/03 → last day 31/03). `not-applicable` before receipt or on a day whose rule
 * set holds no text (296-QĐ/TW is held from 294-QĐ/TW on).
 */
export function appealDeadline(
  facts: { receivedOn: IsoDate | null; appealedOn: IsoDate | null },
  asOf: IsoDate,
): LifecycleDeadline {
  if (facts.receivedOn === null) return NOT_STARTED('M-07');
  const days = numberInForce('M-07', 'disciplineAppealDays', facts.receivedOn);
  if (!days.ok) return NOT_STARTED('M-07');
  const due = addDays(facts.receivedOn, days.value);
  return started('M-07', days, due, facts.appealedOn, asOf);
}

/** Why a member's file leaves the unit: death (M-08) or leaving the Party (D-H5). */
export type LeavingKind = 'death' | 'left';

/**
 * M-08 (death) and D-H5 (death or leaving): the notification slip is sent with the member's file to the immediate
 * superior committee within 30 working days of drafting the slip (01-HD/TW 2021 Mục 8: "kể từ khi lập phiếu báo";
 * 06-HD/TW 2025 point 8.2). The deadline's rule is M-08 for a death, D-H5 for a member who left.
 */
export function leavingSlipDeadline(
  facts: { kind: LeavingKind; slipOn: IsoDate | null; sentOn: IsoDate | null },
  asOf: IsoDate,
  calendar: WorkingCalendar = vietnamCalendar,
): LifecycleDeadline {
  const rule = facts.kind === 'death' ? 'M-08' : 'D-H5';
  if (facts.slipOn === null) return NOT_STARTED(rule);
  const days = numberInForce(rule, 'leavingSlipWorkingDays', facts.slipOn);
  if (!days.ok) return NOT_STARTED(rule);
  const due = calendar.addWorkingDays(facts.slipOn, days.value);
  return started(rule, days, due, facts.sentOn, asOf, countBasis(calendar, facts.slipOn, due));
}

/** A member's party seniority (L-06): from the admission decision's date, less months spent outside the Party. */
export interface Seniority {
  seniorityFrom: IsoDate;
  /** Whole months of interruption (periods outside the Party) deducted from the seniority; 0 when none. */
  interruptedMonths?: number;
}

/**
 * Whole months of seniority on `on`: the most `n` with `seniorityFrom + n months ≤ on` (month ends clamp, as
 * everywhere in the engine), less the interruption; never below 0. 25/08/1976 → 25/08/2026 is 600.
 */
export function seniorityMonths(s: Seniority, on: IsoDate): number {
  const a = parseIsoDate(s.seniorityFrom);
  const b = parseIsoDate(on);
  let n = (b.year - a.year) * 12 + (b.month - a.month);
  while (n > 0 && compareDates(addMonths(s.seniorityFrom, n), on) > 0) n--;
  return Math.max(0, n - (s.interruptedMonths ?? 0));
}

/** The day a member completes `years` of seniority: `seniorityFrom + years × 12 + interruptedMonths` months. */
export function seniorityReached(s: Seniority, years: number): IsoDate {
  return addMonths(s.seniorityFrom, years * 12 + (s.interruptedMonths ?? 0));
}

/** `600` months → `50 năm 0 tháng` / `50 years 0 months`. */
export function seniorityText(months: number): { vi: string; en: string } {
  const y = Math.floor(months / 12);
  const m = months - y * 12;
  return { vi: `${y} năm ${m} tháng`, en: `${y} years ${m} months` };
}

/**
 * M-11 on `on` (a month's dues day): `pass` when the member has at least 50 full years of seniority (exempt from
 * dues, 01-QĐ/TW 2026), `not-applicable` when not yet (dues are paid; `details.exemptFrom` says from when),
 * `pending` without a seniority date, and `not-applicable` before 01/02/2026 (the earlier 342-QĐ/TW is not held).
 */
export function checkDuesExemption(
  s: { seniorityFrom: IsoDate | null; interruptedMonths?: number },
  on: IsoDate,
): Check {
  const years = numberInForce('M-11', 'duesExemptSeniorityYears', on);
  if (!years.ok) return years.check;
  if (s.seniorityFrom === null)
    return check(
      'M-11',
      'pending',
      years.citation,
      'Chưa có ngày tính tuổi đảng (ngày ghi trong quyết định kết nạp) để xét miễn đóng đảng phí.',
      'No seniority date (the admission decision’s date) to judge the dues exemption by.',
    );
  const seniority = { seniorityFrom: s.seniorityFrom, interruptedMonths: s.interruptedMonths ?? 0 };
  const months = seniorityMonths(seniority, on);
  const exemptFrom = seniorityReached(seniority, years.value);
  const text = seniorityText(months);
  const day = formatDateVi(on);
  const details = { seniorityMonths: months, exemptFrom, requiredYears: years.value, judgedOn: on };
  if (compareDates(on, exemptFrom) >= 0)
    return check(
      'M-11',
      'pass',
      years.citation,
      `Tuổi đảng ${text.vi} tính đến ngày ${day}: được miễn đóng đảng phí (đủ ${years.value} năm tuổi đảng từ ngày ${formatDateVi(exemptFrom)}).`,
      `${text.en} of seniority on ${day}: exempt from dues (${years.value} full years since ${formatDateVi(exemptFrom)}).`,
      { ...details, exempt: true },
    );
  return check(
    'M-11',
    'not-applicable',
    years.citation,
    `Tuổi đảng ${text.vi} tính đến ngày ${day}, chưa đủ ${years.value} năm: đóng đảng phí hằng tháng; được miễn từ ngày ${formatDateVi(exemptFrom)}.`,
    `${text.en} of seniority on ${day}, under ${years.value} years: dues are paid monthly; exempt from ${formatDateVi(exemptFrom)}.`,
    { ...details, exempt: false },
  );
}
