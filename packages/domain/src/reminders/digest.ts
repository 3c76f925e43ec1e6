/**
 * The daily digest e-mail in Vietnamese (docs/reminders.md): what is overdue, then what is due this working week,
 * one line per deadline with the candidate's name, the step, the rule and the day. Pure text: the shell sends it.
 */
import type { IsoDate } from '../date.js';
import { formatDateVi } from '../locale/date-vi.js';
import type { ReminderItem } from './items.js';

const line = (i: ReminderItem) => `- ${formatDateVi(i.due)}: ${i.candidateName} — ${i.step.vi} (${i.rule})`;

/** The digest's subject and text on `today`; null when there is nothing to remind of (no e-mail is sent). */
export function digestMail(
  digest: { dueThisWeek: readonly ReminderItem[]; overdue: readonly ReminderItem[] },
  today: IsoDate,
): { subject: string; text: string } | null {
  const { dueThisWeek, overdue } = digest;
  if (dueThisWeek.length === 0 && overdue.length === 0) return null;
  const parts = [`Nhắc hạn công tác phát triển đảng viên, ngày ${formatDateVi(today)}.`, ''];
  if (overdue.length > 0) parts.push(`Quá hạn (${overdue.length}):`, ...overdue.map(line), '');
  if (dueThisWeek.length > 0)
    parts.push(`Đến hạn trong tuần làm việc tới (${dueThisWeek.length}):`, ...dueThisWeek.map(line), '');
  parts.push(
    'Xem chi tiết trong trang quản trị ketnap. Thư này gửi tự động mỗi ngày khi có việc đến hạn; không trả lời thư này.',
  );
  return {
    subject: `[ketnap] Nhắc hạn ${formatDateVi(today)}: ${overdue.length} quá hạn, ${dueThisWeek.length} đến hạn trong tuần`,
    text: `${parts.join('\n')}\n`,
  };
}
