import type { Lang } from '@ketnap/domain';

/** The words of the candidate page's papers section (docs/papers.md). */
export const papersMessages: Record<
  Lang,
  {
    title: string;
    hint: string;
    word: string;
    pdf: string;
    wordOf: (title: string) => string;
    pdfOf: (title: string) => string;
    number: string;
    missing: string;
    failed: string;
    handwritten: string;
    received: string;
    notReceived: string;
  }
> = {
  vi: {
    title: 'Giấy tờ',
    hint: 'Giấy tờ lập sẵn từ hồ sơ theo mẫu của hướng dẫn có hiệu lực vào ngày của bước. Mỗi lần tải được ghi nhật ký.',
    word: 'Tải Word',
    pdf: 'Tải PDF',
    wordOf: (t) => `Tải Word: ${t}`,
    pdfOf: (t) => `Tải PDF: ${t}`,
    number: 'Số',
    missing: 'Cần bổ sung trước',
    failed: 'Bước không đạt quy định, không lập giấy tờ',
    handwritten: 'Giấy tờ tự viết tay (ketnap không lập)',
    received: 'Đã nhận',
    notReceived: 'Chưa nhận',
  },
  en: {
    title: 'Papers',
    hint: "Papers prefilled from the dossier, in the form of the guide in force on the step's day. Each download is audited.",
    word: 'Word',
    pdf: 'PDF',
    wordOf: (t) => `Word: ${t}`,
    pdfOf: (t) => `PDF: ${t}`,
    number: 'No.',
    missing: 'Fill in first',
    failed: 'The step failed its rules: no paper',
    handwritten: 'Hand-written papers (ketnap does not make them)',
    received: 'Received',
    notReceived: 'Not received',
  },
};
