import type { CaseStep, CheckStatus, DeadlineStatus, EducationLevel, Lang } from '@ketnap/domain';

/** Words the shared components use, in both languages. */
export const componentMessages: Record<
  Lang,
  {
    checkStatus: Record<CheckStatus, string>;
    deadlineStatus: Record<DeadlineStatus, string>;
    /** The step of the case a check or deadline judges. */
    steps: Record<CaseStep, string>;
    /** Beside a countdown counted across years whose days off are not announced yet. */
    calendarNote: (years: readonly number[]) => string;
    dueToday: string;
    workingDaysLeft: (n: number) => string;
    workingDaysOverdue: (n: number) => string;
    dateHint: string;
    noChecks: string;
    noCommune: string;
    educationLevels: Record<EducationLevel, string>;
  }
> = {
  vi: {
    checkStatus: { pass: 'Đạt', fail: 'Không đạt', pending: 'Chưa xét', 'not-applicable': 'Không áp dụng' },
    deadlineStatus: {
      met: 'Đúng hạn',
      missed: 'Trễ hạn',
      open: 'Đang chạy',
      overdue: 'Quá hạn',
      'not-applicable': 'Chưa bắt đầu',
    },
    steps: {
      'cell-vote': 'Chi bộ xét kết nạp',
      decision: 'Quyết định kết nạp',
      ceremony: 'Lễ kết nạp',
      'recognition-vote': 'Chi bộ xét công nhận chính thức',
      'recognition-decision': 'Quyết định công nhận chính thức',
    },
    calendarNote: (years) => `Lịch nghỉ năm ${years.join(', ')} chưa công bố: tính theo ngày nghỉ theo luật`,
    dueToday: 'Hạn cuối hôm nay',
    workingDaysLeft: (n) => `Còn ${n} ngày làm việc`,
    workingDaysOverdue: (n) => `Quá hạn ${n} ngày làm việc`,
    dateHint: 'Ngày/tháng/năm, ví dụ 05/09/2026',
    noChecks: 'Không có quy định nào để xét.',
    noCommune: 'Tài khoản này không quản trị xã nào.',
    educationLevels: {
      none: 'Chưa biết chữ',
      literate: 'Biết đọc, biết viết chữ quốc ngữ',
      primary: 'Hoàn thành tiểu học',
      'lower-secondary': 'Tốt nghiệp THCS',
      'upper-secondary': 'Tốt nghiệp THPT',
      vocational: 'Trung cấp',
      college: 'Cao đẳng',
      university: 'Đại học',
      postgraduate: 'Sau đại học',
    },
  },
  en: {
    checkStatus: { pass: 'Met', fail: 'Not met', pending: 'Pending', 'not-applicable': 'Not applicable' },
    deadlineStatus: {
      met: 'Met',
      missed: 'Missed',
      open: 'Running',
      overdue: 'Overdue',
      'not-applicable': 'Not started',
    },
    steps: {
      'cell-vote': 'Cell vote',
      decision: 'Admission decision',
      ceremony: 'Ceremony',
      'recognition-vote': 'Recognition vote',
      'recognition-decision': 'Recognition decision',
    },
    calendarNote: (years) =>
      `The ${years.join(', ')} days off are not announced yet: counted on the statutory holidays`,
    dueToday: 'Due today',
    workingDaysLeft: (n) => `${n} working day${n === 1 ? '' : 's'} left`,
    workingDaysOverdue: (n) => `${n} working day${n === 1 ? '' : 's'} overdue`,
    dateHint: 'Day/month/year, e.g. 05/09/2026',
    noChecks: 'No rule to check.',
    noCommune: 'This account administers no commune.',
    educationLevels: {
      none: 'None',
      literate: 'Literate',
      primary: 'Primary school',
      'lower-secondary': 'Lower secondary',
      'upper-secondary': 'Upper secondary',
      vocational: 'Vocational',
      college: 'College',
      university: 'University',
      postgraduate: 'Postgraduate',
    },
  },
};
