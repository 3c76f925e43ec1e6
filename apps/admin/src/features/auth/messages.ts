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
