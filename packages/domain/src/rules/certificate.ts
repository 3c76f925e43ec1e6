/**
 * E-08: the Party-awareness class certificate must be valid (60 months) on the day the cell votes. Before the vote,
 * a missing or expired certificate is pending (the class can be taken again); at the vote it is evidence.
 */
import { addMonths, compareDates, type IsoDate } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import { type Judging, shortfall, shortfallDetails } from './context.js';
import { makeDeadline } from './deadline-status.js';
import { check } from './messages.js';
import type { Check, Deadline } from './types.js';

/**
 * The last day a certificate issued on `issuedOn` is valid: `issuedOn + months` calendar months, that day included
 * (issued 10/10/2020 with 60 months → valid through 10/10/2025, expired on 11/10/2025). Month ends clamp.
 */
export function certificateValidUntil(issuedOn: IsoDate, months: number): IsoDate {
  return addMonths(issuedOn, months);
}

/** E-08 judged on the cell vote's date (or `asOf` before the vote). */
export function checkCertificate(j: Judging): Check {
  const validity = j.ruleSet.numbers.certificateValidityMonths;
  const issuedOn = j.case.certificate?.issuedOn ?? null;
  if (issuedOn === null) {
    return j.voted
      ? check(
          'E-08',
          'fail',
          validity.citation,
          `Chi bộ đã họp xét ngày ${formatDateVi(j.on)} khi quần chúng chưa có giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng. Cần cho quần chúng học lớp, rồi chi bộ xét lại.`,
          `The cell voted on ${formatDateVi(j.on)} without a Party-awareness class certificate. The candidate must attend the class before the cell votes again.`,
          { judgedOn: j.on },
        )
      : check(
          'E-08',
          'pending',
          validity.citation,
          'Chưa có giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng. Cần cho quần chúng học lớp và ghi ngày cấp giấy chứng nhận trước khi chi bộ xét.',
          'No Party-awareness class certificate yet. The candidate must attend the class; record the certificate date before the cell votes.',
        );
  }
  const validUntil = certificateValidUntil(issuedOn, validity.value);
  const details = { issuedOn, validUntil, validityMonths: validity.value, judgedOn: j.on };
  // Each date formatted once: the messages below name them several times.
  const onVi = formatDateVi(j.on);
  const issuedVi = formatDateVi(issuedOn);
  const at = j.voted ? `tại ngày chi bộ họp ${onVi}` : `tại ngày ${onVi}`;
  const atEn = j.voted ? `at the cell vote on ${onVi}` : `on ${onVi}`;
  if (compareDates(issuedOn, j.on) > 0) {
    return check(
      'E-08',
      j.voted ? 'fail' : 'pending',
      validity.citation,
      `Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng ghi ngày cấp ${issuedVi}, sau ngày ${onVi}. ${j.voted ? 'Chi bộ đã xét khi quần chúng chưa có giấy chứng nhận; cần kiểm tra lại ngày cấp hoặc xét lại.' : 'Cần kiểm tra lại ngày cấp.'}`,
      `The certificate is dated ${issuedVi}, after ${onVi}. ${j.voted ? 'The cell voted before the certificate existed; check the date or hold the vote again.' : 'Check the issue date.'}`,
      details,
    );
  }
  if (compareDates(j.on, validUntil) > 0) {
    return check(
      'E-08',
      shortfall(j),
      validity.citation,
      `Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng đã hết hạn (cấp ngày ${issuedVi}, quá ${validity.value} tháng ${at}). Cần cho quần chúng học lại lớp trước khi chi bộ xét.`,
      `The Party-awareness certificate has expired (issued ${issuedVi}, more than ${validity.value} months ${atEn}). The candidate must retake the class before the cell considers admission.`,
      shortfallDetails(j, details),
    );
  }
  const untilVi = formatDateVi(validUntil);
  return check(
    'E-08',
    'pass',
    validity.citation,
    `Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng cấp ngày ${issuedVi} còn giá trị ${at} (đến hết ngày ${untilVi}).`,
    `The certificate issued ${issuedVi} is valid ${atEn} (through ${untilVi}).`,
    details,
  );
}

/**
 * The certificate's expiry as a deadline for the cell vote (E-08): due on the last valid day; `met` when the cell
 * voted on or before it. Not applicable without a certificate.
 */
export function certificateDeadline(j: Judging): Deadline {
  const issuedOn = j.case.certificate?.issuedOn ?? null;
  const validity = j.ruleSet.numbers.certificateValidityMonths;
  const due = issuedOn === null ? null : certificateValidUntil(issuedOn, validity.value);
  return makeDeadline(
    'E-08',
    'cell-vote',
    j.ruleSet,
    validity.citation,
    due,
    j.voted ? j.on : null,
    j.case.asOf,
  );
}
