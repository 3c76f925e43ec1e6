/**
 * E-02/E-03 age window (judged at the cell vote) and the E-04 over-60 exception (its provincial consent judged at
 * the admission decision), and the youth-age band of E-13.
 */
import { addMonths, formatIsoDate, type IsoDate, parseIsoDate } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import { type Judging, priorConsentStatus, shortfall, shortfallDetails } from './context.js';
import { check } from './messages.js';
import type { Check } from './types.js';

/**
 * Age in whole months on `on` (E-03): `(y*12 + m) − (birthY*12 + birthM)`, the day of month ignored, so someone
 * born 31/03/2008 is 216 months old on 01/03/2026. Negative when `on` is before the birth month.
 */
export function ageInMonths(birthDate: IsoDate, on: IsoDate): number {
  const b = parseIsoDate(birthDate);
  const d = parseIsoDate(on);
  return d.year * 12 + d.month - (b.year * 12 + b.month);
}

/**
 * The first day on which someone born on `birthDate` is `months` old in whole months (E-03): the 1st of the month
 * `months` after the birth month (born 31/12/2008, 216 months → 01/12/2026). `ageInMonths ≥ months` from that day.
 */
export function ageReachedOn(birthDate: IsoDate, months: number): IsoDate {
  const reached = parseIsoDate(addMonths(birthDate, months));
  return formatIsoDate(reached.year, reached.month, 1);
}

/** True when `ageMonths` lies in the band `{min, max}` (both inclusive, in months). */
export function inBand(ageMonths: number, band: { min: number; max: number }): boolean {
  return ageMonths >= band.min && ageMonths <= band.max;
}

/** An age in months as a reader says it: `17 tuổi 11 tháng` / `17 years 11 months`, whole years without months. */
export function ageText(ageMonths: number): { vi: string; en: string } {
  const y = Math.floor(ageMonths / 12);
  const m = ageMonths - y * 12;
  return m === 0
    ? { vi: `${y} tuổi`, en: `${y} years` }
    : { vi: `${y} tuổi ${m} tháng`, en: `${y} years ${m} months` };
}

/**
 * Where an age falls against a rule set's E-02 window, in whole months (E-03): the one judgement of the age that
 * {@link checkAge} and the import of members (aged on their admission decision) share. `over` is not a refusal:
 * E-04 admits an older person with the provincial consent.
 */
export function ageAgainstWindow(
  ageMonths: number,
  window: { min: number; max: number },
): 'under' | 'within' | 'over' {
  return ageMonths < window.min ? 'under' : ageMonths <= window.max ? 'within' : 'over';
}

/** E-02 (with the E-03 month count) on the cell vote's date (or `asOf` before the vote), and E-04 at the decision. */
export function checkAge(j: Judging): { e02: Check; e04: Check } {
  const window = j.ruleSet.numbers.ageWindowMonths;
  const min = ageText(window.value.min);
  const max = ageText(window.value.max);
  const overAgeCitation = j.decisionRuleSet.citations.overAge;
  const birth = j.case.candidate.birthDate ?? null;
  const onVi = formatDateVi(j.on);
  const when = j.voted ? `tại ngày chi bộ họp xét ${onVi}` : `tính đến ngày ${onVi}`;
  const whenEn = j.voted ? `at the cell vote on ${onVi}` : `as of ${onVi}`;
  if (birth === null) {
    return {
      e02: check(
        'E-02',
        'pending',
        window.citation,
        `Chưa có ngày sinh của quần chúng. Cần ghi ngày sinh theo giấy khai sinh để tính tuổi (đủ ${min.vi} đến đủ ${max.vi}, tính theo tháng).`,
        `The date of birth is missing. Record it from the birth certificate to check the age window (${min.en} to ${max.en}, in months).`,
      ),
      e04: check('E-04', 'not-applicable', overAgeCitation, 'Chưa xác định được tuổi.', 'Age not known yet.'),
    };
  }
  const ageMonths = ageInMonths(birth, j.on);
  const age = ageText(ageMonths);
  const details = { ageMonths, judgedOn: j.on, minMonths: window.value.min, maxMonths: window.value.max };
  const notOverAge = check(
    'E-04',
    'not-applicable',
    overAgeCitation,
    `Không quá ${max.vi}.`,
    `Not over ${max.en}.`,
  );
  const band = ageAgainstWindow(ageMonths, window.value);
  if (band === 'under') {
    const earliest = ageReachedOn(birth, window.value.min);
    const status = shortfall(j);
    return {
      e02: check(
        'E-02',
        status,
        window.citation,
        `Quần chúng mới ${age.vi} ${when}, chưa đủ ${min.vi} (${window.value.min} tháng, tính theo tháng). Chi bộ chỉ được xét kết nạp từ tháng quần chúng đủ ${min.vi} (từ ngày ${formatDateVi(earliest)}).`,
        `The candidate is ${age.en} old ${whenEn}, under ${min.en} (${window.value.min} months, counted in months). The cell may consider admission from the month the candidate turns ${min.en} (from ${formatDateVi(earliest)}).`,
        status === 'pending' ? shortfallDetails(j, { ...details, earliest }) : details,
      ),
      e04: notOverAge,
    };
  }
  if (band === 'within') {
    return {
      e02: check(
        'E-02',
        'pass',
        window.citation,
        `Quần chúng ${age.vi} ${when}, trong độ tuổi đủ ${min.vi} đến đủ ${max.vi}.`,
        `The candidate is ${age.en} old ${whenEn}, within ${min.en} to ${max.en}.`,
        details,
      ),
      e04: notOverAge,
    };
  }
  // Over the window: admissible only under E-04, whose condition (the prior provincial consent) is judged at the
  // decision. Until the decision is signed, the consent can still come: pending, not failed.
  const consent = priorConsentStatus(j.case);
  const overDetails = {
    ...details,
    exception: 'E-04',
    consent: j.case.consents?.provincialStandingCommittee ?? null,
  };
  const e04 =
    consent === 'pass'
      ? check(
          'E-04',
          'pass',
          overAgeCitation,
          'Đã có văn bản đồng ý của Ban Thường vụ tỉnh ủy trước khi quyết định kết nạp. Chi bộ cần ghi nhận quần chúng có đủ sức khỏe, uy tín và thuộc trường hợp đặc biệt.',
          'The provincial standing committee consented in writing before the decision. The cell must record that the candidate is healthy, reputable and a special case.',
          overDetails,
        )
      : consent === 'pending'
        ? check(
            'E-04',
            'pending',
            overAgeCitation,
            `Quần chúng trên ${max.vi}: cần có văn bản đồng ý của Ban Thường vụ tỉnh ủy trước khi cấp ủy có thẩm quyền ký quyết định kết nạp.`,
            `Over ${max.en}: written consent of the provincial standing committee is needed before the admission decision is signed.`,
            overDetails,
          )
        : check(
            'E-04',
            'fail',
            overAgeCitation,
            `Quần chúng trên ${max.vi} nhưng quyết định kết nạp được ký khi chưa có văn bản đồng ý của Ban Thường vụ tỉnh ủy (văn bản phải có trước ngày quyết định). Cần báo cáo cấp ủy có thẩm quyền xem xét lại.`,
            `Over ${max.en}, but the admission decision was signed without the provincial standing committee consenting in writing beforehand. Report to the competent committee for review.`,
            overDetails,
          );
  const e02 =
    consent === 'pass'
      ? check(
          'E-02',
          'pass',
          window.citation,
          `Quần chúng ${age.vi} ${when}, quá ${max.vi} nhưng thuộc ngoại lệ E-04 (đã có văn bản đồng ý của Ban Thường vụ tỉnh ủy).`,
          `The candidate is ${age.en} old ${whenEn}, over ${max.en} but admitted under the E-04 exception (consent given).`,
          overDetails,
        )
      : check(
          'E-02',
          consent,
          window.citation,
          `Quần chúng ${age.vi} ${when}, quá ${max.vi} (${window.value.max} tháng). Chỉ được kết nạp nếu có sức khỏe, uy tín, thuộc trường hợp đặc biệt và có văn bản đồng ý của Ban Thường vụ tỉnh ủy trước khi quyết định (E-04)${consent === 'fail' ? '; quyết định đã ký khi chưa có văn bản này' : ''}.`,
          `The candidate is ${age.en} old ${whenEn}, over ${max.en} (${window.value.max} months). Admission needs health, reputation, a special case and the provincial standing committee's prior written consent (E-04)${consent === 'fail' ? '; the decision was signed without it' : ''}.`,
          overDetails,
        );
  return { e02, e04 };
}
