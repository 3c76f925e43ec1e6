import type { Lang } from '@ketnap/domain';

export const membersMessages: Record<
  Lang,
  {
    title: string;
    intro: string;
    search: string;
    /** Rows `from`–`to` of the `matching` members, out of the unit's `total` (the same unless a search narrows). */
    shown: (from: number, to: number, matching: number, total: number) => string;
    noMatch: (query: string) => string;
    page: string;
    name: string;
    status: string;
    joinedOn: string;
    officialOn: string;
    may: string;
    official: string;
    probationary: string;
    mayIntroduce: string;
    probationUntil: (date: string) => string;
  }
> = {
  vi: {
    title: 'Đảng viên',
    intro:
      'Người giới thiệu phải là đảng viên chính thức (I-02) và đã cùng công tác, học tập hoặc cư trú với quần chúng ít nhất 12 tháng (I-03): thời gian này được tính cho từng quần chúng khi chọn người giới thiệu.',
    search: 'Tìm theo tên',
    shown: (from, to, matching, total) =>
      matching === total
        ? `Hiển thị ${from}–${to} / ${total} đảng viên`
        : `Hiển thị ${from}–${to} / ${matching} đảng viên khớp (trong ${total} đảng viên)`,
    noMatch: (query) => `Không có đảng viên nào khớp với “${query}”.`,
    page: 'Trang danh sách đảng viên',
    name: 'Họ và tên',
    status: 'Tình trạng',
    joinedOn: 'Ngày vào Đảng',
    officialOn: 'Ngày chính thức',
    may: 'Giới thiệu, giúp đỡ',
    official: 'Chính thức',
    probationary: 'Dự bị',
    mayIntroduce: 'Đủ điều kiện giới thiệu người vào Đảng',
    probationUntil: (date) => `Dự bị đến ${date}: chưa được giới thiệu`,
  },
  en: {
    title: 'Party members',
    intro:
      'An introducer must be an official member (I-02) who has worked, studied or lived with the candidate for at least 12 months (I-03): that time is counted per candidate when the introducer is chosen.',
    search: 'Search by name',
    shown: (from, to, matching, total) =>
      matching === total
        ? `Showing ${from}–${to} of ${total} members`
        : `Showing ${from}–${to} of ${matching} matching members (of ${total})`,
    noMatch: (query) => `No member matches “${query}”.`,
    page: 'Members list page',
    name: 'Full name',
    status: 'Status',
    joinedOn: 'Joined',
    officialOn: 'Official since',
    may: 'Introduce, help',
    official: 'Official',
    probationary: 'Probationary',
    mayIntroduce: 'May introduce candidates',
    probationUntil: (date) => `Probationary until ${date}: may not introduce yet`,
  },
};
