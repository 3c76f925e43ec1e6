import type { Lang } from '@ketnap/domain';

export const auditMessages: Record<
  Lang,
  {
    title: string;
    intro: string;
    table: string;
    seq: string;
    at: string;
    actor: string;
    action: string;
    target: string;
    details: string;
    noActor: string;
    empty: string;
    newer: string;
    older: string;
  }
> = {
  vi: {
    title: 'Nhật ký thao tác',
    intro:
      'Mọi thay đổi và mọi lần xem thông tin nhạy cảm đều được ghi lại theo chuỗi băm, không sửa được. Nhật ký chỉ ghi mã và tên trường, không ghi nội dung.',
    table: 'Nhật ký thao tác của xã',
    seq: 'Số',
    at: 'Thời điểm',
    actor: 'Người thực hiện',
    action: 'Thao tác',
    target: 'Đối tượng',
    details: 'Chi tiết',
    noActor: '—',
    empty: 'Chưa có mục nào.',
    newer: 'Mới hơn',
    older: 'Cũ hơn',
  },
  en: {
    title: 'Audit log',
    intro:
      'Every change and every read of sensitive data is recorded in a hash chain that cannot be edited. Entries hold ids and field names, never the data.',
    table: "The commune's audit log",
    seq: 'No.',
    at: 'When',
    actor: 'By',
    action: 'Action',
    target: 'Target',
    details: 'Details',
    noActor: '—',
    empty: 'No entry yet.',
    newer: 'Newer',
    older: 'Older',
  },
};
