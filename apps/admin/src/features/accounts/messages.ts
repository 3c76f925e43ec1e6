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
    actions: string;
    manageRoles: (name: string) => string;
    manageRolesLabel: string;
    you: string;
    done: string;
  }
> = {
  vi: {
    title: 'Tài khoản',
    intro:
      'Tài khoản của xã: tạo tài khoản mới cho văn phòng, bí thư chi bộ hoặc người xem, thêm hoặc thu hồi vai trò. Khóa một tài khoản thì mọi phiên đăng nhập của tài khoản đó kết thúc ngay.',
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
    actions: 'Thao tác',
    manageRoles: (name) => `Vai trò của ${name}`,
    manageRolesLabel: 'Vai trò',
    you: '(bạn)',
    done: 'Đã cập nhật tài khoản.',
  },
  en: {
    title: 'Accounts',
    intro:
      "The commune's accounts: create one for the office, a cell secretary or a viewer, grant or revoke a role. Disabling an account ends all its sessions at once.",
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
    actions: 'Actions',
    manageRoles: (name) => `Roles of ${name}`,
    manageRolesLabel: 'Roles',
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
    save: string;
    cancel: string;
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
    save: 'Lưu',
    cancel: 'Hủy',
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
    save: 'Save',
    cancel: 'Cancel',
    showPassword: 'Show the password',
    created: (username) => `Account ${username} created.`,
    failed: 'Could not create the account. Please try again.',
  },
};

/** The role and unit fields, shared by the new-account form and the "add a role" form. */
export const roleUnitMessages: Record<
  Lang,
  { role: string; unit: string; chooseCell: string; commune: string; nothingLeft: string }
> = {
  vi: {
    role: 'Vai trò',
    unit: 'Đơn vị',
    chooseCell: '— Chọn chi bộ —',
    commune: 'Toàn xã',
    nothingLeft: '— Đã có vai trò này —',
  },
  en: {
    role: 'Role',
    unit: 'Unit',
    chooseCell: '— Choose a cell —',
    commune: 'The whole commune',
    nothingLeft: '— Already held —',
  },
};

/** An account's roles: the list with "revoke" (confirmed first) and the "add a role" form. */
export const rolesMessages: Record<
  Lang,
  {
    list: string;
    none: string;
    revokeLabel: string;
    confirmRevoke: string;
    cancel: string;
    revoked: string;
    notHeld: string;
    grantTitle: string;
    grant: string;
    granted: string;
    failed: string;
    yourOwn: string;
    title: (name: string) => string;
    revoke: (role: string, unit: string) => string;
    confirm: (role: string, unit: string, name: string) => string;
  }
> = {
  vi: {
    title: (name) => `Vai trò của ${name}`,
    list: 'Vai trò hiện có',
    none: 'Tài khoản chưa có vai trò nào.',
    revokeLabel: 'Thu hồi',
    revoke: (role, unit) => `Thu hồi vai trò ${role} · ${unit}`,
    confirm: (role, unit, name) =>
      `Thu hồi vai trò ${role} · ${unit} của ${name}? Quyền này mất ngay từ thao tác tiếp theo của tài khoản.`,
    confirmRevoke: 'Xác nhận thu hồi',
    cancel: 'Hủy',
    revoked: 'Đã thu hồi vai trò.',
    notHeld: 'Tài khoản không còn giữ vai trò này.',
    grantTitle: 'Thêm vai trò',
    grant: 'Thêm vai trò',
    granted: 'Đã thêm vai trò.',
    failed: 'Không lưu được. Vui lòng thử lại.',
    yourOwn: 'Đây là tài khoản của bạn: không ai tự thay đổi vai trò của mình.',
  },
  en: {
    title: (name) => `Roles of ${name}`,
    list: 'Roles held',
    none: 'The account holds no role.',
    revokeLabel: 'Revoke',
    revoke: (role, unit) => `Revoke the role ${role} · ${unit}`,
    confirm: (role, unit, name) =>
      `Revoke the role ${role} · ${unit} from ${name}? It ends with the account's next request.`,
    confirmRevoke: 'Confirm revoking',
    cancel: 'Cancel',
    revoked: 'Role revoked.',
    notHeld: 'The account no longer held this role.',
    grantTitle: 'Add a role',
    grant: 'Add the role',
    granted: 'Role added.',
    failed: 'Could not save. Please try again.',
    yourOwn: 'This is your own account: nobody changes their own roles.',
  },
};
