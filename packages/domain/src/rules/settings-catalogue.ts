/**
 * The catalogue of rule settings: for each L rule that is a commune setting, the rule it belongs to (statement and
 * citation come from the rule catalogue, never restated), its default, why it is a setting rather than a fixed
 * number, and the bounds a commune's value must keep. The console's "Thiết lập quy tắc" screen shows this table.
 */
import type { Bilingual } from '../calendar/index.js';
import { type RuleEntry, ruleEntry } from './catalogue.js';
import { defaultSettings, type RuleSettings, type SettingKey } from './settings.js';

/** One setting as the catalogue describes it. */
export interface SettingEntry<K extends SettingKey = SettingKey> {
  key: K;
  /** The catalogue rule the setting configures (its statement and citation are the rule's). */
  rule: RuleEntry;
  /** What the value means, for the edit form. */
  label: Bilingual;
  /** Why no text fixes it: why the commune's Organisation Board sets it. */
  why: Bilingual;
  /** The bounds a value must keep, as the form and the schema state them. */
  bounds: Bilingual;
  default: RuleSettings[K];
}

function rule(id: string): RuleEntry {
  const entry = ruleEntry(id);
  if (!entry) throw new Error(`settings catalogue: no rule ${id}`);
  return entry;
}

/** D-V2: the bounds of a validity period, in months. */
export const VALIDITY_MONTHS = { min: 1, max: 60 } as const;
/** V-07 and D-H8: the bounds of a working-day period (the case calendar keeps 90 working days of room). */
export const WORKING_DAYS = { min: 1, max: 90 } as const;
/** I-08: the bounds of the minimum time on the sympathiser list, in months. */
export const SYMPATHISER_MONTHS = { min: 0, max: 36 } as const;
/** T-07: the largest denominator of a threshold (a committee has far fewer members). */
export const MAX_DENOMINATOR = 100;

const validity = defaultSettings.documentValidityMonths;

/** Every setting, in the order the console lists them. The reasons state the defaults from `defaultSettings`. */
export const settingCatalogue: readonly SettingEntry[] = [
  {
    key: 'standingCommitteeThreshold',
    rule: rule('T-07'),
    label: {
      vi: 'Tỷ lệ thành viên Ban Thường vụ tán thành để quyết định kết nạp',
      en: 'Share of the standing committee in favour to decide an admission',
    },
    why: {
      vi: 'Không văn bản nào được tìm thấy nêu ngưỡng biểu quyết của Ban Thường vụ; mặc định theo nguyên tắc chung "quá nửa" (Điều lệ Đảng, Điều 9.5) cho đến khi Ban Xây dựng Đảng xác nhận.',
      en: 'No text located states the standing committee’s threshold; the default is the Charter’s general "more than half" (Art. 9.5) until the Organisation Board confirms it.',
    },
    bounds: {
      vi: `Một phân số từ 1/2 đến 1 (mẫu số không quá ${MAX_DENOMINATOR}); "quá" 1/2 hoặc "ít nhất" một tỷ lệ lớn hơn 1/2.`,
      en: `A fraction from 1/2 to 1 (denominator at most ${MAX_DENOMINATOR}); "more than" 1/2 or "at least" a larger share.`,
    },
    default: defaultSettings.standingCommitteeThreshold,
  },
  {
    key: 'documentValidityMonths',
    rule: rule('D-V2'),
    label: {
      vi: 'Thời hạn giá trị của lý lịch (từ ngày chứng nhận) và của các giấy tờ khác, tính bằng tháng',
      en: 'Months the background record (from its certification) and the other papers stay valid',
    },
    why: {
      vi: `Các con số ${validity.background} tháng và ${validity.otherPapers} tháng chưa đối chiếu được với Hướng dẫn 06-HD/TW, điểm 5.4: Đảng ủy xã xác nhận.`,
      en: `The ${validity.background}- and ${validity.otherPapers}-month values could not be checked against 06-HD/TW point 5.4: the commune committee confirms them.`,
    },
    bounds: {
      vi: `Mỗi thời hạn là số nguyên từ ${VALIDITY_MONTHS.min} đến ${VALIDITY_MONTHS.max} tháng.`,
      en: `Each period is a whole number from ${VALIDITY_MONTHS.min} to ${VALIDITY_MONTHS.max} months.`,
    },
    default: defaultSettings.documentValidityMonths,
  },
  {
    key: 'verificationResponseWorkingDays',
    rule: rule('V-07'),
    label: {
      vi: 'Số ngày làm việc để nơi được đề nghị trả lời thẩm tra lý lịch trước khi nhắc',
      en: 'Working days for a committee to answer a verification request before it is reminded',
    },
    why: {
      vi: 'Không văn bản nào quy định thời hạn trả lời thẩm tra; Đảng ủy xã có thể đặt một thời hạn nội bộ để theo dõi.',
      en: 'No text sets a deadline for answering a verification request; the commune may set an internal one to track.',
    },
    bounds: {
      vi: `Số nguyên từ ${WORKING_DAYS.min} đến ${WORKING_DAYS.max} ngày làm việc.`,
      en: `A whole number from ${WORKING_DAYS.min} to ${WORKING_DAYS.max} working days.`,
    },
    default: defaultSettings.verificationResponseWorkingDays,
  },
  {
    key: 'sympathiserMinMonths',
    rule: rule('I-08'),
    label: {
      vi: 'Số tháng tối thiểu trong danh sách cảm tình Đảng trước khi chi bộ xét (0: không yêu cầu)',
      en: 'Minimum months on the sympathiser list before the cell vote (0: none)',
    },
    why: {
      vi: 'Trung ương không quy định thời gian tối thiểu; một số đơn vị yêu cầu từ 1 năm theo thực tiễn địa phương.',
      en: 'No national minimum exists; some units require a year or more as local practice.',
    },
    bounds: {
      vi: `Số nguyên từ ${SYMPATHISER_MONTHS.min} đến ${SYMPATHISER_MONTHS.max} tháng.`,
      en: `A whole number from ${SYMPATHISER_MONTHS.min} to ${SYMPATHISER_MONTHS.max} months.`,
    },
    default: defaultSettings.sympathiserMinMonths,
  },
  {
    key: 'memberRecordWorkingDays',
    rule: rule('D-H8'),
    label: {
      vi: 'Số ngày làm việc sau lễ kết nạp để hoàn thành lý lịch đảng viên',
      en: 'Working days after the ceremony to complete the Party-member record',
    },
    why: {
      vi: `${defaultSettings.memberRecordWorkingDays} ngày làm việc theo Hướng dẫn 12-HD/BTCTW (2022) qua tài liệu ôn tập; chưa đối chiếu Hướng dẫn 38-HD/BTCTW (2025).`,
      en: `${defaultSettings.memberRecordWorkingDays} working days per 12-HD/BTCTW (2022) as a quiz bank reports it; not checked against 38-HD/BTCTW (2025).`,
    },
    bounds: {
      vi: `Số nguyên từ ${WORKING_DAYS.min} đến ${WORKING_DAYS.max} ngày làm việc.`,
      en: `A whole number from ${WORKING_DAYS.min} to ${WORKING_DAYS.max} working days.`,
    },
    default: defaultSettings.memberRecordWorkingDays,
  },
];

/** The catalogue entry of `key`. */
export function settingEntry(key: SettingKey): SettingEntry {
  const entry = settingCatalogue.find((s) => s.key === key);
  if (!entry) throw new Error(`no setting ${key}`);
  return entry;
}
