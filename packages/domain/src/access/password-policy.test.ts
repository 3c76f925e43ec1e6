import { describe, expect, it } from 'vitest';
import {
  changePasswordForm,
  changePasswordInput,
  comparablePassword,
  newPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordIsUsername,
  passwordLength,
} from './password-policy.js';

/** The Vietnamese messages a schema gives `input`, by field; `{}` when it is accepted. */
function errors(
  schema: typeof changePasswordInput | typeof changePasswordForm,
  input: Record<string, unknown>,
): Record<string, string> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe('the password policy (ASVS 5.0 V6.2): length in code points after NFC, no composition rules', () => {
  it('is 12 to 200 characters', () => {
    expect([PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH]).toEqual([12, 200]);
  });

  it('11 code points are refused, 12 pass, whatever the characters (no composition rules)', () => {
    expect(newPassword.safeParse('a'.repeat(11)).error?.issues[0]?.message).toBe('Mật khẩu ít nhất 12 ký tự');
    expect(newPassword.safeParse('a'.repeat(12)).success).toBe(true);
    expect(newPassword.safeParse('            ').success).toBe(true);
  });

  it('counts Vietnamese letters typed decomposed (e + two accents) as one character each', () => {
    // "nghiệp" has 6 letters; typed in NFD it is 8 UTF-16 units longer.
    const nfd = 'nghiệp vụ xã'.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(12);
    expect(passwordLength(nfd)).toBe(12);
    expect(newPassword.safeParse(`${nfd}`).success).toBe(true);
    expect(newPassword.safeParse('nghiệp vụ x'.normalize('NFD')).success).toBe(false);
  });

  it('counts an emoji outside the BMP as one character (code points, not UTF-16 units)', () => {
    expect(passwordLength('🔑'.repeat(12))).toBe(12);
    expect(newPassword.safeParse('🔑'.repeat(11)).success).toBe(false);
    expect(newPassword.safeParse('🔑'.repeat(12)).success).toBe(true);
  });

  it('200 code points pass, 201 are refused (never truncated)', () => {
    expect(newPassword.safeParse('ệ'.repeat(200)).success).toBe(true);
    expect(newPassword.safeParse('ệ'.repeat(201)).error?.issues[0]?.message).toBe(
      'Mật khẩu tối đa 200 ký tự',
    );
  });

  it('compares after NFC and lower case: the username in capitals or decomposed is still the username', () => {
    expect(comparablePassword('ĐÔNG'.normalize('NFD'))).toBe('đông');
    expect(passwordIsUsername('BiThu.ThonDong', 'bithu.thondong')).toBe(true);
    expect(passwordIsUsername('bithu.thondong2', 'bithu.thondong')).toBe(false);
  });
});

describe('changePasswordInput and changePasswordForm (the console form and auth.changePassword)', () => {
  const form = {
    current: 'yenbinh-2023',
    next: 'đồng lúa chín vàng',
    repeat: 'đồng lúa chín vàng',
    username: 'bithu.thondong',
  };

  it('accepts the current password and a new one of 12 characters typed twice alike', () => {
    expect(errors(changePasswordForm, form)).toEqual({});
    expect(errors(changePasswordInput, { current: form.current, next: form.next })).toEqual({});
  });

  it('asks for the current password, and refuses a short new one, a different repeat and the username, all at once', () => {
    expect(
      errors(changePasswordForm, {
        current: '',
        next: 'BITHU.THONDONG',
        repeat: 'bithu.thondong',
        username: 'bithu.thondong',
      }),
    ).toEqual({
      current: 'Nhập mật khẩu hiện tại',
      next: 'Mật khẩu không được trùng với tên đăng nhập.',
      repeat: 'Mật khẩu nhập lại không khớp',
    });
    expect(errors(changePasswordForm, { ...form, next: 'ngắn quá', repeat: 'ngắn quá' })).toEqual({
      next: 'Mật khẩu ít nhất 12 ký tự',
    });
  });
});
