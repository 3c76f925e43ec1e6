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
    resetPassword: (name: string) => string;
    resetPasswordLabel: string;
    mustChange: string;
    demoPassword: string;
    you: string;
    done: string;
  }
> = {
  vi: {
    title: 'Tài khoản',
    intro:
      'Tài khoản của xã: tạo tài khoản mới cho văn phòng, bí thư chi bộ hoặc người xem, thêm hoặc thu hồi vai trò, đặt lại mật khẩu. Khóa một tài khoản hay đặt lại mật khẩu thì mọi phiên đăng nhập của tài khoản đó kết thúc ngay.',
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
    resetPassword: (name) => `Đặt lại mật khẩu của ${name}`,
    resetPasswordLabel: 'Đặt lại mật khẩu',
    mustChange: 'chờ đổi mật khẩu',
    demoPassword: 'mật khẩu mẫu',
    you: '(bạn)',
    done: 'Đã cập nhật tài khoản.',
  },
  en: {
    title: 'Accounts',
    intro:
      "The commune's accounts: create one for the office, a cell secretary or a viewer, grant or revoke a role, reset a password. Disabling an account or resetting its password ends all its sessions at once.",
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
    resetPassword: (name) => `Reset the password of ${name}`,
    resetPasswordLabel: 'Reset password',
    mustChange: 'password change pending',
    demoPassword: 'demo password',
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
    passwordHint: (min: number) => string;
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
    passwordHint: (min) => `Ít nhất ${min} ký tự; không dùng mật khẩu phổ biến hoặc tên đăng nhập`,
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
    passwordHint: (min) => `At least ${min} characters; not a common password or the username`,
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

/** "Đặt lại mật khẩu": confirmed first, then the one-time password shown once. */
export const resetPasswordMessages: Record<
  Lang,
  {
    title: (name: string) => string;
    confirm: (name: string, username: string) => string;
    confirmReset: string;
    cancel: string;
    failed: string;
    shownOnce: string;
    passwordLabel: string;
    copy: string;
    copied: string;
    mustChange: (until: string) => string;
    close: string;
  }
> = {
  vi: {
    title: (name) => `Đặt lại mật khẩu của ${name}`,
    confirm: (name, username) =>
      `Đặt lại mật khẩu của ${name} (${username})? Mật khẩu hiện tại thôi dùng được và mọi phiên đăng nhập của tài khoản kết thúc ngay.`,
    confirmReset: 'Xác nhận đặt lại',
    cancel: 'Hủy',
    failed: 'Không đặt lại được mật khẩu. Vui lòng thử lại.',
    shownOnce:
      'Mật khẩu dùng một lần dưới đây chỉ hiện một lần: hãy ghi lại hoặc sao chép rồi trao trực tiếp cho người dùng.',
    passwordLabel: 'Mật khẩu dùng một lần',
    copy: 'Sao chép',
    copied: 'Đã sao chép',
    mustChange: (until) =>
      `Người dùng phải đổi mật khẩu này ngay lần đăng nhập đầu tiên. Mật khẩu hết hạn lúc ${until}.`,
    close: 'Xong',
  },
  en: {
    title: (name) => `Reset the password of ${name}`,
    confirm: (name, username) =>
      `Reset the password of ${name} (${username})? The current password stops working and every session of the account ends at once.`,
    confirmReset: 'Confirm the reset',
    cancel: 'Cancel',
    failed: 'Could not reset the password. Please try again.',
    shownOnce:
      'The one-time password below is shown only once: write it down or copy it, and give it to the person directly.',
    passwordLabel: 'One-time password',
    copy: 'Copy',
    copied: 'Copied',
    mustChange: (until) =>
      `The person must change this password at their first sign-in. It expires at ${until}.`,
    close: 'Done',
  },
};
