/**
 * The password policy (OWASP ASVS 5.0, V6.2), the part of it that runs in the browser while a person types as well
 * as on the server: the length rule, the comparison form and the "not your username" rule. The server adds the
 * check against its shipped list of common passwords (packages/api/src/auth/password-policy.ts): the list is too
 * big for the console's bundle. No composition rules (ASVS 6.2.5): any character counts, spaces included.
 */
import { z } from 'zod';
import type { Bilingual } from '../calendar/calendar-data.js';
import { field } from './form-field.js';

/**
 * The fewest characters a new password has (ASVS 6.2.1: at least 8, 15 recommended; the project's choice: 12),
 * counted in Unicode code points after NFC, so "ệ" typed as one key or as e + two accents counts as one.
 */
export const PASSWORD_MIN_LENGTH = 12;

/** The most characters a password has (ASVS 6.2.9 asks to allow at least 64); beyond 200 it is refused, never cut. */
export const PASSWORD_MAX_LENGTH = 200;

/** The number of characters of a password as the policy counts them: Unicode code points after NFC. */
export function passwordLength(password: string): number {
  return [...password.normalize('NFC')].length;
}

/**
 * The form in which two passwords are compared for the policy's "same as" rules (the common list, the username,
 * the demo password, the current password): NFC, then lower case. Only for refusing; the hash takes the password
 * as typed (NFC only), so case still matters at sign-in.
 */
export function comparablePassword(password: string): string {
  return password.normalize('NFC').toLowerCase();
}

/** The message given when the new password is the account's username, in either case. */
export const PASSWORD_IS_USERNAME: Bilingual = {
  vi: 'Mật khẩu không được trùng với tên đăng nhập.',
  en: 'The password must not be the username.',
};

/** True when `password` is `username` compared case-insensitively after NFC (and trimming the username). */
export function passwordIsUsername(password: string, username: string): boolean {
  return comparablePassword(password) === comparablePassword(username.trim());
}

/**
 * A new password: 12 to 200 code points after NFC, kept as typed (spaces are characters too). Whether it is a
 * common password only the server can tell; whether it is the username, the schema that knows both says.
 */
export const newPassword = z
  .string({ error: 'Nhập mật khẩu' })
  .refine((p) => passwordLength(p) >= PASSWORD_MIN_LENGTH, {
    error: `Mật khẩu ít nhất ${PASSWORD_MIN_LENGTH} ký tự`,
  })
  .refine((p) => passwordLength(p) <= PASSWORD_MAX_LENGTH, {
    error: `Mật khẩu tối đa ${PASSWORD_MAX_LENGTH} ký tự`,
  });

/**
 * Changing one's own password: the current one (verified by the server) and the new one. What
 * `auth.changePassword` parses and the console's form checks while typing.
 */
export const changePasswordInput = z.object({
  current: z
    .string({ error: 'Nhập mật khẩu hiện tại' })
    .min(1, { error: 'Nhập mật khẩu hiện tại' })
    .max(PASSWORD_MAX_LENGTH, { error: `Mật khẩu tối đa ${PASSWORD_MAX_LENGTH} ký tự` }),
  next: newPassword,
});

/**
 * The console's change-password form: {@link changePasswordInput} plus the new password typed a second time
 * (`repeat`, which must match) and the signed-in `username`, which the new password must not be. The server
 * checks the username again; the repeat never leaves the browser.
 */
export const changePasswordForm = changePasswordInput
  .extend({ repeat: z.string({ error: 'Nhập lại mật khẩu mới' }), username: z.string() })
  .refine((form) => form.next === form.repeat, {
    error: 'Mật khẩu nhập lại không khớp',
    path: ['repeat'],
    when: (payload) =>
      typeof field(payload, 'next') === 'string' && typeof field(payload, 'repeat') === 'string',
  })
  .refine((form) => !passwordIsUsername(form.next, form.username), {
    error: PASSWORD_IS_USERNAME.vi,
    path: ['next'],
    when: (payload) =>
      typeof field(payload, 'next') === 'string' && typeof field(payload, 'username') === 'string',
  });

export type ChangePasswordInput = z.input<typeof changePasswordInput>;
export type ChangePasswordForm = z.input<typeof changePasswordForm>;
