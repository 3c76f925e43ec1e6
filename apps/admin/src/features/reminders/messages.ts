import type { Lang } from '@ketnap/domain';

export const reminderMessages: Record<
  Lang,
  {
    title: string;
    intro: string;
    feed: string;
    feedHint: string;
    feedActive: (since: string) => string;
    feedNone: string;
    feedCreate: string;
    feedReplace: string;
    feedAddress: string;
    feedShownOnce: string;
    feedRevoke: string;
    email: string;
    emailHint: string;
    emailLabel: string;
    save: string;
    remove: string;
    saved: string;
    failed: string;
    log: string;
    logHint: string;
    logTable: string;
    logEmpty: string;
    day: string;
    at: string;
    account: string;
    recipient: string;
    status: string;
    items: string;
    error: string;
    statuses: Record<'sent' | 'failed', string>;
  }
> = {
  vi: {
    title: 'Nhắc hạn',
    intro:
      'Các hạn của đơn vị mình (quần chúng, bước cần làm, ngày hạn) đưa vào lịch trên điện thoại và gửi thư hằng ngày. Chỉ có tên quần chúng và bước, không có thông tin cá nhân khác.',
    feed: 'Lịch nhắc hạn (iCalendar)',
    feedHint:
      'Thêm địa chỉ này vào ứng dụng lịch (Google Lịch, Lịch iPhone, Outlook) dưới dạng "lịch theo địa chỉ URL". Ai có địa chỉ đều xem được: không chia sẻ.',
    feedActive: (since) => `Đang dùng một địa chỉ lịch, tạo lúc ${since}.`,
    feedNone: 'Chưa có địa chỉ lịch.',
    feedCreate: 'Tạo địa chỉ lịch',
    feedReplace: 'Tạo địa chỉ mới (địa chỉ cũ ngừng hoạt động)',
    feedAddress: 'Địa chỉ lịch của bạn',
    feedShownOnce: 'Địa chỉ chỉ hiện một lần: sao chép ngay.',
    feedRevoke: 'Thu hồi địa chỉ lịch',
    email: 'Thư nhắc hạn hằng ngày',
    emailHint:
      'Mỗi sáng có việc quá hạn hoặc đến hạn trong tuần, ketnap gửi một thư tóm tắt đến địa chỉ này.',
    emailLabel: 'Địa chỉ e-mail nhận thư',
    save: 'Lưu',
    remove: 'Không nhận thư',
    saved: 'Đã lưu.',
    failed: 'Không lưu được. Thử lại.',
    log: 'Nhật ký gửi thư nhắc hạn',
    logHint: 'Mỗi thư đã gửi hoặc gửi lỗi của các tài khoản trong xã: thư lỗi hiện ở đây, không mất lặng lẽ.',
    logTable: 'Các thư nhắc hạn đã gửi',
    logEmpty: 'Chưa gửi thư nhắc hạn nào.',
    day: 'Ngày',
    at: 'Thời điểm',
    account: 'Tài khoản',
    recipient: 'Người nhận',
    status: 'Kết quả',
    items: 'Số việc',
    error: 'Mã lỗi',
    statuses: { sent: 'Đã gửi', failed: 'Lỗi' },
  },
  en: {
    title: 'Reminders',
    intro:
      "Your units' deadlines (candidate, step, due day) in your phone's calendar and in a daily e-mail. Only the candidate's name and the step, no other personal data.",
    feed: 'Deadline calendar (iCalendar)',
    feedHint:
      'Add this address to a calendar app as a calendar "from URL". Anyone with it can read it: do not share it.',
    feedActive: (since) => `A calendar address is in use, created ${since}.`,
    feedNone: 'No calendar address yet.',
    feedCreate: 'Create a calendar address',
    feedReplace: 'New address (the old one stops)',
    feedAddress: 'Your calendar address',
    feedShownOnce: 'The address is shown once: copy it now.',
    feedRevoke: 'Revoke the calendar address',
    email: 'Daily reminder e-mail',
    emailHint:
      'Each morning with something overdue or due this week, ketnap sends a summary to this address.',
    emailLabel: 'E-mail address',
    save: 'Save',
    remove: 'No e-mail',
    saved: 'Saved.',
    failed: 'Could not save. Try again.',
    log: 'Reminder e-mail log',
    logHint: "Every digest sent or failed for the commune's accounts: a failed one shows here.",
    logTable: 'Reminder e-mails sent',
    logEmpty: 'No reminder e-mail yet.',
    day: 'Day',
    at: 'At',
    account: 'Account',
    recipient: 'Recipient',
    status: 'Result',
    items: 'Items',
    error: 'Error code',
    statuses: { sent: 'Sent', failed: 'Failed' },
  },
};
