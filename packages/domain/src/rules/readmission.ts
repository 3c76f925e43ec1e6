/**
 * Re-admission of former members: L-20 (the waits, at the cell vote; the provincial consent, at the decision),
 * L-21 (reasons that bar it for ever) and L-22 (at most once).
 */
import { addMonths, compareDates, type IsoDate } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import { type Judging, priorConsentStatus, shortfall, shortfallDetails } from './context.js';
import { check, countWords } from './messages.js';
import type { LeavingReason } from './rule-sets.js';
import type { CaseStep, Check } from './types.js';

/**
 * Why a former member left, as a phrase in lower case in each language ("bị khai trừ" / "expelled"): quoted by
 * L-21, shown by the console.
 */
export const leavingReasonLabels: Record<LeavingReason, { vi: string; en: string }> = {
  'struck-off': { vi: 'bị xóa tên', en: 'struck off the rolls' },
  resigned: { vi: 'xin ra khỏi Đảng', en: 'resigned from the Party' },
  'resigned-family-hardship': {
    vi: 'xin ra khỏi Đảng vì hoàn cảnh gia đình đặc biệt khó khăn',
    en: 'resigned because of exceptional family hardship',
  },
  abandoned: { vi: 'tự bỏ sinh hoạt đảng', en: 'stopped taking part in party life' },
  disunity: { vi: 'gây mất đoàn kết nội bộ nghiêm trọng', en: 'caused serious internal disunity' },
  expelled: { vi: 'bị khai trừ', en: 'expelled' },
  'convicted-corruption': { vi: 'bị kết án về tội tham nhũng', en: 'convicted of corruption' },
  'convicted-serious': {
    vi: 'bị kết án về tội phạm nghiêm trọng trở lên',
    en: 'convicted of a serious or graver crime',
  },
  'convicted-minor': { vi: 'bị kết án về tội phạm ít nghiêm trọng', en: 'convicted of a less serious crime' },
};

/**
 * The first day a former member may be considered again: `leftOn + sinceLeaving` months, and for a minor conviction
 * also `recordExpungedOn + sinceExpunged` months (the later of the two). `null` while the expungement date is unknown.
 */
export function readmissionEarliest(
  former: { leftOn: IsoDate; reason: LeavingReason; recordExpungedOn?: IsoDate | null },
  waits: { sinceLeaving: number; sinceExpunged: number },
): IsoDate | null {
  const afterLeaving = addMonths(former.leftOn, waits.sinceLeaving);
  if (former.reason !== 'convicted-minor') return afterLeaving;
  if (former.recordExpungedOn == null) return null;
  const afterExpunged = addMonths(former.recordExpungedOn, waits.sinceExpunged);
  return compareDates(afterExpunged, afterLeaving) > 0 ? afterExpunged : afterLeaving;
}

/**
 * L-20 (the waits), L-21, L-22 judged on the cell vote's date, and L-20's provincial consent at the decision (a
 * second L-20 check, step `decision`); all not applicable for someone never a member. L-21 and L-22 fail before the
 * vote too: nothing can cure them.
 */
export function checkReadmission(j: Judging): { vote: Check[]; decision: Check } {
  const { readmissionWaitMonths, readmissionBarredReasons, readmissionMaxTimes, probationMonths } =
    j.ruleSet.numbers;
  const former = j.case.candidate.formerMember ?? null;
  if (former === null) {
    return {
      vote: [
        notReadmission('L-20', readmissionWaitMonths.citation),
        notReadmission('L-21', readmissionBarredReasons.citation),
        notReadmission('L-22', readmissionMaxTimes.citation),
      ],
      decision: notReadmission('L-20', j.decisionRuleSet.numbers.readmissionWaitMonths.citation, 'decision'),
    };
  }
  const { vi: reasonVi, en: reasonEn } = leavingReasonLabels[former.reason];
  const details = { leftOn: former.leftOn, reason: former.reason, judgedOn: j.on };
  const barred = readmissionBarredReasons.value.includes(former.reason);
  const l21 = barred
    ? check(
        'L-21',
        'fail',
        readmissionBarredReasons.citation,
        `Người đã ra khỏi Đảng vì lý do ${reasonVi} thì không được xét kết nạp lại.`,
        `A person who left the Party (${reasonEn}) may never be re-admitted.`,
        details,
      )
    : check(
        'L-21',
        'pass',
        readmissionBarredReasons.citation,
        `Lý do ra khỏi Đảng (${reasonVi}) không thuộc các trường hợp không được kết nạp lại.`,
        `The reason for leaving (${reasonEn}) does not bar re-admission.`,
        details,
      );
  const times = countWords(readmissionMaxTimes.value);
  const probation = probationMonths.value;
  const l22 =
    former.readmittedBefore === true
      ? check(
          'L-22',
          'fail',
          readmissionMaxTimes.citation,
          `Người này đã được kết nạp lại; chỉ được xem xét kết nạp lại ${times.vi} lần.`,
          `This person was already re-admitted; re-admission is allowed only ${times.en === 'one' ? 'once' : `${times.en} times`}.`,
          details,
        )
      : check(
          'L-22',
          former.readmittedBefore === false ? 'pass' : 'pending',
          readmissionMaxTimes.citation,
          former.readmittedBefore === false
            ? `Chưa từng được kết nạp lại. Người được kết nạp lại phải qua thời kỳ dự bị ${probation} tháng.`
            : `Cần ghi rõ người này đã từng được kết nạp lại hay chưa (chỉ được kết nạp lại ${times.vi} lần).`,
          former.readmittedBefore === false
            ? `Never re-admitted before. A re-admitted person serves the ${probation}-month probation again.`
            : `Record whether this person was re-admitted before (only ${times.en === 'one' ? 'once' : `${times.en} times`} is allowed).`,
          details,
        );
  return { vote: [waitCheck(j, former, details), l21, l22], decision: consentCheck(j, details) };
}

function notReadmission(rule: string, citation: string, step: CaseStep = 'cell-vote'): Check {
  return check(
    rule,
    'not-applicable',
    citation,
    'Không phải trường hợp kết nạp lại.',
    'Not a re-admission.',
    {},
    step,
  );
}

/** L-20's waits at the cell vote: before the vote, not yet waited long enough is pending with `earliest`. */
function waitCheck(
  j: Judging,
  former: { leftOn: IsoDate; reason: LeavingReason; recordExpungedOn?: IsoDate | null },
  details: Record<string, unknown>,
): Check {
  const waits = j.ruleSet.numbers.readmissionWaitMonths;
  const earliest = readmissionEarliest(former, waits.value);
  const d = { ...details, earliest };
  const minor = former.reason === 'convicted-minor';
  if (earliest === null)
    return check(
      'L-20',
      'pending',
      waits.citation,
      `Cần ghi ngày được xóa án tích (phải đủ ${waits.value.sinceExpunged} tháng sau khi xóa án tích mới được xét).`,
      `Record the date the criminal record was expunged (${waits.value.sinceExpunged} months must have passed).`,
      d,
    );
  if (compareDates(j.on, earliest) < 0) {
    const why = {
      vi: `${waits.value.sinceLeaving} tháng sau khi ra khỏi Đảng${minor ? `, ${waits.value.sinceExpunged} tháng sau khi xóa án tích` : ''}`,
      en: `${waits.value.sinceLeaving} months after leaving${minor ? `, ${waits.value.sinceExpunged} months after the record was expunged` : ''}`,
    };
    return check(
      'L-20',
      shortfall(j),
      waits.citation,
      j.voted
        ? `Chi bộ xét ngày ${formatDateVi(j.on)} khi chưa đủ thời gian chờ: chỉ được xét kết nạp lại từ ngày ${formatDateVi(earliest)} (${why.vi}).`
        : `Chưa đủ thời gian chờ: chỉ được xét kết nạp lại từ ngày ${formatDateVi(earliest)} (${why.vi}).`,
      j.voted
        ? `The cell voted on ${formatDateVi(j.on)} before the wait was over: re-admission may be considered from ${formatDateVi(earliest)} (${why.en}).`
        : `Too early: re-admission may be considered from ${formatDateVi(earliest)} (${why.en}).`,
      shortfallDetails(j, d),
    );
  }
  return check(
    'L-20',
    'pass',
    waits.citation,
    `Đã đủ thời gian chờ (từ ngày ${formatDateVi(earliest)}).`,
    `The waiting time has passed (since ${formatDateVi(earliest)}).`,
    d,
  );
}

/** L-20's provincial consent, judged at the decision: pending until the decision, fail if it came first. */
function consentCheck(j: Judging, details: Record<string, unknown>): Check {
  const citation = j.decisionRuleSet.numbers.readmissionWaitMonths.citation;
  const consent = priorConsentStatus(j.case);
  const d = { ...details, consent: j.case.consents?.provincialStandingCommittee ?? null };
  if (consent === 'pending')
    return check(
      'L-20',
      'pending',
      citation,
      'Cần có văn bản đồng ý của Ban Thường vụ tỉnh ủy trước khi cấp ủy có thẩm quyền quyết định kết nạp lại.',
      'The provincial standing committee must consent in writing before the re-admission decision.',
      d,
      'decision',
    );
  if (consent === 'fail')
    return check(
      'L-20',
      'fail',
      citation,
      'Quyết định kết nạp lại được ký khi chưa có văn bản đồng ý của Ban Thường vụ tỉnh ủy.',
      'The re-admission decision was signed without the provincial standing committee’s prior consent.',
      d,
      'decision',
    );
  return check(
    'L-20',
    'pass',
    citation,
    'Đã có văn bản đồng ý của Ban Thường vụ tỉnh ủy trước khi quyết định kết nạp lại.',
    'The provincial standing committee consented before the re-admission decision.',
    d,
    'decision',
  );
}
