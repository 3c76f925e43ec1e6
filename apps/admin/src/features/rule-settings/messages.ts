import type { Lang } from '@ketnap/domain';

/** The words of the rule settings screen. */
export const ruleSettingsMessages: Record<
  Lang,
  {
    title: string;
    intro: string;
    noCommune: string;
    statement: string;
    citation: string;
    why: string;
    bounds: string;
    defaultValue: string;
    currentValue: string;
    changedBy: (who: string, on: string) => string;
    notChanged: string;
    save: string;
    reset: string;
    saved: string;
    readOnly: string;
    numerator: string;
    denominator: string;
    comparison: string;
    moreThan: string;
    atLeast: string;
    background: string;
    otherPapers: string;
    months: (n: number) => string;
    workingDays: (n: number) => string;
    noMinimum: string;
  }
> = {
  vi: {
    title: 'Thiết lập quy tắc',
    intro:
      'Các quy tắc chưa được xác minh trong văn bản (mức tin cậy L) là thiết lập của Đảng ủy xã: mỗi quy tắc có giá trị mặc định, Văn phòng Đảng ủy xác nhận hoặc thay đổi sau khi Ban Xây dựng Đảng thống nhất. Mọi lần xét hồ sơ đều dùng giá trị hiện hành; mỗi thay đổi được ghi nhật ký.',
    noCommune: 'Thiết lập quy tắc thuộc về từng xã; tài khoản của bạn không gắn với xã nào.',
    statement: 'Quy tắc',
    citation: 'Căn cứ',
    why: 'Vì sao là thiết lập',
    bounds: 'Giới hạn',
    defaultValue: 'Mặc định',
    currentValue: 'Giá trị hiện hành',
    changedBy: (who, on) => `Thay đổi bởi ${who} lúc ${on}`,
    notChanged: 'Đang dùng giá trị mặc định.',
    save: 'Lưu',
    reset: 'Về mặc định',
    saved: 'Đã lưu.',
    readOnly: 'Chỉ Văn phòng Đảng ủy xã được thay đổi thiết lập.',
    numerator: 'Tử số',
    denominator: 'Mẫu số',
    comparison: 'So sánh',
    moreThan: 'quá (lớn hơn)',
    atLeast: 'ít nhất (từ … trở lên)',
    background: 'Lý lịch (tháng)',
    otherPapers: 'Giấy tờ khác (tháng)',
    months: (n) => `${n} tháng`,
    workingDays: (n) => `${n} ngày làm việc`,
    noMinimum: 'Không yêu cầu',
  },
  en: {
    title: 'Rule settings',
    intro:
      'The rules no text confirms (confidence L) are the commune’s settings: each has a default that the commune office confirms or changes once the Organisation Board agrees. Every evaluation uses the current value; every change is audited.',
    noCommune: 'Rule settings belong to a commune; your account is not attached to one.',
    statement: 'Rule',
    citation: 'Citation',
    why: 'Why it is a setting',
    bounds: 'Bounds',
    defaultValue: 'Default',
    currentValue: 'Current value',
    changedBy: (who, on) => `Changed by ${who} at ${on}`,
    notChanged: 'The default is in use.',
    save: 'Save',
    reset: 'Back to default',
    saved: 'Saved.',
    readOnly: 'Only the commune office may change the settings.',
    numerator: 'Numerator',
    denominator: 'Denominator',
    comparison: 'Comparison',
    moreThan: 'more than',
    atLeast: 'at least',
    background: 'Background record (months)',
    otherPapers: 'Other papers (months)',
    months: (n) => `${n} months`,
    workingDays: (n) => `${n} working days`,
    noMinimum: 'None',
  },
};
