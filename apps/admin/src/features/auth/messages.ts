import type { Lang } from '@ketnap/domain';

export const loginMessages: Record<
  Lang,
  {
    title: string;
    intro: string;
    username: string;
    password: string;
    submit: string;
    required: string;
    failed: string;
  }
> = {
  vi: {
    title: 'Đăng nhập',
    intro:
      'Công tác phát triển đảng viên: dành cho Văn phòng Đảng ủy xã, bí thư chi bộ và cán bộ theo dõi của Tỉnh ủy.',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    required: 'Vui lòng nhập trường này.',
    failed: 'Không đăng nhập được.',
  },
  en: {
    title: 'Sign in',
    intro:
      "Party member development: for the commune party office, cell secretaries and the province's viewers.",
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    required: 'Please fill in this field.',
    failed: 'Could not sign in.',
  },
};

/** The change-password form (the header's dialog and the forced page after a reset). */
export const changePasswordMessages: Record<
  Lang,
  {
    open: string;
    title: string;
    current: string;
    next: string;
    nextHint: (typed: number, min: number) => string;
    repeat: string;
    save: string;
    cancel: string;
    showPassword: string;
    changed: string;
    failed: string;
  }
> = {
  vi: {
    open: 'Đổi mật khẩu',
    title: 'Đổi mật khẩu',
    current: 'Mật khẩu hiện tại',
    next: 'Mật khẩu mới',
    nextHint: (typed, min) =>
      `Ít nhất ${min} ký tự (đã nhập ${typed}); nên dùng một câu dài dễ nhớ. Không dùng mật khẩu phổ biến hoặc tên đăng nhập.`,
    repeat: 'Nhập lại mật khẩu mới',
    save: 'Đổi mật khẩu',
    cancel: 'Hủy',
    showPassword: 'Hiện mật khẩu',
    changed: 'Đã đổi mật khẩu. Các phiên đăng nhập khác của tài khoản đã kết thúc.',
    failed: 'Không đổi được mật khẩu. Vui lòng thử lại.',
  },
  en: {
    open: 'Change password',
    title: 'Change password',
    current: 'Current password',
    next: 'New password',
    nextHint: (typed, min) =>
      `At least ${min} characters (${typed} typed); a long sentence you remember is best. Not a common password or your username.`,
    repeat: 'Repeat the new password',
    save: 'Change password',
    cancel: 'Cancel',
    showPassword: 'Show the password',
    changed: "Password changed. The account's other sessions have ended.",
    failed: 'Could not change the password. Please try again.',
  },
};

/** The page shown instead of the console until an account that must change its password has done so. */
export const forcedChangeMessages: Record<Lang, { title: string; intro: string; demoIntro: string }> = {
  vi: {
    title: 'Đặt mật khẩu của bạn',
    intro:
      'Mật khẩu bạn vừa dùng là mật khẩu dùng một lần do Văn phòng Đảng ủy xã cấp. Hãy đặt mật khẩu của riêng bạn để tiếp tục.',
    demoIntro:
      'Tài khoản này vẫn dùng mật khẩu mẫu công khai, trong khi hệ thống không còn chạy bản dùng thử. Hãy đặt mật khẩu của riêng bạn để tiếp tục.',
  },
  en: {
    title: 'Set your password',
    intro:
      'The password you used is a one-time password from the commune party office. Set a password of your own to go on.',
    demoIntro:
      'This account still has the public demo password, and the demo is switched off. Set a password of your own to go on.',
  },
};

/** The warning shown on every screen while demo accounts keep the public demo password. */
export const demoBannerMessages: Record<
  Lang,
  {
    title: string;
    own: string;
    changeOwn: string;
    commune: (n: number) => string;
    toAccounts: string;
  }
> = {
  vi: {
    title: 'Tài khoản mẫu',
    own: 'Tài khoản của bạn đang dùng mật khẩu mẫu công khai của bản dùng thử: ai cũng có thể đăng nhập bằng nó. Hãy đổi mật khẩu trước khi nhập dữ liệu thật.',
    changeOwn: 'Đổi mật khẩu ngay',
    commune: (n) =>
      `Xã còn ${n} tài khoản mẫu đang dùng mật khẩu công khai. Khóa hoặc đặt lại mật khẩu từng tài khoản trước khi dùng thật.`,
    toAccounts: 'Khóa hoặc đặt lại mật khẩu',
  },
  en: {
    title: 'Demo accounts',
    own: "Your account still has the demo's public password: anyone can sign in with it. Change it before entering real data.",
    changeOwn: 'Change it now',
    commune: (n) =>
      `The commune still has ${n} demo account(s) with the public password. Disable each one or reset its password before real use.`,
    toAccounts: 'Disable or reset them',
  },
};
