import type { Lang } from '@ketnap/domain';

/** The words of the targets screen. */
export const targetsMessages: Record<
  Lang,
  {
    title: string;
    intro: string;
    year: string;
    communeTarget: string;
    resolutionRef: string;
    assignedBy: string;
    setOn: string;
    subTargets: string;
    subTargetNames: Record<
      'female' | 'youthUnion' | 'ethnicMinority' | 'religious' | 'privateSector',
      string
    >;
    split: string;
    cell: string;
    members: string;
    openCandidates: string;
    cellTarget: string;
    sum: (sum: number, total: number) => string;
    proposeByMembers: string;
    proposeByCandidates: string;
    warnings: string;
    noWarnings: string;
    save: string;
    saved: (changed: number) => string;
    readOnly: string;
    history: string;
    unit: string;
    total: string;
    noHistory: string;
    print: string;
    invalid: string;
    badDate: string;
    notYetInForce: (setOn: string, asOf: string) => string;
  }
> = {
  vi: {
    title: 'Chỉ tiêu kết nạp đảng viên',
    intro:
      'Chỉ tiêu năm do cấp trên giao (kèm số nghị quyết) và phân bổ cho các chi bộ. Cảnh báo chỉ để lưu ý, không chặn việc lưu: phân bổ là quyết định của Đảng ủy xã. Mỗi lần lưu được ghi lại lịch sử.',
    year: 'Năm',
    communeTarget: 'Chỉ tiêu của xã',
    resolutionRef: 'Số, ngày nghị quyết giao chỉ tiêu',
    assignedBy: 'Cấp giao',
    setOn: 'Ngày ban hành',
    subTargets: 'Chỉ tiêu cơ cấu của xã (không bắt buộc)',
    subTargetNames: {
      female: 'Nữ',
      youthUnion: 'Đoàn viên thanh niên',
      ethnicMinority: 'Người dân tộc thiểu số',
      religious: 'Người có đạo',
      privateSector: 'Khu vực kinh tế tư nhân',
    },
    split: 'Phân bổ cho các chi bộ',
    cell: 'Chi bộ',
    members: 'Đảng viên',
    openCandidates: 'Quần chúng đang theo dõi',
    cellTarget: 'Chỉ tiêu',
    sum: (sum, total) => `Tổng phân bổ: ${sum} / chỉ tiêu xã ${total}`,
    proposeByMembers: 'Gợi ý theo số đảng viên',
    proposeByCandidates: 'Gợi ý theo số quần chúng',
    warnings: 'Cảnh báo',
    noWarnings: 'Không có cảnh báo.',
    save: 'Lưu chỉ tiêu',
    saved: (n) => (n === 0 ? 'Không có gì thay đổi.' : `Đã lưu ${n} chỉ tiêu.`),
    readOnly: 'Chỉ Văn phòng Đảng ủy xã được sửa chỉ tiêu.',
    history: 'Lịch sử thay đổi',
    unit: 'Đơn vị',
    total: 'Chỉ tiêu',
    noHistory: 'Chưa có chỉ tiêu nào cho năm này.',
    print: 'In',
    invalid: 'Kiểm tra lại các ô được đánh dấu.',
    badDate: 'Ngày không có thật hoặc sai định dạng (dd/mm/yyyy).',
    notYetInForce: (setOn, asOf) =>
      `Kế hoạch đã lưu ban hành ngày ${setOn}: có hiệu lực từ ngày đó, nên đến ngày ${asOf} chưa được tính vào tiến độ.`,
  },
  en: {
    title: 'Admission targets',
    intro:
      "The year's target from the level above (with its resolution) and its split across the cells. Warnings only advise, they never block saving: the split is the commune committee's decision. Every save keeps history.",
    year: 'Year',
    communeTarget: "Commune's target",
    resolutionRef: 'Resolution (number, date)',
    assignedBy: 'Assigned by',
    setOn: 'Issued on',
    subTargets: "Commune's sub-targets (optional)",
    subTargetNames: {
      female: 'Women',
      youthUnion: 'Youth Union members',
      ethnicMinority: 'Ethnic minorities',
      religious: 'Religious followers',
      privateSector: 'Private sector',
    },
    split: 'Split across cells',
    cell: 'Cell',
    members: 'Members',
    openCandidates: 'Open candidates',
    cellTarget: 'Target',
    sum: (sum, total) => `Split total: ${sum} / commune target ${total}`,
    proposeByMembers: 'Suggest by members',
    proposeByCandidates: 'Suggest by candidates',
    warnings: 'Warnings',
    noWarnings: 'No warnings.',
    save: 'Save targets',
    saved: (n) => (n === 0 ? 'Nothing changed.' : `${n} targets saved.`),
    readOnly: 'Only the commune office may change targets.',
    history: 'History of changes',
    unit: 'Unit',
    total: 'Target',
    noHistory: 'No target for this year yet.',
    print: 'Print',
    invalid: 'Please check the marked fields.',
    badDate: 'Not a real date or not dd/mm/yyyy.',
    notYetInForce: (setOn, asOf) =>
      `The saved plan is issued on ${setOn}: it applies from that day, so progress on ${asOf} does not count it yet.`,
  },
};
