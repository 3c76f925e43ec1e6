import type { Lang } from '@ketnap/domain';

/** The verification section's words (relation and answer labels come from the domain, in both languages). */
export const verificationMessages: Record<
  Lang,
  {
    title: string;
    hint: string;
    reveal: string;
    hide: string;
    notAllowed: string;
    empty: string;
    checks: string;
    table: string;
    person: string;
    organisation: string;
    sentOn: string;
    due: string;
    result: string;
    exempt: (reason: string) => string;
    dueHint: (days: number) => string;
    add: string;
    addTitle: string;
    relation: string;
    personName: string;
    place: string;
    isExempt: string;
    exemptReason: string;
    save: string;
    cancel: string;
    recordAnswer: string;
    answeredOn: string;
    answer: string;
    choose: string;
    failed: string;
    saved: string;
  }
> = {
  vi: {
    title: 'Thẩm tra lý lịch',
    hint: 'Danh sách người được thẩm tra có họ tên người thân (thông tin nhạy cảm): mỗi lần xem được ghi vào nhật ký.',
    reveal: 'Xem yêu cầu thẩm tra',
    hide: 'Ẩn',
    notAllowed: 'Chỉ văn phòng Đảng ủy xã và bí thư chi bộ của quần chúng xem được thẩm tra lý lịch.',
    empty: 'Chưa có yêu cầu thẩm tra nào.',
    checks: 'Điều kiện thẩm tra trước khi chi bộ xét',
    table: 'Các yêu cầu thẩm tra lý lịch',
    person: 'Người được thẩm tra',
    organisation: 'Tổ chức được đề nghị',
    sentOn: 'Ngày gửi',
    due: 'Hạn trả lời',
    result: 'Kết quả',
    exempt: (reason) => `Miễn thẩm tra (V-04): ${reason}`,
    dueHint: (days) => `Hạn trả lời: ${days} ngày làm việc kể từ ngày gửi (V-07, theo cài đặt của xã).`,
    add: 'Thêm người được thẩm tra',
    addTitle: 'Yêu cầu thẩm tra mới',
    relation: 'Quan hệ với người vào Đảng',
    personName: 'Họ và tên',
    place: 'Nơi của tổ chức (xã, tỉnh)',
    isExempt: 'Miễn thẩm tra (V-04)',
    exemptReason: 'Lý do miễn thẩm tra',
    save: 'Lưu',
    cancel: 'Hủy',
    recordAnswer: 'Ghi kết quả',
    answeredOn: 'Ngày trả lời',
    answer: 'Kết quả thẩm tra',
    choose: '— Chọn —',
    failed: 'Không lưu được. Thử lại.',
    saved: 'Đã lưu.',
  },
  en: {
    title: 'Background verification',
    hint: 'The list names relatives (sensitive data): every view is written to the audit log.',
    reveal: 'Show verification requests',
    hide: 'Hide',
    notAllowed: "Only the commune office and the candidate's cell secretary may see the verification.",
    empty: 'No verification request yet.',
    checks: 'Verification before the cell vote',
    table: 'Verification requests',
    person: 'Person verified',
    organisation: 'Organisation asked',
    sentOn: 'Sent',
    due: 'Answer due',
    result: 'Result',
    exempt: (reason) => `Exempt (V-04): ${reason}`,
    dueHint: (days) => `Answer due ${days} working days after sending (V-07, the commune's setting).`,
    add: 'Add a person to verify',
    addTitle: 'New verification request',
    relation: 'Relation to the candidate',
    personName: 'Full name',
    place: "Organisation's place (commune, province)",
    isExempt: 'Exempt (V-04)',
    exemptReason: 'Reason for the exemption',
    save: 'Save',
    cancel: 'Cancel',
    recordAnswer: 'Record the answer',
    answeredOn: 'Answered on',
    answer: 'Answer',
    choose: '— Choose —',
    failed: 'Could not save. Try again.',
    saved: 'Saved.',
  },
};
