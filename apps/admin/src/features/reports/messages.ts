import type { Lang } from '@ketnap/domain';

/** The words of the reports screen. Figures and dates keep the Vietnamese format in both languages. */
export const reportsMessages: Record<
  Lang,
  {
    title: string;
    intro: string;
    commune: string;
    year: string;
    asOf: string;
    asOfHint: string;
    print: string;
    exportXlsx: string;
    exportMembers: string;
    exportCandidates: string;
    tabs: { results: string; composition: string; forecast: string; villages: string; import: string };
    resultsTable: string;
    cell: string;
    members: string;
    target: string;
    admitted: string;
    percent: string;
    grade: string;
    women: string;
    recognised: string;
    leftInProbation: string;
    wholeCommune: (name: string) => string;
    admittedChart: string;
    checkpoints: string;
    notYet: string;
    gradingNote: (excellent: number, good: number, complete: number) => string;
    compositionOf: (year: number, total: number) => string;
    group: string;
    count: string;
    share: string;
    withheld: string;
    suppressedNote: string;
    subTargets: string;
    subTarget: string;
    subTargetNames: Record<
      'female' | 'youthUnion' | 'ethnicMinority' | 'religious' | 'privateSector',
      string
    >;
    achieved: string;
    notCounted: string;
    forecastTable: string;
    inYear: string;
    expected: string;
    interval: string;
    optimistic: string;
    chanceOfTarget: string;
    forecastNote: string;
    risk: string;
    noRisk: string;
    whatIf: string;
    whatIfHint: string;
    classEndsOn: string;
    cellVotesOn: string;
    badDate: string;
    village: string;
    coveringCell: string;
    ownCell: string;
    residents: string;
    notes: string;
    withoutMembers: string;
    withoutCell: string;
    mergedCell: string;
    yes: string;
    no: string;
    villagesTable: string;
    noVillages: string;
  }
> = {
  vi: {
    title: 'Báo cáo',
    intro:
      'Kết quả kết nạp so với chỉ tiêu, cơ cấu đảng viên mới, dự báo cuối năm và các thôn chưa có đảng viên hoặc chưa có chi bộ. Xuất Excel hoặc in từng báo cáo.',
    commune: 'Xã',
    year: 'Năm',
    asOf: 'Tính đến ngày',
    asOfHint: 'Để trống: hôm nay (hoặc 31/12 với năm đã qua).',
    print: 'In báo cáo',
    exportXlsx: 'Xuất Excel',
    exportMembers: 'Xuất danh sách đảng viên',
    exportCandidates: 'Xuất danh sách quần chúng',
    tabs: {
      results: 'Kết quả theo chi bộ',
      composition: 'Cơ cấu đảng viên mới',
      forecast: 'Dự báo',
      villages: 'Thôn',
      import: 'Nhập từ Excel',
    },
    resultsTable: 'Kết quả kết nạp theo chi bộ',
    cell: 'Chi bộ',
    members: 'Đảng viên',
    target: 'Chỉ tiêu',
    admitted: 'Đã kết nạp',
    percent: 'Tỷ lệ',
    grade: 'Xếp loại',
    women: 'Nữ',
    recognised: 'Công nhận chính thức',
    leftInProbation: 'Ra khỏi Đảng khi dự bị',
    wholeCommune: (name) => `Toàn ${name}`,
    admittedChart: 'Số đã kết nạp theo chi bộ (vạch: chỉ tiêu)',
    checkpoints: 'Các mốc',
    notYet: 'chưa đến',
    gradingNote: (e, g, c) =>
      `Xếp loại theo tỷ lệ hoàn thành chỉ tiêu: xuất sắc ≥ ${e}%, tốt ≥ ${g}%, hoàn thành ≥ ${c}% (quy định của xã).`,
    compositionOf: (year, total) => `Cơ cấu ${total} đảng viên kết nạp năm ${year}`,
    group: 'Nhóm',
    count: 'Số người',
    share: 'Tỷ lệ',
    withheld: 'Không hiển thị với tài khoản chỉ xem (thông tin nhạy cảm).',
    suppressedNote:
      'Tài khoản chỉ xem: không hiển thị dân tộc và tôn giáo (dữ liệu cá nhân nhạy cảm, Luật Bảo vệ dữ liệu cá nhân 2025).',
    subTargets: 'Chỉ tiêu cơ cấu',
    subTarget: 'Chỉ tiêu',
    subTargetNames: {
      female: 'Nữ',
      youthUnion: 'Đoàn viên thanh niên',
      ethnicMinority: 'Người dân tộc thiểu số',
      religious: 'Người có đạo',
      privateSector: 'Khu vực kinh tế tư nhân',
    },
    achieved: 'Đạt được',
    notCounted: 'không thống kê được',
    forecastTable: 'Dự báo cuối năm theo chi bộ',
    inYear: 'Có thể kết nạp trong năm',
    expected: 'Dự kiến cả năm',
    interval: 'Khoảng dự báo (80%)',
    optimistic: 'Tối đa theo quy định',
    chanceOfTarget: 'Khả năng đạt chỉ tiêu',
    forecastNote:
      'Dự kiến cả năm = đã kết nạp + tổng khả năng được quyết định kết nạp trước 31/12 của từng quần chúng, tính theo giai đoạn hiện tại, nhịp độ thực tế các năm trước của xã và ngày sớm nhất theo quy định. Khoảng dự báo: 8 trên 10 lần kết quả cuối năm nằm trong khoảng này. Tối đa theo quy định: nếu mọi quần chúng đủ điều kiện đều được kết nạp.',
    risk: 'Nguy cơ',
    noRisk: 'Không',
    whatIf: 'Giả định',
    whatIfHint: 'Nhập ngày để xem dự báo thay đổi thế nào; không lưu lại.',
    classEndsOn: 'Lớp bồi dưỡng nhận thức về Đảng tới kết thúc ngày',
    cellVotesOn: 'Chi bộ họp xét ngày',
    badDate: 'Ngày không có thật hoặc sai định dạng (dd/mm/yyyy).',
    village: 'Thôn',
    coveringCell: 'Chi bộ phụ trách',
    ownCell: 'Có chi bộ riêng',
    residents: 'Đảng viên cư trú',
    notes: 'Ghi chú',
    withoutMembers: 'Chưa có đảng viên',
    withoutCell: 'Chưa có chi bộ',
    mergedCell: 'Ghép với chi bộ khác',
    yes: 'Có',
    no: 'Không',
    villagesTable: 'Các thôn của xã',
    noVillages: 'Chưa khai báo thôn nào cho xã này.',
  },
  en: {
    title: 'Reports',
    intro:
      'Results against target, the composition of new members, the year-end forecast, and villages without members or without a cell. Export each report to Excel or print it.',
    commune: 'Commune',
    year: 'Year',
    asOf: 'As of',
    asOfHint: 'Empty: today (or 31/12 for a past year).',
    print: 'Print',
    exportXlsx: 'Export to Excel',
    exportMembers: 'Export the member list',
    exportCandidates: 'Export the candidate list',
    tabs: {
      results: 'Results per cell',
      composition: 'New members',
      forecast: 'Forecast',
      villages: 'Villages',
      import: 'Import from Excel',
    },
    resultsTable: 'Admissions per cell',
    cell: 'Cell',
    members: 'Members',
    target: 'Target',
    admitted: 'Admitted',
    percent: 'Done',
    grade: 'Grade',
    women: 'Women',
    recognised: 'Made official',
    leftInProbation: 'Left during probation',
    wholeCommune: (name) => `All of ${name}`,
    admittedChart: 'Admitted per cell (tick: target)',
    checkpoints: 'Checkpoints',
    notYet: 'not yet',
    gradingNote: (e, g, c) =>
      `Grades by share of the target: excellent ≥ ${e}%, good ≥ ${g}%, complete ≥ ${c}% (the commune's setting).`,
    compositionOf: (year, total) => `Composition of the ${total} members admitted in ${year}`,
    group: 'Group',
    count: 'People',
    share: 'Share',
    withheld: 'Not shown to read-only accounts (sensitive data).',
    suppressedNote:
      'Read-only account: ethnicity and religion are not shown (sensitive personal data, Personal Data Protection Law 2025).',
    subTargets: 'Sub-targets',
    subTarget: 'Sub-target',
    subTargetNames: {
      female: 'Women',
      youthUnion: 'Youth Union members',
      ethnicMinority: 'Ethnic minorities',
      religious: 'Religious followers',
      privateSector: 'Private sector',
    },
    achieved: 'Achieved',
    notCounted: 'not counted',
    forecastTable: 'Year-end forecast per cell',
    inYear: 'Can be admitted this year',
    expected: 'Expected by 31/12',
    interval: '80 % interval',
    optimistic: 'Lawful maximum',
    chanceOfTarget: 'Chance of reaching the target',
    forecastNote:
      "Expected = admitted so far + each open candidate's chance of an admission decision by 31/12, from their stage, the commune's own pace in past years and the earliest lawful dates. The interval holds the year-end result 8 times in 10. Lawful maximum: if every eligible candidate were admitted.",
    risk: 'At risk',
    noRisk: 'No',
    whatIf: 'What if',
    whatIfHint: 'Enter dates to see how the forecast changes; nothing is saved.',
    classEndsOn: 'The next awareness class ends on',
    cellVotesOn: 'Cell votes on',
    badDate: 'Not a real date or not dd/mm/yyyy.',
    village: 'Village',
    coveringCell: 'Covering cell',
    ownCell: 'Own cell',
    residents: 'Members living there',
    notes: 'Notes',
    withoutMembers: 'No members',
    withoutCell: 'No cell',
    mergedCell: 'Merged into another cell',
    yes: 'Yes',
    no: 'No',
    villagesTable: "The commune's villages",
    noVillages: 'No village recorded for this commune.',
  },
};

/** The words of the import panel. */
export const importMessages: Record<
  Lang,
  {
    title: string;
    intro: string;
    kind: string;
    kinds: { members: string; candidates: string };
    file: string;
    clearFile: string;
    check: string;
    write: (n: number) => string;
    uploading: string;
    checking: string;
    columns: string;
    required: string;
    optional: string;
    valid: (n: number) => string;
    written: (n: number) => string;
    errors: (shown: number, total: number) => string;
    row: string;
    readAs: string;
    warnings: string;
    column: string;
    problem: string;
    fix: string;
    ignored: (cols: string) => string;
    failed: string;
    progressHint: string;
  }
> = {
  vi: {
    title: 'Nhập danh sách từ Excel',
    intro:
      'Chọn file .xlsx, dòng 1 là tiêu đề cột như bảng dưới (file xuất danh sách cũng dùng được làm mẫu). Bấm "Kiểm tra" để xem trước: chỉ khi mọi dòng đều hợp lệ mới được nhập, và nhập tất cả một lần.',
    kind: 'Loại danh sách',
    kinds: { members: 'Đảng viên', candidates: 'Quần chúng (nguồn phát triển)' },
    file: 'File Excel (.xlsx)',
    clearFile: 'Bỏ file đã chọn',
    check: 'Kiểm tra',
    write: (n) => `Nhập ${n} dòng`,
    uploading: 'Đang tải file lên…',
    checking: 'Đang kiểm tra và ghi…',
    columns: 'Các cột',
    required: 'bắt buộc',
    optional: 'không bắt buộc',
    valid: (n) => `Tất cả ${n} dòng hợp lệ. Chưa có gì được ghi.`,
    written: (n) => `Đã nhập ${n} dòng.`,
    errors: (shown, total) =>
      shown === total
        ? `File có ${total} lỗi. Chưa ghi gì.`
        : `File có ${total} lỗi (hiển thị ${shown}). Chưa ghi gì.`,
    row: 'Dòng',
    readAs: 'Các trường như đã đọc',
    warnings: 'Cần kiểm tra',
    column: 'Cột',
    problem: 'Lỗi',
    fix: 'Cách sửa',
    ignored: (cols) => `Các cột không dùng đến: ${cols}.`,
    failed: 'Không gửi được file. Vui lòng thử lại.',
    progressHint:
      'Thanh tiến trình cho biết phần file đã tải lên; sau đó máy chủ kiểm tra và ghi cả file một lần.',
  },
  en: {
    title: 'Import a list from Excel',
    intro:
      'Choose an .xlsx file whose row 1 holds the column headers below (an exported list works as a template). "Check" previews it: only when every row is valid can it be imported, all at once.',
    kind: 'List',
    kinds: { members: 'Party members', candidates: 'Candidates (pool)' },
    file: 'Excel file (.xlsx)',
    clearFile: 'Remove the chosen file',
    check: 'Check',
    write: (n) => `Import ${n} rows`,
    uploading: 'Uploading…',
    checking: 'Checking and saving…',
    columns: 'Columns',
    required: 'required',
    optional: 'optional',
    valid: (n) => `All ${n} rows are valid. Nothing has been saved yet.`,
    written: (n) => `${n} rows imported.`,
    errors: (shown, total) =>
      shown === total
        ? `The file has ${total} errors. Nothing was saved.`
        : `The file has ${total} errors (${shown} shown). Nothing was saved.`,
    row: 'Row',
    readAs: 'Fields as read',
    warnings: 'To check',
    column: 'Column',
    problem: 'Problem',
    fix: 'How to fix',
    ignored: (cols) => `Columns not used: ${cols}.`,
    failed: 'The file could not be sent. Please retry.',
    progressHint:
      'The bar shows how much of the file is uploaded; the server then checks and saves the whole file at once.',
  },
};
