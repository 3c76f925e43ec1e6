import type { Lang } from '@ketnap/domain';

export const pipelineMessages: Record<
  Lang,
  {
    title: string;
    myCellTitle: string;
    view: string;
    board: string;
    table: string;
    tableLabel: string;
    /** The board's scrolling box, for a screen reader. */
    boardLabel: string;
    cell: string;
    allCells: string;
    stage: string;
    allStages: string;
    deadline: string;
    anyDeadline: string;
    dueWithin: (n: number) => string;
    dueToday: string;
    search: string;
    searchPlaceholder: string;
    includeClosed: string;
    name: string;
    since: string;
    nextDue: string;
    none: string;
    /** `members` of the `n` matches are Party members already (probationary or official), not candidates. */
    found: (n: number, members: number) => string;
    noMatch: string;
    sortBy: (column: string) => string;
    addCandidate: string;
    page: string;
  }
> = {
  vi: {
    title: 'Quần chúng',
    myCellTitle: 'Chi bộ của tôi',
    view: 'Cách xem',
    board: 'Theo giai đoạn',
    table: 'Danh sách',
    tableLabel: 'Danh sách quần chúng',
    boardLabel: 'Quần chúng theo giai đoạn',
    cell: 'Chi bộ',
    allCells: 'Tất cả chi bộ',
    stage: 'Giai đoạn',
    allStages: 'Mọi giai đoạn',
    deadline: 'Thời hạn',
    anyDeadline: 'Mọi thời hạn',
    dueWithin: (n) => `Đến hạn trong ${n} ngày làm việc (kể cả quá hạn)`,
    dueToday: 'Đến hạn hôm nay hoặc quá hạn',
    search: 'Tìm theo tên',
    searchPlaceholder: 'Ví dụ: nguyen van',
    includeClosed: 'Gồm cả hồ sơ đã kết thúc',
    name: 'Họ và tên',
    since: 'Từ ngày',
    nextDue: 'Thời hạn gần nhất',
    none: '—',
    found: (n, members) =>
      members === 0
        ? `${n} quần chúng`
        : `${n - members} quần chúng và ${members} đảng viên (dự bị, chính thức)`,
    noMatch: 'Không có quần chúng nào khớp với bộ lọc.',
    sortBy: (column) => `Sắp xếp theo ${column}`,
    addCandidate: 'Thêm quần chúng',
    page: 'Trang',
  },
  en: {
    title: 'Candidates',
    myCellTitle: 'My cell',
    view: 'View',
    board: 'By stage',
    table: 'Table',
    tableLabel: 'Candidates',
    boardLabel: 'Candidates by stage',
    cell: 'Cell',
    allCells: 'All cells',
    stage: 'Stage',
    allStages: 'All stages',
    deadline: 'Deadline',
    anyDeadline: 'Any deadline',
    dueWithin: (n) => `Due within ${n} working days (overdue included)`,
    dueToday: 'Due today or overdue',
    search: 'Search by name',
    searchPlaceholder: 'e.g. nguyen van',
    includeClosed: 'Include closed files',
    name: 'Full name',
    since: 'Since',
    nextDue: 'Next deadline',
    none: '—',
    found: (n, members) =>
      `${n - members} candidate${n - members === 1 ? '' : 's'}${members === 0 ? '' : ` and ${members} party member${members === 1 ? '' : 's'} (probationary or official)`}`,
    noMatch: 'No candidate matches the filters.',
    sortBy: (column) => `Sort by ${column}`,
    addCandidate: 'Add a candidate',
    page: 'Page',
  },
};
