/**
 * Papers the applicant (or a member) must write by hand: ketnap never generates them (rules.md D-V3, "written out,
 * not filled-in blanks"). It prints what to write and checks that the paper was received: the step that records
 * its receipt is in the history.
 */
import type { Bilingual } from '../calendar/index.js';
import type { PipelineEvent, PipelineEventKind } from '../pipeline/events.js';
import { kndForms, type PaperForm } from './forms.js';

/** One hand-written paper: who writes it, the step that records its receipt, what to tell the writer. */
export interface HandwrittenPaper {
  kind: string;
  document: string;
  title: Bilingual;
  writtenBy: Bilingual;
  receivedAt: PipelineEventKind;
  instructions: Bilingual;
  forms: readonly PaperForm[];
}

const APPLICANT: Bilingual = { vi: 'Người xin vào Đảng', en: 'The applicant' };

export const handwrittenPapers: readonly HandwrittenPaper[] = [
  {
    kind: 'application',
    document: 'D-02',
    title: { vi: 'Đơn xin vào Đảng', en: 'Application for membership' },
    writtenBy: APPLICANT,
    receivedAt: 'application',
    instructions: {
      vi: 'Người xin vào Đảng tự viết tay đơn gửi chi ủy, chi bộ và đảng ủy: họ tên, ngày sinh, quê quán, nơi cư trú, nghề nghiệp; nhận thức về mục đích, lý tưởng của Đảng; động cơ vào Đảng; lời hứa; ngày và chữ ký. Không điền vào mẫu in sẵn.',
      en: 'The applicant writes the application by hand to the cell committee, the cell and the Party committee: name, date of birth, hometown, residence, occupation; understanding of the Party’s aims; motives; pledge; date and signature. Not a filled-in printed form.',
    },
    forms: kndForms('1-KNĐ', 'H'),
  },
  {
    kind: 'background',
    document: 'D-03',
    title: { vi: 'Lý lịch của người xin vào Đảng', en: 'Background record of the applicant' },
    writtenBy: APPLICANT,
    receivedAt: 'background-declared',
    instructions: {
      vi: 'Người xin vào Đảng tự khai vào cuốn lý lịch in sẵn (Mẫu 2-KNĐ), đầy đủ, trung thực, không tẩy xóa, không bỏ trống dòng (V-01); chi ủy đóng dấu giáp lai trước khi gửi thẩm tra, không ghi nhận xét (V-05).',
      en: 'The applicant fills the printed booklet (form 2-KNĐ) completely and truthfully, no erasures or skipped lines (V-01); the cell committee stamps the page joins before verification, with no comments (V-05).',
    },
    forms: kndForms('2-KNĐ', 'H'),
  },
  {
    kind: 'self-review',
    document: 'D-21',
    title: { vi: 'Bản tự kiểm điểm của đảng viên dự bị', en: "Probationary member's self-review" },
    writtenBy: { vi: 'Đảng viên dự bị', en: 'The probationary member' },
    receivedAt: 'probation-review',
    instructions: {
      vi: 'Đảng viên dự bị tự viết bản kiểm điểm trong thời gian dự bị: ưu điểm, khuyết điểm về phẩm chất chính trị, đạo đức, lối sống, thực hiện nhiệm vụ; đề nghị chi bộ xét công nhận đảng viên chính thức.',
      en: 'The probationary member writes a self-review of the probation: strengths and weaknesses in political quality, ethics, lifestyle and duties; asks the cell to consider recognition.',
    },
    forms: kndForms('10-KNĐ', 'H'),
  },
  {
    kind: 'helper-review',
    document: 'D-22',
    title: { vi: 'Bản nhận xét của đảng viên được phân công giúp đỡ', en: "The assigned helper's review" },
    writtenBy: { vi: 'Đảng viên được phân công giúp đỡ', en: 'The assigned helper' },
    receivedAt: 'probation-review',
    instructions: {
      vi: 'Đảng viên được phân công giúp đỡ tự viết bản nhận xét đảng viên dự bị (I-07): ưu điểm, khuyết điểm, đề nghị.',
      en: 'The assigned helper writes a review of the probationary member (I-07): strengths, weaknesses, recommendation.',
    },
    forms: kndForms('11-KNĐ', 'H'),
  },
];

/** Each hand-written paper with whether its receipt is recorded in `history` (the step that records it). */
export function handwrittenReceipt(history: readonly PipelineEvent[]) {
  return handwrittenPapers.map((p) => ({
    kind: p.kind,
    title: p.title,
    received: history.some((e) => e.kind === p.receivedAt),
  }));
}
