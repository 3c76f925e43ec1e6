/**
 * THE table of audit actions and their words: the api may write only an action named here (`AuditAction` types its
 * `ctx.audit`), so a new action without words does not compile, and the audit screen reads each entry in plain
 * Vietnamese or English instead of `candidate.admission-decision`.
 */
import type { Bilingual } from '../calendar/calendar-data.js';
import type { ImportKind } from '../imports/columns.js';
import { eventLabels, type PipelineEventKind, pipelineEventKinds } from '../pipeline/events.js';

const FIXED = {
  'auth.login': { vi: 'Đăng nhập', en: 'Signed in' },
  'auth.logout': { vi: 'Đăng xuất', en: 'Signed out' },
  'auth.login-failed': { vi: 'Đăng nhập sai mật khẩu', en: 'Sign-in with a wrong password' },
  'auth.login-refused': { vi: 'Từ chối đăng nhập', en: 'Sign-in refused' },
  'access.denied': { vi: 'Bị từ chối truy cập', en: 'Access denied' },
  'account.create': { vi: 'Tạo tài khoản', en: 'Created an account' },
  'account.disable': { vi: 'Khóa tài khoản', en: 'Disabled an account' },
  'account.enable': { vi: 'Mở khóa tài khoản', en: 'Enabled an account' },
  'account.grant': { vi: 'Cấp vai trò', en: 'Granted a role' },
  'account.revoke': { vi: 'Thu hồi vai trò', en: 'Revoked a role' },
  'account.password-changed': { vi: 'Đổi mật khẩu', en: 'Changed the password' },
  'account.password-change-failed': { vi: 'Đổi mật khẩu không thành công', en: 'Password change failed' },
  'account.password-reset': { vi: 'Đặt lại mật khẩu', en: 'Reset a password' },
  'candidate.create': { vi: 'Thêm quần chúng', en: 'Added a candidate' },
  'candidate.import': { vi: 'Thêm quần chúng từ file Excel', en: 'Imported a candidate' },
  'candidate.update-profile': { vi: 'Sửa thông tin quần chúng', en: 'Edited a candidate' },
  'candidate.step-refused': { vi: 'Bước bị từ chối theo quy định', en: 'Step refused by the rules' },
  'candidate.read-sensitive': { vi: 'Xem thông tin nhạy cảm', en: 'Read sensitive fields' },
  'commune.read-sensitive': {
    vi: 'Xem thống kê theo thông tin nhạy cảm',
    en: 'Read figures built on sensitive fields',
  },
  'member.import': { vi: 'Thêm đảng viên từ file Excel', en: 'Imported a party member' },
  'import.members': { vi: 'Nhập danh sách đảng viên', en: 'Imported the members list' },
  'import.candidates': { vi: 'Nhập danh sách quần chúng', en: 'Imported the candidates list' },
  'privacy.export': { vi: 'Xuất dữ liệu cá nhân', en: 'Exported personal data' },
  'privacy.erase': { vi: 'Xóa hồ sơ', en: 'Erased a dossier' },
  'targets.set': { vi: 'Lưu chỉ tiêu', en: 'Saved targets' },
  'targets.settings': { vi: 'Đổi cài đặt chỉ tiêu', en: 'Changed target settings' },
  'rule-settings.set': { vi: 'Đổi thiết lập quy tắc', en: 'Changed a rule setting' },
  'verification.sent': { vi: 'Gửi đề nghị thẩm tra lý lịch', en: 'Sent a verification request' },
  'verification.exempted': { vi: 'Miễn thẩm tra một người', en: 'Exempted a person from verification' },
  'verification.answered': { vi: 'Ghi kết quả thẩm tra', en: 'Recorded a verification answer' },
  'reminders.feed-created': { vi: 'Tạo địa chỉ lịch nhắc hạn', en: 'Created a calendar feed' },
  'reminders.feed-revoked': { vi: 'Thu hồi địa chỉ lịch nhắc hạn', en: 'Revoked a calendar feed' },
  'reminders.email-set': { vi: 'Đặt địa chỉ thư nhắc hạn', en: 'Set the reminder e-mail address' },
  'reminders.email-removed': { vi: 'Bỏ địa chỉ thư nhắc hạn', en: 'Removed the reminder e-mail address' },
  'source.propose': { vi: 'Giới thiệu quần chúng vào nguồn', en: 'Proposed a person to the source list' },
  'source.review': { vi: 'Rà soát danh sách nguồn', en: 'Reviewed the source list' },
  'class.create': { vi: 'Mở lớp bồi dưỡng nhận thức về Đảng', en: 'Opened an awareness class' },
  'class.results': { vi: 'Ghi kết quả lớp bồi dưỡng', en: 'Recorded an awareness class’s results' },
  'paper.generate': { vi: 'Tạo văn bản', en: 'Generated a paper' },
  'paper.reissue': { vi: 'Ban hành lại văn bản đã sửa', en: 'Re-issued a corrected paper' },
} as const satisfies Record<string, Bilingual> & Record<`import.${ImportKind}`, Bilingual>;

/** A recorded step is audited under its kind (`candidate.cell-vote`). */
type StepAction = `candidate.${PipelineEventKind}`;

/** Every action the api may write. */
export type AuditAction = keyof typeof FIXED | StepAction;

const STEPS = Object.fromEntries(
  pipelineEventKinds.map((kind) => [
    `candidate.${kind}`,
    { vi: `Ghi bước: ${eventLabels[kind].vi}`, en: `Recorded: ${eventLabels[kind].en}` },
  ]),
) as Record<StepAction, Bilingual>;

/** The words of every action. */
export const auditActionLabels: Readonly<Record<AuditAction, Bilingual>> = { ...FIXED, ...STEPS };

/**
 * The words of a stored action. An entry written before its action had words (or by an older version) shows its
 * code: the log is append-only, so its text is never rewritten.
 */
export function auditActionLabel(action: string): Bilingual {
  return (auditActionLabels as Record<string, Bilingual>)[action] ?? { vi: action, en: action };
}
