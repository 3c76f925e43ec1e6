import type { Lang } from '@ketnap/domain';

/** The words of the candidate page's personal data section (export, erasure) and of an erased dossier. */
export const privacyMessages: Record<
  Lang,
  {
    title: string;
    exportHint: string;
    exportHtml: string;
    exportJson: string;
    erase: string;
    eraseHint: string;
    confirm: string;
    confirmErase: string;
    cancel: string;
    erased: (on: string) => string;
    erasedDone: string;
    erasedTitle: string;
    erasedBody: (on: string) => string;
    failed: string;
  }
> = {
  vi: {
    title: 'Dữ liệu cá nhân',
    exportHint:
      'Toàn bộ dữ liệu về người này (lý lịch, thông tin nhạy cảm, các bước, nhật ký) để giao cho chính người đó khi họ yêu cầu. Mỗi lần xuất được ghi nhật ký.',
    exportHtml: 'Xuất dữ liệu cá nhân (trang in)',
    exportJson: 'Xuất dữ liệu cá nhân (JSON)',
    erase: 'Xóa hồ sơ',
    eraseHint:
      'Hồ sơ không được kết nạp hoặc đã rút được xóa khi hết thời hạn lưu trữ của xã (mặc định 60 tháng kể từ ngày đó).',
    confirm:
      'Xóa vĩnh viễn họ tên, ngày sinh (chỉ giữ năm sinh), giới tính, lý lịch, thông tin nhạy cảm và nội dung các bước. Chỉ giữ loại bước và ngày để thống kê. Không hoàn tác được.',
    confirmErase: 'Xóa vĩnh viễn',
    cancel: 'Hủy',
    erased: (on) => `Hồ sơ đã được xóa ngày ${on}: không còn dữ liệu cá nhân để xuất.`,
    erasedDone: 'Đã xóa hồ sơ (nhật ký ghi tên trường, không ghi nội dung).',
    erasedTitle: 'Hồ sơ đã được xóa',
    erasedBody: (on) =>
      `Ngày ${on}, hồ sơ này đã được xóa theo quy định bảo vệ dữ liệu cá nhân. Chỉ còn loại và ngày của các bước để thống kê; không sửa, không ghi thêm bước và không xuất được.`,
    failed: 'Không thực hiện được, vui lòng thử lại.',
  },
  en: {
    title: 'Personal data',
    exportHint:
      'Everything held about this person (record, sensitive fields, steps, audit entries), to give to them on request. Every export is audited.',
    exportHtml: 'Export personal data (printable page)',
    exportJson: 'Export personal data (JSON)',
    erase: 'Erase the dossier',
    eraseHint:
      "A rejected or withdrawn dossier may be erased once the commune's retention period has run (60 months from that day unless set otherwise).",
    confirm:
      'Erases for good the name, the birth date (the year is kept), the gender, the record, the sensitive fields and the details of the steps. Only the kinds and days of the steps stay, for the counts. This cannot be undone.',
    confirmErase: 'Erase for good',
    cancel: 'Cancel',
    erased: (on) => `Erased on ${on}: no personal data is left to export.`,
    erasedDone: 'The dossier was erased (the audit log names the fields, never their content).',
    erasedTitle: 'This dossier was erased',
    erasedBody: (on) =>
      `On ${on} this dossier was erased under the personal data protection rules. Only the kinds and days of its steps remain, for the counts; it cannot be edited, extended or exported.`,
    failed: 'That did not work; please retry.',
  },
};
