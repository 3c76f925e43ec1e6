/**
 * For one open candidate: the earliest day each remaining step toward the admission decision can lawfully happen,
 * judged with the rules engine's own functions (age in months E-02/E-03, certificate validity E-08, the vote
 * threshold T-02, the decision clock L-01) and the working-day calendar.
 */
import type { Bilingual, WorkingCalendar } from '../calendar/index.js';
import { addMonths, compareDates, formatIsoDate, fromEpochDay, type IsoDate, toEpochDay } from '../date.js';
import { formatDateVi as vi } from '../locale/date-vi.js';
import {
  ageInMonths,
  ageReachedOn,
  ageText,
  certificateValidUntil,
  ruleSetOn,
  type TogetherPeriod,
  togetherMonths,
  votePasses,
  withinWorkingDays,
} from '../rules/index.js';
import type { ForecastFacts } from './facts.js';

/** "What if" inputs of the forecast. */
export interface WhatIf {
  /** The next Party-awareness class ends (certificates issued) on this day. Absent: a class may end any day. */
  classEndsOn?: IsoDate;
  /** A cell meets to vote on this day (cell id → day). Absent: the cell may meet any day. */
  cellVotes?: Readonly<Record<string, IsoDate>>;
}

/** A remaining step and the earliest day it may happen; `rule` is what fixes that day. */
export interface StepForecast {
  step: 'certificate' | 'cell-vote' | 'admission-decision';
  /** The rule that fixes the day: E-08 (class), E-02/E-08/I-03 (vote), L-01 (decision). */
  earliest: IsoDate;
  rule: string;
}

/** A note the office should read beside the dates. */
export interface ForecastNote {
  code:
    | 'FORECAST.CERTIFICATE_EXPIRES'
    | 'FORECAST.UNDER_AGE'
    | 'FORECAST.INTRODUCER_WAIT'
    | 'FORECAST.INTRODUCER_SHORT'
    | 'FORECAST.OVER_AGE_CONSENT'
    | 'FORECAST.VOTE_FAILED'
    | 'FORECAST.WHAT_IF_TOO_EARLY'
    | 'FORECAST.DECISION_OVERDUE';
  message: Bilingual;
}

/** A candidate's forecast: remaining steps, the earliest admission decision, and whether it can fall in `year`. */
export interface CandidateForecast {
  candidateId: string;
  cellId: string;
  steps: StepForecast[];
  earliestAdmission: IsoDate;
  /** The L-01 last day for the decision when the cell has (or would have) voted on its earliest day. */
  decisionDue: IsoDate;
  inYear: boolean;
  notes: ForecastNote[];
}

const later = (a: IsoDate, b: IsoDate): IsoDate => (compareDates(a, b) >= 0 ? a : b);

/** T-02's share as a fraction (`2/3`), of the set in force on `on`. */
const share = (on: IsoDate): string => {
  const { numerator, denominator } = ruleSetOn(on).numbers.voteThreshold.value;
  return `${numerator}/${denominator}`;
};

/**
 * The first day of the month in which the candidate is old enough under E-02/E-03 (age counts whole months, the
 * day ignored): `ageInMonths(birth, day) >= min` holds from that day on.
 */
export function firstEligibleDay(birthDate: IsoDate, minMonths: number): IsoDate {
  return ageReachedOn(birthDate, minMonths);
}

/**
 * I-03: the first day from `from` on which an introducer's recorded periods add up to `required` whole months
 * before the day (the rules engine's own count, `togetherMonths`); null when they never will (every period has
 * ended short). The count only grows with the day while a period is ongoing, so the day is found by bisection.
 */
export function togetherEnoughOn(
  periods: readonly TogetherPeriod[],
  from: IsoDate,
  required: number,
  relations: readonly string[],
): IsoDate | null {
  const enough = (day: number) => togetherMonths(periods, fromEpochDay(day), relations) >= required;
  let lo = toEpochDay(from);
  if (enough(lo)) return from;
  let hi = toEpochDay(addMonths(from, required + 1));
  if (!enough(hi)) return null;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (enough(mid)) hi = mid;
    else lo = mid;
  }
  return fromEpochDay(hi);
}

/**
 * Forecasts one open candidate on `asOf` for `year`. Steps happen no earlier than `asOf`. The certificate must be
 * valid on the vote (E-08: a certificate that would expire before the earliest vote is re-taken at the next class);
 * the vote waits for the 18th birthday month (E-02); a what-if vote day earlier than lawful is moved to the lawful
 * day with a note; a recorded vote that carried (T-02) stands; the decision may come from the next working day
 * after the vote, and is due within L-01's 60 working days.
 */
export function forecastCandidate(
  f: ForecastFacts,
  year: number,
  asOf: IsoDate,
  calendar: WorkingCalendar,
  whatIf: WhatIf = {},
): CandidateForecast {
  const rules = ruleSetOn(asOf).numbers;
  const notes: ForecastNote[] = [];
  const steps: StepForecast[] = [];
  const classDay = whatIf.classEndsOn ? later(asOf, whatIf.classEndsOn) : asOf;

  const recorded = f.cellVote;
  const carried =
    recorded !== null &&
    (recorded.officialMembers === null ||
      recorded.inFavour === null ||
      votePasses(
        {
          officialMembers: recorded.officialMembers,
          notCounted: recorded.notCounted,
          inFavour: recorded.inFavour,
        },
        ruleSetOn(recorded.on).numbers,
      ));
  if (recorded !== null && !carried) {
    notes.push({
      code: 'FORECAST.VOTE_FAILED',
      message: {
        vi: `Nghị quyết chi bộ ngày ${vi(recorded.on)} không đạt ${share(recorded.on)} (T-02): chi bộ cần xét lại.`,
        en: `The cell vote on ${vi(recorded.on)} did not reach ${share(recorded.on)} (T-02): the cell must vote again.`,
      },
    });
  }

  let voteDay: IsoDate;
  if (recorded !== null && carried) {
    voteDay = recorded.on;
  } else {
    // E-02: not before the month the candidate turns 18.
    const ageDay = firstEligibleDay(f.birthDate, rules.ageWindowMonths.value.min);
    let lawful = later(asOf, ageDay);
    if (compareDates(ageDay, asOf) > 0) {
      notes.push({
        code: 'FORECAST.UNDER_AGE',
        message: {
          vi: `Quần chúng đủ ${ageText(rules.ageWindowMonths.value.min).vi} (tính theo tháng) từ ngày ${vi(ageDay)}: chi bộ chỉ xét từ ngày đó (E-02).`,
          en: `The candidate turns ${ageText(rules.ageWindowMonths.value.min).en} (in months) on ${vi(ageDay)}: the cell may vote from then (E-02).`,
        },
      });
    }
    // I-03: each recorded member introducer must have been together with the candidate long enough by the vote.
    for (const periods of f.introducers) {
      const required = rules.introducerTogetherMonths.value;
      const ready = togetherEnoughOn(periods, lawful, required, rules.introducerRelations.value);
      if (ready === null) {
        notes.push({
          code: 'FORECAST.INTRODUCER_SHORT',
          message: {
            vi: `Một đảng viên giới thiệu chưa đủ ${required} tháng cùng công tác, học tập hoặc cư trú với quần chúng và không còn thời gian tính thêm (I-03): cần người giới thiệu khác.`,
            en: `A member introducer has not been together with the candidate for ${required} months and no period is ongoing (I-03): another introducer is needed.`,
          },
        });
      } else if (compareDates(ready, lawful) > 0) {
        notes.push({
          code: 'FORECAST.INTRODUCER_WAIT',
          message: {
            vi: `Đảng viên giới thiệu đủ ${required} tháng cùng công tác với quần chúng từ ngày ${vi(ready)} (I-03): chi bộ chỉ xét từ ngày đó.`,
            en: `A member introducer reaches ${required} months together with the candidate on ${vi(ready)} (I-03): the cell may vote from then.`,
          },
        });
        lawful = ready;
      }
    }
    // E-08: a certificate valid on the vote, else the next class.
    let certificate = f.certificateOn;
    const validUntil = (c: IsoDate) => certificateValidUntil(c, rules.certificateValidityMonths.value);
    if (certificate !== null && compareDates(validUntil(certificate), lawful) < 0) {
      notes.push({
        code: 'FORECAST.CERTIFICATE_EXPIRES',
        message: {
          vi: `Giấy chứng nhận lớp nhận thức về Đảng hết hạn ngày ${vi(validUntil(certificate))} (E-08): cần học lại lớp.`,
          en: `The awareness-class certificate expires on ${vi(validUntil(certificate))} (E-08): the class must be re-taken.`,
        },
      });
      certificate = null;
    }
    if (certificate === null) {
      steps.push({ step: 'certificate', earliest: classDay, rule: 'E-08' });
      lawful = later(lawful, classDay);
    }
    const wished = whatIf.cellVotes?.[f.cellId];
    if (wished !== undefined && compareDates(wished, lawful) < 0) {
      notes.push({
        code: 'FORECAST.WHAT_IF_TOO_EARLY',
        message: {
          vi: `Chi bộ chưa thể xét ngày ${vi(wished)}; sớm nhất là ngày ${vi(lawful)}.`,
          en: `The cell cannot vote on ${vi(wished)}; the earliest is ${vi(lawful)}.`,
        },
      });
    }
    voteDay = wished !== undefined ? later(wished, lawful) : lawful;
    if (ageInMonths(f.birthDate, voteDay) > rules.ageWindowMonths.value.max) {
      notes.push({
        code: 'FORECAST.OVER_AGE_CONSENT',
        message: {
          vi: `Quần chúng trên ${ageText(rules.ageWindowMonths.value.max).vi}: cần văn bản đồng ý của Ban Thường vụ Tỉnh ủy trước khi quyết định (E-04).`,
          en: `Over ${ageText(rules.ageWindowMonths.value.max).en}: the provincial standing committee must consent in writing before the decision (E-04).`,
        },
      });
    }
    steps.push({ step: 'cell-vote', earliest: voteDay, rule: 'E-02/E-08/I-03' });
  }

  const { base } = ruleSetOn(voteDay).numbers.decisionWorkingDays.value;
  const decisionDue = withinWorkingDays(calendar, voteDay, base);
  const earliestAdmission = later(asOf, calendar.nextWorkingDay(voteDay));
  if (compareDates(decisionDue, asOf) < 0) {
    notes.push({
      code: 'FORECAST.DECISION_OVERDUE',
      message: {
        vi: `Quá hạn ra quyết định kết nạp (hạn ${vi(decisionDue)}, L-01).`,
        en: `The admission decision is overdue (due ${vi(decisionDue)}, L-01).`,
      },
    });
  }
  steps.push({ step: 'admission-decision', earliest: earliestAdmission, rule: 'L-01' });
  return {
    candidateId: f.id,
    cellId: f.cellId,
    steps,
    earliestAdmission,
    decisionDue,
    inYear: compareDates(earliestAdmission, formatIsoDate(year, 12, 31)) <= 0,
    notes,
  };
}
