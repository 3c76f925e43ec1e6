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
    intro: 'Tài khoản của xã. Khóa một tài khoản thì mọi phiên đăng nhập của tài khoản đó kết thúc ngay.',
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
    intro: "The commune's accounts. Disabling an account ends all its sessions at once.",
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
