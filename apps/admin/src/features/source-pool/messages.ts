import type { Lang } from '@ketnap/domain';

type Messages = {
  poolTitle: string;
  poolIntro: string;
  proposals: string;
  candidates: string;
  reviews: string;
  name: string;
  proposedBy: string;
  proposedOn: string;
  reason: string;
  status: string;
  stage: string;
  enteredPoolOn: string;
  reviewedOn: string;
  counts: (kept: number, added: number, dropped: number) => string;
  nextReview: (date: string, every: number) => string;
  overdue: string;
  notDue: string;
  none: string;
  pending: string;
  added: string;
  dropped: string;
  classTitle: string;
  /** `months`: the certificate's validity in the rule set in force (E-08). */
  classIntro: (months: number) => string;
  organiser: string;
  dates: string;
  roster: string;
  result: string;
  resultsOn: (date: string) => string;
  resultsPending: string;
};

export const sourcePoolMessages: Record<Lang, Messages> = {
  vi: {
    poolTitle: 'Nguồn kết nạp',
    poolIntro:
      'Các đoàn thể đề xuất quần chúng ưu tú; chi ủy rà soát danh sách nguồn theo định kỳ, mỗi lần ghi rõ giữ lại, đưa vào hoặc đưa ra khỏi nguồn và lý do.',
    proposals: 'Đề xuất của các đoàn thể',
    candidates: 'Quần chúng trong nguồn',
    reviews: 'Các lần rà soát',
    name: 'Họ và tên',
    proposedBy: 'Tổ chức đề xuất',
    proposedOn: 'Ngày đề xuất',
    reason: 'Lý do',
    status: 'Tình trạng',
    stage: 'Giai đoạn',
    enteredPoolOn: 'Ngày vào nguồn',
    reviewedOn: 'Ngày rà soát',
    counts: (kept, added, dropped) => `Giữ lại ${kept}, đưa vào ${added}, đưa ra ${dropped}`,
    nextReview: (date, every) => `Lần rà soát tới: ${date} (định kỳ ${every} tháng).`,
    overdue: 'Đã quá hạn rà soát.',
    notDue: 'Chưa có gì cần rà soát.',
    none: 'Chưa có.',
    pending: 'Chờ rà soát',
    added: 'Đã đưa vào nguồn',
    dropped: 'Không đưa vào',
    classTitle: 'Lớp bồi dưỡng nhận thức về Đảng',
    classIntro: (months) =>
      `Lớp do Trung tâm Chính trị hoặc Đảng ủy xã tổ chức; ghi kết quả lớp thì cấp giấy chứng nhận cho mọi học viên đạt cùng một lần, thời hạn ${months} tháng (E-08) tính từ ngày cấp.`,
    organiser: 'Đơn vị tổ chức',
    dates: 'Thời gian',
    roster: 'Học viên',
    result: 'Kết quả',
    resultsOn: (date) => `Đã cấp giấy chứng nhận ngày ${date}`,
    resultsPending: 'Chưa ghi kết quả',
  },
  en: {
    poolTitle: 'Source pool',
    poolIntro:
      'The mass organisations propose outstanding members; the cell committee reviews its source list on a schedule, recording each entry as kept, added or dropped, with the reason.',
    proposals: "The mass organisations' proposals",
    candidates: 'Candidates in the pool',
    reviews: 'Reviews',
    name: 'Full name',
    proposedBy: 'Proposed by',
    proposedOn: 'Proposed on',
    reason: 'Reason',
    status: 'Status',
    stage: 'Stage',
    enteredPoolOn: 'In the pool since',
    reviewedOn: 'Reviewed on',
    counts: (kept, added, dropped) => `Kept ${kept}, added ${added}, dropped ${dropped}`,
    nextReview: (date, every) => `Next review: ${date} (every ${every} months).`,
    overdue: 'The review is overdue.',
    notDue: 'Nothing to review yet.',
    none: 'None yet.',
    pending: 'Awaiting review',
    added: 'Added to the pool',
    dropped: 'Not added',
    classTitle: 'Party-awareness classes',
    classIntro: (months) =>
      `Organised by the political centre or the commune's committee; recording a class's results issues every passing candidate's certificate at once, valid ${months} months (E-08) from its issue day.`,
    organiser: 'Organiser',
    dates: 'Dates',
    roster: 'Candidates',
    result: 'Result',
    resultsOn: (date) => `Certificates issued on ${date}`,
    resultsPending: 'Results not recorded yet',
  },
};
