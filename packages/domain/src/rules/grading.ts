/**
 * The yearly review and grading of members (Quy định 366-QĐ/TW, 30/08/2025): who is reviewed (L-17, M-12), the
 * grading scale out of 100 and the cap on "excellent", and the awards for excellent years. The grade
 * words are those of the quota grading (`quota/grading.ts`), which reads the same scale onto admission targets.
 */
import { addMonths, compareDates, type IsoDate } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import { GRADE_LABELS, type Grade } from '../quota/grading.js';
import { numberInForce } from './in-force.js';
import { check, combineStatuses } from './messages.js';
import type { GradingScale } from './rule-sets.js';
import type { Check, CheckStatus } from './types.js';

/** What the review needs to know about one member. */
export interface ReviewFacts {
  /** The admission decision's date (the day of admission, L-06); `null` when not recorded. */
  admittedOn: IsoDate | null;
  /** Exempted from party work and meetings (M-04) at the review. */
  exempted: boolean;
  /** Suspended from party activity at the review. */
  suspended: boolean;
}

/**
 * L-17 and M-12 on the review of `reviewOn` (the day the cell reviews and grades). L-17: `pass` when the member was
 * admitted at least 6 months before (`admittedOn + 6 months ≤ reviewOn`: admitted 10/06, reviewed from 10/12), else
 * `not-applicable` (not reviewed, not graded this time); `pending` without the admission date. M-12: `not-applicable`
 * when any exclusion holds (under 6 months, exempted, suspended), `pending` when L-17 is, else `pass` (the member
 * writes the self-review and is graded). Both `not-applicable` before 30/08/2025 (124-QĐ/TW is not held).
 */
export function checkAnnualReview(f: ReviewFacts, reviewOn: IsoDate): [Check, Check] {
  const months = numberInForce('L-17', 'reviewMinMonths', reviewOn);
  if (!months.ok) {
    const m12 = numberInForce('M-12', 'reviewMinMonths', reviewOn);
    return [months.check, m12.ok ? { ...months.check, rule: 'M-12' } : m12.check];
  }
  const day = formatDateVi(reviewOn);
  const n = months.value;
  let l17: Check;
  if (f.admittedOn === null)
    l17 = check(
      'L-17',
      'pending',
      months.citation,
      'Chưa có ngày kết nạp (ngày ghi trong quyết định kết nạp) để xác định đảng viên có phải kiểm điểm, xếp loại không.',
      'No admission date (the decision’s date) to tell whether the member is reviewed.',
      { reviewOn },
    );
  else {
    const from = addMonths(f.admittedOn, n);
    const details = { admittedOn: f.admittedOn, reviewOn, reviewedFrom: from, minMonths: n };
    l17 =
      compareDates(from, reviewOn) <= 0
        ? check(
            'L-17',
            'pass',
            months.citation,
            `Kết nạp ngày ${formatDateVi(f.admittedOn)}, đủ ${n} tháng tại ngày kiểm điểm ${day}: đảng viên kiểm điểm, đánh giá, xếp loại.`,
            `Admitted ${formatDateVi(f.admittedOn)}, ${n} months or more by the review on ${day}: reviewed and graded.`,
            details,
          )
        : check(
            'L-17',
            'not-applicable',
            months.citation,
            `Kết nạp ngày ${formatDateVi(f.admittedOn)}, chưa đủ ${n} tháng tại ngày kiểm điểm ${day}: không kiểm điểm, đánh giá, xếp loại lần này (đủ ${n} tháng từ ngày ${formatDateVi(from)}).`,
            `Admitted ${formatDateVi(f.admittedOn)}, under ${n} months at the review on ${day}: not reviewed or graded this time (${n} months from ${formatDateVi(from)}).`,
            details,
          );
  }
  const reasons: { vi: string; en: string }[] = [];
  if (l17.status === 'not-applicable')
    reasons.push({ vi: `kết nạp chưa đủ ${n} tháng`, en: `admitted under ${n} months ago` });
  if (f.exempted)
    reasons.push({ vi: 'được miễn công tác và sinh hoạt đảng', en: 'exempted from party work and meetings' });
  if (f.suspended)
    reasons.push({ vi: 'đang bị đình chỉ sinh hoạt đảng', en: 'suspended from party activity' });
  const details = { reviewOn, exempted: f.exempted, suspended: f.suspended, admittedOn: f.admittedOn };
  const m12 =
    reasons.length > 0
      ? check(
          'M-12',
          'not-applicable',
          months.citation,
          `Không kiểm điểm, xếp loại tại ngày ${day}: ${reasons.map((r) => r.vi).join('; ')}.`,
          `Not reviewed or graded on ${day}: ${reasons.map((r) => r.en).join('; ')}.`,
          { ...details, excluded: true },
        )
      : l17.status === 'pending'
        ? { ...l17, rule: 'M-12', details: { ...details, excluded: null } }
        : check(
            'M-12',
            'pass',
            months.citation,
            `Đảng viên tự kiểm điểm và được đánh giá, xếp loại tại ngày ${day}.`,
            `The member writes the self-review and is graded on ${day}.`,
            { ...details, excluded: false },
          );
  return [l17, m12];
}

/** The grades best first: a grade's index is its rank (0 = excellent). */
const GRADES: readonly Grade[] = ['EXCELLENT', 'GOOD', 'COMPLETE', 'NOT_COMPLETE'];

/** A member's year, as the review scores it (counts of the assigned tasks, so comparisons are exact). */
export interface GradingFacts {
  /** The score out of 100 from the criteria (0 to 100). */
  score: number;
  /** Tasks (targets) assigned for the year; of them `done` completed, `late` completed late, `exceeded` beyond target. */
  tasks: number;
  done: number;
  late: number;
  exceeded: number;
  /** Whether the shortcomings pointed out at the last review were all put right. */
  shortcomingsFixed: boolean;
  /** One of the cases the regulation grades "not completed" whatever the score (e.g. disciplined in the year). */
  disqualified: boolean;
}

/**
 * the best grade `f` allows on `scale`. "Không hoàn thành" when disqualified, under `complete` points or with
 * a task left undone; "Hoàn thành xuất sắc" from `excellent` points with no task late, at least
 * `excellentExceedingPercent` of the tasks exceeded and last year's shortcomings fixed; "Hoàn thành tốt" from `good`
 * points with no task late; "Hoàn thành" from `complete` points with at most `completeLatePercent` of the tasks late.
 * Every bound is reached with `>=` (90 points is excellent, 89.9 is not).
 */
export function highestGrade(f: GradingFacts, scale: GradingScale): Grade {
  if (f.disqualified || f.score < scale.complete || f.done < f.tasks) return 'NOT_COMPLETE';
  const onTime = f.late === 0;
  if (
    f.score >= scale.excellent &&
    onTime &&
    f.exceeded * 100 >= scale.excellentExceedingPercent * f.tasks &&
    f.shortcomingsFixed
  )
    return 'EXCELLENT';
  if (f.score >= scale.good && onTime) return 'GOOD';
  if (f.late * 100 <= scale.completeLatePercent * f.tasks) return 'COMPLETE';
  return 'NOT_COMPLETE';
}

/** Why `f` misses `grade` on `scale`, in both languages (empty when it does not). */
function missing(f: GradingFacts, grade: Grade, scale: GradingScale): { vi: string; en: string }[] {
  const out: { vi: string; en: string }[] = [];
  const min = { EXCELLENT: scale.excellent, GOOD: scale.good, COMPLETE: scale.complete, NOT_COMPLETE: 0 }[
    grade
  ];
  if (grade === 'NOT_COMPLETE') return out;
  if (f.disqualified)
    out.push({
      vi: 'thuộc trường hợp xếp loại không hoàn thành nhiệm vụ',
      en: 'a case graded "not completed"',
    });
  if (f.score < min)
    out.push({
      vi: `cần ít nhất ${min} điểm (có ${f.score})`,
      en: `${min} points needed (${f.score} scored)`,
    });
  if (f.done < f.tasks)
    out.push({
      vi: `còn ${f.tasks - f.done}/${f.tasks} nhiệm vụ chưa hoàn thành`,
      en: `${f.tasks - f.done} of ${f.tasks} tasks not done`,
    });
  if (grade !== 'COMPLETE' && f.late > 0)
    out.push({ vi: `${f.late} nhiệm vụ hoàn thành chậm`, en: `${f.late} tasks done late` });
  if (grade === 'COMPLETE' && f.late * 100 > scale.completeLatePercent * f.tasks)
    out.push({
      vi: `quá ${scale.completeLatePercent}% nhiệm vụ chậm tiến độ`,
      en: `over ${scale.completeLatePercent}% of the tasks late`,
    });
  if (grade === 'EXCELLENT' && f.exceeded * 100 < scale.excellentExceedingPercent * f.tasks)
    out.push({
      vi: `cần ít nhất ${scale.excellentExceedingPercent}% nhiệm vụ vượt mức (có ${f.exceeded}/${f.tasks})`,
      en: `at least ${scale.excellentExceedingPercent}% of the tasks exceeded (${f.exceeded} of ${f.tasks})`,
    });
  if (grade === 'EXCELLENT' && !f.shortcomingsFixed)
    out.push({ vi: 'chưa khắc phục hết hạn chế đã chỉ ra', en: 'past shortcomings not all fixed' });
  return out;
}

/**
 * Q-05 on a proposed grade, judged by the scale in force on `on` (the review's day): `pass` when the proposal is no
 * better than {@link highestGrade} (a committee may grade lower, e.g. under the cap), `fail` when better, naming what
 * the better grade needs; `pending` while no grade is proposed (`details.highest` says the best allowed).
 */
export function checkGrade(f: GradingFacts, proposed: Grade | null, on: IsoDate): Check {
  const scale = numberInForce('Q-05', 'gradingScale', on);
  if (!scale.ok) return scale.check;
  const highest = highestGrade(f, scale.value);
  const best = GRADE_LABELS[highest];
  const details = { score: f.score, highest, proposed, judgedOn: on };
  if (proposed === null)
    return check(
      'Q-05',
      'pending',
      scale.citation,
      `Chưa xếp loại; mức cao nhất theo điểm và kết quả nhiệm vụ: "${best.vi}".`,
      `Not graded yet; the best grade the score and tasks allow: "${best.en}".`,
      details,
    );
  const label = GRADE_LABELS[proposed];
  if (GRADES.indexOf(proposed) >= GRADES.indexOf(highest))
    return check(
      'Q-05',
      'pass',
      scale.citation,
      `Xếp loại "${label.vi}" phù hợp (${f.score} điểm; mức cao nhất được xếp: "${best.vi}").`,
      `"${label.en}" is allowed (${f.score} points; the best allowed: "${best.en}").`,
      details,
    );
  const why = missing(f, proposed, scale.value);
  return check(
    'Q-05',
    'fail',
    scale.citation,
    `Không được xếp loại "${label.vi}": ${why.map((w) => w.vi).join('; ')}. Mức cao nhất được xếp: "${best.vi}".`,
    `"${label.en}" is not allowed: ${why.map((w) => w.en).join('; ')}. The best allowed: "${best.en}".`,
    details,
  );
}

/** the most "excellent" grades allowed among `good` members graded "good": ⌊good × cap%⌋ (20 %, 25 % outstanding). */
export function excellentCap(good: number, outstanding: boolean, scale: GradingScale): number {
  const percent = outstanding ? scale.excellentCapPercentOutstanding : scale.excellentCapPercent;
  return Math.floor((good * percent) / 100);
}

/**
 * Q-05's cap in one group graded together on `on`: `pass` when `excellent × 100 ≤ cap% × good` (5 excellent for 25
 * good at 20 %, 6 do not; 25 % for a unit recognised as outstanding), else `fail` with the cap in `details.cap`.
 */
export function checkExcellentShare(
  g: { excellent: number; good: number; outstanding: boolean },
  on: IsoDate,
): Check {
  const scale = numberInForce('Q-05', 'gradingScale', on);
  if (!scale.ok) return scale.check;
  const percent = g.outstanding
    ? scale.value.excellentCapPercentOutstanding
    : scale.value.excellentCapPercent;
  const cap = excellentCap(g.good, g.outstanding, scale.value);
  const details = { excellent: g.excellent, good: g.good, outstanding: g.outstanding, percent, cap };
  if (g.excellent * 100 <= percent * g.good)
    return check(
      'Q-05',
      'pass',
      scale.citation,
      `${g.excellent} "Hoàn thành xuất sắc" trên ${g.good} "Hoàn thành tốt": không quá ${percent}% (tối đa ${cap}).`,
      `${g.excellent} "excellent" for ${g.good} "good": within ${percent}% (at most ${cap}).`,
      details,
    );
  return check(
    'Q-05',
    'fail',
    scale.citation,
    `${g.excellent} "Hoàn thành xuất sắc" vượt ${percent}% số được xếp "Hoàn thành tốt" (${g.good}): tối đa ${cap}.`,
    `${g.excellent} "excellent" exceeds ${percent}% of the ${g.good} graded "good": at most ${cap}.`,
    details,
  );
}

/** Q-07's awards: the grassroots committee's or cell's certificate for an excellent year, or for 5 excellent years in a row the superior standing committee's certificate or the provincial standing committee's Bằng khen. */
export type MeritAward = 'grassroots' | 'superior' | 'provincial';

/**
 * Q-07 on proposing `award` for `year` (decided on `on`), from the member's grades by year: `pass` when `year` (for
 * the grassroots award) or each of the `meritAwardConsecutiveYears` years up to `year` (for the superior's and the
 * province's) was graded "Hoàn thành xuất sắc"; `fail` when one of them was graded lower; `pending` when one has no
 * grade recorded.
 */
export function checkMeritAward(
  grades: readonly { year: number; grade: Grade }[],
  year: number,
  award: MeritAward,
  on: IsoDate,
): Check {
  const run = numberInForce('Q-07', 'meritAwardConsecutiveYears', on);
  if (!run.ok) return run.check;
  const span = award === 'grassroots' ? 1 : run.value;
  const years = Array.from({ length: span }, (_, i) => year - span + 1 + i);
  const byYear = new Map(grades.map((g) => [g.year, g.grade]));
  const statuses: CheckStatus[] = years.map((y) => {
    const g = byYear.get(y);
    return g === undefined ? 'pending' : g === 'EXCELLENT' ? 'pass' : 'fail';
  });
  const status = combineStatuses(statuses);
  const lower = years.filter((_, i) => statuses[i] === 'fail');
  const unknown = years.filter((_, i) => statuses[i] === 'pending');
  const what =
    award === 'grassroots'
      ? { vi: `năm ${year}`, en: `in ${year}` }
      : { vi: `${span} năm liền (${years[0]}–${year})`, en: `${span} years in a row (${years[0]}–${year})` };
  const excellent = GRADE_LABELS.EXCELLENT;
  const details = { award, year, years, lower, unknown };
  if (status === 'pass')
    return check(
      'Q-07',
      'pass',
      run.citation,
      `Đảng viên "${excellent.vi} nhiệm vụ" ${what.vi}: đủ điều kiện khen thưởng.`,
      `Graded "${excellent.en}" ${what.en}: eligible for the award.`,
      details,
    );
  if (status === 'fail')
    return check(
      'Q-07',
      'fail',
      run.citation,
      `Chưa đủ điều kiện: cần "${excellent.vi} nhiệm vụ" ${what.vi}; năm ${lower.join(', ')} xếp loại thấp hơn.`,
      `Not eligible: "${excellent.en}" is needed ${what.en}; ${lower.join(', ')} graded lower.`,
      details,
    );
  return check(
    'Q-07',
    'pending',
    run.citation,
    `Cần "${excellent.vi} nhiệm vụ" ${what.vi}; chưa có kết quả xếp loại năm ${unknown.join(', ')}.`,
    `"${excellent.en}" is needed ${what.en}; no grade recorded for ${unknown.join(', ')}.`,
    details,
  );
}
