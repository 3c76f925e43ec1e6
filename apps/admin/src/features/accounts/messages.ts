import type { Lang } from '@ketnap/domain';

export const accountsMessages: Record<
  Lang,
  {
    title: string;
    intro: string;
    table: string;
    username: string;
    name: string;
    roles: string;
    state: string;
    active: string;
    disabled: string;
    disable: (name: string) => string;
    enable: (name: string) => string;
    disableLabel: string;
    enableLabel: string;
    you: string;
    done: string;
  }
> = {
  vi: {
    title: 'Tài khoản',
    intro:
      'Tài khoản của xã: tạo tài khoản mới cho văn phòng, bí thư chi bộ hoặc người xem. Khóa một tài khoản thì mọi phiên đăng nhập của tài khoản đó kết thúc ngay.',
    table: 'Tài khoản của xã',
    username: 'Tên đăng nhập',
    name: 'Tên hiển thị',
    roles: 'Vai trò',
    state: 'Trạng thái',
    active: 'Đang dùng',
    disabled: 'Đã khóa',
    disable: (name) => `Khóa tài khoản ${name}`,
    enable: (name) => `Mở khóa tài khoản ${name}`,
    disableLabel: 'Khóa',
    enableLabel: 'Mở khóa',
    you: '(bạn)',
    done: 'Đã cập nhật tài khoản.',
  },
  en: {
    title: 'Accounts',
    intro:
      "The commune's accounts: create one for the office, a cell secretary or a viewer. Disabling an account ends all its sessions at once.",
    table: "The commune's accounts",
    username: 'Username',
    name: 'Display name',
    roles: 'Roles',
    state: 'State',
    active: 'Active',
    disabled: 'Disabled',
    disable: (name) => `Disable the account of ${name}`,
    enable: (name) => `Enable the account of ${name}`,
    disableLabel: 'Disable',
    enableLabel: 'Enable',
    you: '(you)',
    done: 'Account updated.',
  },
};

/** The new-account form. Its validation messages are the shared schema's own (Vietnamese), as on the server. */
export const newAccountMessages: Record<
  Lang,
  {
    open: string;
    title: string;
    displayName: string;
    username: string;
    usernameHint: string;
    password: string;
    passwordHint: string;
    passwordConfirmation: string;
    role: string;
    unit: string;
    chooseCell: string;
    commune: string;
    save: string;
    cancel: string;
    close: string;
    showPassword: string;
    created: (username: string) => string;
    failed: string;
  }
> = {
  vi: {
    open: 'Tạo tài khoản',
    title: 'Tạo tài khoản',
    displayName: 'Họ tên',
    username: 'Tên đăng nhập',
    usernameHint: '3–64 ký tự a-z, 0-9, dấu chấm, gạch ngang, gạch dưới; ví dụ bithu.thondong',
    password: 'Mật khẩu',
    passwordHint: 'Ít nhất 10 ký tự',
    passwordConfirmation: 'Nhập lại mật khẩu',
    role: 'Vai trò',
    unit: 'Đơn vị',
    chooseCell: '— Chọn chi bộ —',
    commune: 'Toàn xã',
    save: 'Lưu',
    cancel: 'Hủy',
    close: 'Đóng',
    showPassword: 'Hiện mật khẩu',
    created: (username) => `Đã tạo tài khoản ${username}.`,
    failed: 'Không tạo được tài khoản. Vui lòng thử lại.',
  },
  en: {
    open: 'New account',
    title: 'New account',
    displayName: 'Full name',
    username: 'Username',
    usernameHint: '3–64 characters a-z, 0-9, dot, hyphen, underscore; e.g. bithu.thondong',
    password: 'Password',
    passwordHint: 'At least 10 characters',
    passwordConfirmation: 'Repeat the password',
    role: 'Role',
    unit: 'Unit',
    chooseCell: '— Choose a cell —',
    commune: 'The whole commune',
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    showPassword: 'Show the password',
    created: (username) => `Account ${username} created.`,
    failed: 'Could not create the account. Please try again.',
  },
};
