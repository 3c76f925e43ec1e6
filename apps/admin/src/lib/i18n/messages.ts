import type { Lang } from '@ketnap/domain';

/**
 * Every string of the console's chrome, in Vietnamese (the default) and English. Figures and dates keep the
 * Vietnamese format in both languages: they are the commune's records, and the toggle only helps a reader.
 */
export interface Messages {
  /** "ketnap — <subtitle>": the page's title and the header's <h1> (on a phone the subtitle is for screen readers only). */
  appTitle: string;
  appSubtitle: string;
  /** The name of a dialog's and a notification's close button (an icon). */
  closeDialog: string;
  closeNotification: string;
  language: string;
  skipToContent: string;
  navigation: string;
  toggleNavigation: string;
  signOut: string;
  changePassword: string;
  roleNames: Record<'commune-admin' | 'cell-secretary' | 'viewer', string>;
  pageNotFound: string;
  /** A screen that exists but none of the person's roles may open. */
  noPermission: string;
  backToDashboard: string;
  sessionEnded: string;
  year: string;
  loading: string;
  loadFailed: string;
  notFound: string;
  retry: string;
  noCommunes: string;
  yearPlan: (year: number) => string;
  members: string;
  official: string;
  probationary: string;
  officialColumn: string;
  probationaryColumn: string;
  target: string;
  admitted: string;
  progressLabel: string;
  noTarget: string;
  asOf: (date: string) => string;
  cells: string;
  cell: string;
  kind: string;
  searchCells: string;
  shownCells: (shown: number, total: number) => string;
  noMatch: (query: string) => string;
  /** The names of a pager's arrow buttons (icons). */
  pagerControls: Record<'first' | 'previous' | 'next' | 'last', string>;
}

export const messages: Record<Lang, Messages> = {
  vi: {
    appTitle: 'ketnap — Công tác phát triển đảng viên',
    appSubtitle: 'Công tác phát triển đảng viên',
    closeDialog: 'Đóng',
    closeNotification: 'Đóng thông báo',
    language: 'Ngôn ngữ',
    skipToContent: 'Bỏ qua, đến nội dung chính',
    navigation: 'Điều hướng chính',
    toggleNavigation: 'Mở/đóng danh mục',
    signOut: 'Đăng xuất',
    changePassword: 'Đổi mật khẩu',
    roleNames: {
      'commune-admin': 'Văn phòng Đảng ủy xã',
      'cell-secretary': 'Bí thư chi bộ',
      viewer: 'Xem (chỉ đọc)',
    },
    pageNotFound: 'Không có trang này.',
    noPermission: 'Tài khoản của bạn không có quyền xem trang này.',
    backToDashboard: 'Về bảng điều khiển',
    sessionEnded: 'Phiên làm việc đã hết. Vui lòng đăng nhập lại.',
    year: 'Năm',
    loading: 'Đang tải…',
    loadFailed: 'Không tải được dữ liệu. Vui lòng thử lại.',
    notFound: 'Không tìm thấy dữ liệu cho xã/năm này.',
    retry: 'Thử lại',
    noCommunes: 'Chưa có xã nào trong cơ sở dữ liệu.',
    yearPlan: (year) => `Kế hoạch năm ${year}`,
    members: 'Đảng viên',
    official: 'chính thức',
    probationary: 'dự bị',
    officialColumn: 'Chính thức',
    probationaryColumn: 'Dự bị',
    target: 'Chỉ tiêu',
    admitted: 'Đã kết nạp',
    progressLabel: 'Tiến độ so với chỉ tiêu năm',
    noTarget: 'chưa giao',
    asOf: (date) => `Số liệu tính đến ngày ${date}`,
    cells: 'Các chi bộ',
    cell: 'Chi bộ',
    kind: 'Loại',
    searchCells: 'Tìm chi bộ…',
    shownCells: (shown, total) => `Hiển thị ${shown} / ${total} chi bộ`,
    noMatch: (query) => `Không có chi bộ nào khớp với “${query}”.`,
    pagerControls: {
      first: 'Trang đầu',
      previous: 'Trang trước',
      next: 'Trang sau',
      last: 'Trang cuối',
    },
  },
  en: {
    appTitle: 'ketnap — Party member development',
    appSubtitle: 'Party member development',
    closeDialog: 'Close',
    closeNotification: 'Close notification',
    language: 'Language',
    skipToContent: 'Skip to main content',
    navigation: 'Main navigation',
    toggleNavigation: 'Open/close the menu',
    signOut: 'Sign out',
    changePassword: 'Change password',
    roleNames: {
      'commune-admin': 'Commune party office',
      'cell-secretary': 'Cell secretary',
      viewer: 'Viewer (read-only)',
    },
    pageNotFound: 'There is no such page.',
    noPermission: 'Your account may not open this page.',
    backToDashboard: 'Back to the dashboard',
    sessionEnded: 'Your session has ended. Please sign in again.',
    year: 'Year',
    loading: 'Loading…',
    loadFailed: 'Could not load the data. Please try again.',
    notFound: 'No data for this commune/year.',
    retry: 'Retry',
    noCommunes: 'There is no commune in the database yet.',
    yearPlan: (year) => `Plan for ${year}`,
    members: 'Members',
    official: 'official',
    probationary: 'probationary',
    officialColumn: 'Official',
    probationaryColumn: 'Probationary',
    target: 'Target',
    admitted: 'Admitted',
    progressLabel: "Progress against the year's target",
    noTarget: 'not set',
    asOf: (date) => `Figures as of ${date}`,
    cells: 'Party cells',
    cell: 'Cell',
    kind: 'Kind',
    searchCells: 'Find a cell…',
    shownCells: (shown, total) => `Showing ${shown} of ${total} cells`,
    noMatch: (query) => `No cell matches “${query}”.`,
    pagerControls: { first: 'First page', previous: 'Previous page', next: 'Next page', last: 'Last page' },
  },
};
