/**
 * Re-admission of former members: L-20 (waits and provincial consent), L-21 (reasons that bar it for ever) and
 * L-22 (at most once).
 */
import { addMonths, compareDates, type IsoDate } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import { type Judging, priorConsentStatus } from './context.js';
import { check, combineStatuses } from './messages.js';
import type { LeavingReason } from './rule-sets.js';
import type { Check, CheckStatus } from './types.js';

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

/** L-20, L-21, L-22 judged on the cell vote's date; all not applicable for someone never a member. */
export function checkReadmission(j: Judging): Check[] {
  const { readmissionWaitMonths, readmissionBarredReasons, readmissionMaxTimes } = j.ruleSet.numbers;
  const former = j.case.candidate.formerMember ?? null;
  if (former === null) {
    return [
      notReadmission('L-20', readmissionWaitMonths.citation),
      notReadmission('L-21', readmissionBarredReasons.citation),
      notReadmission('L-22', readmissionMaxTimes.citation),
    ];
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
  const l22 =
    former.readmittedBefore === true
      ? check(
          'L-22',
          'fail',
          readmissionMaxTimes.citation,
          'Người này đã được kết nạp lại một lần; chỉ được xem xét kết nạp lại một lần.',
          'This person was already re-admitted once; re-admission is allowed only once.',
          details,
        )
      : check(
          'L-22',
          former.readmittedBefore === false ? 'pass' : 'pending',
          readmissionMaxTimes.citation,
          former.readmittedBefore === false
            ? 'Chưa từng được kết nạp lại. Người được kết nạp lại phải qua thời kỳ dự bị 12 tháng.'
            : 'Cần ghi rõ người này đã từng được kết nạp lại hay chưa (chỉ được kết nạp lại một lần).',
          former.readmittedBefore === false
            ? 'Never re-admitted before. A re-admitted person serves probation again.'
            : 'Record whether this person was re-admitted before (only once is allowed).',
          details,
        );
  return [waitCheck(j, former, details), l21, l22];
}

function notReadmission(rule: string, citation: string): Check {
  return check(rule, 'not-applicable', citation, 'Không phải trường hợp kết nạp lại.', 'Not a re-admission.');
}

function waitCheck(
  j: Judging,
  former: { leftOn: IsoDate; reason: LeavingReason; recordExpungedOn?: IsoDate | null },
  details: Record<string, unknown>,
): Check {
  const waits = j.ruleSet.numbers.readmissionWaitMonths;
  const earliest = readmissionEarliest(former, waits.value);
  const waited: CheckStatus =
    earliest === null ? 'pending' : compareDates(j.on, earliest) >= 0 ? 'pass' : 'fail';
  const consent = priorConsentStatus(j.case);
  const status = combineStatuses([waited, consent]);
  const d = { ...details, earliest, consent };
  const parts: { vi: string; en: string }[] = [];
  if (earliest === null)
    parts.push({
      vi: 'Cần ghi ngày được xóa án tích (phải đủ 60 tháng sau khi xóa án tích mới được xét).',
      en: 'Record the date the criminal record was expunged (60 months must have passed).',
    });
  else if (waited === 'fail')
    parts.push({
      vi: `Chưa đủ thời gian chờ: chỉ được xét kết nạp lại từ ngày ${formatDateVi(earliest)} (${waits.value.sinceLeaving} tháng sau khi ra khỏi Đảng${former.reason === 'convicted-minor' ? `, ${waits.value.sinceExpunged} tháng sau khi xóa án tích` : ''}).`,
      en: `Too early: re-admission may be considered from ${formatDateVi(earliest)} (${waits.value.sinceLeaving} months after leaving${former.reason === 'convicted-minor' ? `, ${waits.value.sinceExpunged} months after the record was expunged` : ''}).`,
    });
  else
    parts.push({
      vi: `Đã đủ thời gian chờ (từ ngày ${formatDateVi(earliest)}).`,
      en: `The waiting time has passed (since ${formatDateVi(earliest)}).`,
    });
  if (consent === 'pending')
    parts.push({
      vi: 'Cần có văn bản đồng ý của Ban Thường vụ tỉnh ủy trước khi cấp ủy có thẩm quyền quyết định kết nạp lại.',
      en: 'The provincial standing committee must consent in writing before the re-admission decision.',
    });
  else if (consent === 'fail')
    parts.push({
      vi: 'Quyết định kết nạp lại được ký khi chưa có văn bản đồng ý của Ban Thường vụ tỉnh ủy.',
      en: 'The re-admission decision was signed without the provincial standing committee’s prior consent.',
    });
  else
    parts.push({
      vi: 'Đã có văn bản đồng ý của Ban Thường vụ tỉnh ủy.',
      en: 'The provincial standing committee has consented.',
    });
  return check(
    'L-20',
    status,
    waits.citation,
    parts.map((p) => p.vi).join(' '),
    parts.map((p) => p.en).join(' '),
    d,
  );
}
