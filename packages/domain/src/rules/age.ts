/**
 * E-02/E-03 age window and E-04 over-60 exception, and the youth-age band of E-13.
 */
import { type IsoDate, parseIsoDate } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import type { Judging } from './context.js';
import { priorConsentStatus } from './context.js';
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

/** True when `ageMonths` lies in the band `{min, max}` (both inclusive, in months). */
export function inBand(ageMonths: number, band: { min: number; max: number }): boolean {
  return ageMonths >= band.min && ageMonths <= band.max;
}

function yearsMonths(ageMonths: number): { vi: string; en: string } {
  const y = Math.floor(ageMonths / 12);
  const m = ageMonths - y * 12;
  return { vi: `${y} tuổi ${m} tháng`, en: `${y} years ${m} months` };
}

/** E-02 (with the E-03 month count) and E-04, judged on the cell vote's date (or `asOf` before the vote). */
export function checkAge(j: Judging): Check[] {
  const window = j.ruleSet.numbers.ageWindowMonths;
  const overAgeCitation = j.ruleSet.citations.overAge;
  const birth = j.case.candidate.birthDate ?? null;
  const onVi = formatDateVi(j.on);
  const when = j.voted ? `tại ngày chi bộ họp xét ${onVi}` : `tính đến ngày ${onVi}`;
  const whenEn = j.voted ? `at the cell vote on ${onVi}` : `as of ${onVi}`;
  if (birth === null) {
    return [
      check(
        'E-02',
        'pending',
        window.citation,
        'Chưa có ngày sinh của quần chúng. Cần ghi ngày sinh theo giấy khai sinh để tính tuổi (đủ 18 đến đủ 60 tuổi, tính theo tháng).',
        'The date of birth is missing. Record it from the birth certificate to check the age window (18 to 60, in months).',
      ),
      check('E-04', 'not-applicable', overAgeCitation, 'Chưa xác định được tuổi.', 'Age not known yet.'),
    ];
  }
  const ageMonths = ageInMonths(birth, j.on);
  const age = yearsMonths(ageMonths);
  const details = { ageMonths, judgedOn: j.on, minMonths: window.value.min, maxMonths: window.value.max };
  const notOverAge = check('E-04', 'not-applicable', overAgeCitation, 'Không quá 60 tuổi.', 'Not over 60.');
  if (ageMonths < window.value.min) {
    return [
      check(
        'E-02',
        'fail',
        window.citation,
        `Quần chúng mới ${age.vi} ${when}, chưa đủ 18 tuổi (216 tháng, tính theo tháng). Chi bộ chỉ được xét kết nạp từ tháng quần chúng đủ 18 tuổi.`,
        `The candidate is ${age.en} old ${whenEn}, under 18 (216 months, counted in months). The cell may consider admission from the month the candidate turns 18.`,
        details,
      ),
      notOverAge,
    ];
  }
  if (ageMonths <= window.value.max) {
    return [
      check(
        'E-02',
        'pass',
        window.citation,
        `Quần chúng ${age.vi} ${when}, trong độ tuổi đủ 18 đến đủ 60.`,
        `The candidate is ${age.en} old ${whenEn}, within 18 to 60.`,
        details,
      ),
      notOverAge,
    ];
  }
  const consent = priorConsentStatus(j.case);
  const overAge =
    consent === 'pass'
      ? check(
          'E-04',
          'pass',
          overAgeCitation,
          'Đã có văn bản đồng ý của Ban Thường vụ tỉnh ủy trước khi quyết định kết nạp. Chi bộ cần ghi nhận quần chúng có đủ sức khỏe, uy tín và thuộc trường hợp đặc biệt.',
          'The provincial standing committee consented in writing before the decision. The cell must record that the candidate is healthy, reputable and a special case.',
          details,
        )
      : consent === 'pending'
        ? check(
            'E-04',
            'pending',
            overAgeCitation,
            'Quần chúng trên 60 tuổi: cần có văn bản đồng ý của Ban Thường vụ tỉnh ủy trước khi cấp ủy có thẩm quyền ký quyết định kết nạp.',
            'Over 60: written consent of the provincial standing committee is needed before the admission decision is signed.',
            details,
          )
        : check(
            'E-04',
            'fail',
            overAgeCitation,
            'Quần chúng trên 60 tuổi nhưng quyết định kết nạp được ký khi chưa có văn bản đồng ý của Ban Thường vụ tỉnh ủy (văn bản phải có trước ngày quyết định). Cần báo cáo cấp ủy có thẩm quyền xem xét lại.',
            'Over 60, but the admission decision was signed without the provincial standing committee consenting in writing beforehand. Report to the competent committee for review.',
            details,
          );
  const range =
    consent === 'pass'
      ? check(
          'E-02',
          'pass',
          window.citation,
          `Quần chúng ${age.vi} ${when}, quá 60 tuổi nhưng thuộc ngoại lệ E-04 (đã có văn bản đồng ý của Ban Thường vụ tỉnh ủy).`,
          `The candidate is ${age.en} old ${whenEn}, over 60 but admitted under the E-04 exception (consent given).`,
          { ...details, exception: 'E-04' },
        )
      : check(
          'E-02',
          'fail',
          window.citation,
          `Quần chúng ${age.vi} ${when}, quá 60 tuổi (720 tháng). Chỉ được kết nạp nếu có sức khỏe, uy tín, thuộc trường hợp đặc biệt và có văn bản đồng ý của Ban Thường vụ tỉnh ủy trước khi quyết định (E-04).`,
          `The candidate is ${age.en} old ${whenEn}, over 60 (720 months). Admission needs health, reputation, a special case and the provincial standing committee's prior written consent (E-04).`,
          details,
        );
  return [range, overAge];
}
