/**
 * `ruleSettingsSchema`: a commune's overrides of the rule settings (settings-catalogue.ts) as they arrive from a
 * file (`ketnap check --settings`) or the console: any subset of the settings, each given whole, every bound of the
 * catalogue checked, each refusal in Vietnamese naming what to enter.
 */
import { z } from 'zod';
import type { SettingOverrides } from './settings.js';
import { MAX_DENOMINATOR, SYMPATHISER_MONTHS, VALIDITY_MONTHS, WORKING_DAYS } from './settings-catalogue.js';

function wholeNumber(min: number, max: number, what: string) {
  const message = `${what}: nhập một số nguyên từ ${min} đến ${max}.`;
  return z.int({ error: message }).min(min, { error: message }).max(max, { error: message });
}

const months = (what: string) => wholeNumber(VALIDITY_MONTHS.min, VALIDITY_MONTHS.max, what);
const workingDays = (what: string) => wholeNumber(WORKING_DAYS.min, WORKING_DAYS.max, what);

const threshold = z
  .strictObject(
    {
      numerator: wholeNumber(1, MAX_DENOMINATOR, 'Tử số'),
      denominator: wholeNumber(1, MAX_DENOMINATOR, 'Mẫu số'),
      strict: z.boolean({ error: 'Chọn "quá" (true) hoặc "ít nhất" (false).' }),
    },
    { error: 'Ngưỡng biểu quyết là một đối tượng { numerator, denominator, strict }.' },
  )
  .superRefine((t, ctx) => {
    // The share must lie in [1/2, 1]; exactly 1/2 only as "more than", exactly 1 only as "at least".
    const twice = 2 * t.numerator;
    const belowHalf = twice < t.denominator || (twice === t.denominator && !t.strict);
    const aboveAll = t.numerator > t.denominator || (t.numerator === t.denominator && t.strict);
    if (belowHalf)
      ctx.addIssue({
        code: 'custom',
        path: ['numerator'],
        message: 'Ngưỡng phải từ "quá 1/2" trở lên (không thấp hơn nguyên tắc quá nửa của Điều lệ Đảng).',
      });
    if (aboveAll)
      ctx.addIssue({
        code: 'custom',
        path: ['numerator'],
        message: 'Ngưỡng không được vượt quá toàn bộ thành viên: tối đa "ít nhất 1/1".',
      });
  });

/** A commune's overrides: any subset of the settings; unknown keys are refused. */
export const ruleSettingsSchema = z.strictObject(
  {
    documentValidityMonths: z
      .strictObject(
        {
          background: months('Thời hạn lý lịch (tháng)'),
          otherPapers: months('Thời hạn giấy tờ khác (tháng)'),
        },
        { error: 'Thời hạn giấy tờ là một đối tượng { background, otherPapers }.' },
      )
      .optional(),
    standingCommitteeThreshold: threshold.optional(),
    verificationResponseWorkingDays: workingDays('Thời hạn trả lời thẩm tra (ngày làm việc)').optional(),
    sympathiserMinMonths: wholeNumber(
      SYMPATHISER_MONTHS.min,
      SYMPATHISER_MONTHS.max,
      'Thời gian tối thiểu trong danh sách cảm tình Đảng (tháng)',
    ).optional(),
    memberRecordWorkingDays: workingDays('Thời hạn hoàn thành lý lịch đảng viên (ngày làm việc)').optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Không có thiết lập tên ${issue.keys.join(', ')}.`
        : 'Thiết lập quy tắc là một đối tượng JSON {…}.',
  },
) satisfies z.ZodType<SettingOverrides>;
