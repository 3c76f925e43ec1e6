import type { Lang } from '@ketnap/domain';

export const dashboardMessages: Record<
  Lang,
  {
    title: string;
    today: (date: string) => string;
    dueThisWeek: string;
    dueThisWeekHint: (date: string) => string;
    overdue: string;
    blocked: string;
    blockedHint: string;
    progress: (year: number) => string;
    admittedOf: (admitted: number, target: number | null) => string;
    noTarget: string;
    none: string;
    candidate: string;
    deadline: string;
    due: string;
    countdown: string;
    rules: string;
    noScope: string;
  }
> = {
  vi: {
    title: 'Bảng điều khiển',
    today: (date) => `Hôm nay ${date}`,
    dueThisWeek: 'Đến hạn trong tuần làm việc này',
    dueThisWeekHint: (date) => `Các thời hạn đến hết ngày ${date} (5 ngày làm việc).`,
    overdue: 'Quá hạn',
    blocked: 'Bị dừng do chưa đạt quy định',
    blockedHint:
      'Quần chúng chưa có quyết định kết nạp mà có quy định không đạt: cần xử lý trước khi chi bộ xét.',
    progress: (year) => `Tiến độ chỉ tiêu năm ${year}`,
    admittedOf: (admitted, target) =>
      target === null ? `Đã kết nạp ${admitted}` : `Đã kết nạp ${admitted} / chỉ tiêu ${target}`,
    noTarget: 'Chưa giao chỉ tiêu',
    none: 'Không có.',
    candidate: 'Quần chúng',
    deadline: 'Thời hạn',
    due: 'Hạn cuối',
    countdown: 'Còn lại',
    rules: 'Quy định chưa đạt',
    noScope: 'Tài khoản này chưa được giao đơn vị nào.',
  },
  en: {
    title: 'Dashboard',
    today: (date) => `Today ${date}`,
    dueThisWeek: 'Due this working week',
    dueThisWeekHint: (date) => `Deadlines up to ${date} (5 working days).`,
    overdue: 'Overdue',
    blocked: 'Blocked by a rule',
    blockedHint:
      'Candidates before the admission decision with a rule not met: to resolve before the cell votes.',
    progress: (year) => `Progress against the ${year} target`,
    admittedOf: (admitted, target) =>
      target === null ? `${admitted} admitted` : `${admitted} admitted of ${target}`,
    noTarget: 'No target set',
    none: 'None.',
    candidate: 'Candidate',
    deadline: 'Deadline',
    due: 'Due',
    countdown: 'Left',
    rules: 'Rules not met',
    noScope: 'This account has no unit yet.',
  },
};
