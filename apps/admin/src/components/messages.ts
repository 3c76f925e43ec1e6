import type { CheckStatus, DeadlineStatus, Lang } from '@ketnap/domain';

/** Words the shared components use, in both languages. */
export const componentMessages: Record<
  Lang,
  {
    checkStatus: Record<CheckStatus, string>;
    deadlineStatus: Record<DeadlineStatus, string>;
    dueToday: string;
    workingDaysLeft: (n: number) => string;
    workingDaysOverdue: (n: number) => string;
    dateHint: string;
    noChecks: string;
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
    dueToday: 'Hạn cuối hôm nay',
    workingDaysLeft: (n) => `Còn ${n} ngày làm việc`,
    workingDaysOverdue: (n) => `Quá hạn ${n} ngày làm việc`,
    dateHint: 'Ngày/tháng/năm, ví dụ 05/09/2026',
    noChecks: 'Không có quy định nào để xét.',
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
    dueToday: 'Due today',
    workingDaysLeft: (n) => `${n} working day${n === 1 ? '' : 's'} left`,
    workingDaysOverdue: (n) => `${n} working day${n === 1 ? '' : 's'} overdue`,
    dateHint: 'Day/month/year, e.g. 05/09/2026',
    noChecks: 'No rule to check.',
  },
};
