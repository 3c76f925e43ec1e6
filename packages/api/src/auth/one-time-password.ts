import { randomBytes } from 'node:crypto';
import type { Account } from '@ketnap/db';
import type { Context } from '../context.js';
import { toTRPCError } from '../errors.js';

/**
 * The one-time password's letters: lower case and digits without the ones read or typed for another (0 o, 1 l i),
 * so it can be read out over the telephone. 31 letters, 16 of them: about 79 bits.
 */
export const ONE_TIME_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const LENGTH = 16;

/**
 * A random one-time password of 16 letters from {@link ONE_TIME_ALPHABET} (crypto.randomBytes; bytes past the
 * largest multiple of 31 are drawn again, so every letter is equally likely). Shown once to the administrator who
 * reset the account, never stored in clear or logged.
 */
export function oneTimePassword(): string {
  const limit = 256 - (256 % ONE_TIME_ALPHABET.length);
  let out = '';
  while (out.length < LENGTH) {
    for (const byte of randomBytes(LENGTH * 2)) {
      if (byte < limit && out.length < LENGTH) out += ONE_TIME_ALPHABET[byte % ONE_TIME_ALPHABET.length];
    }
  }
  return out;
}

/**
 * Refuses a sign-in (after the right password) with a one-time password past its expiry: the person asks the
 * commune's office for a new one. Audited as `auth.login-refused`, reason `one-time-password-expired`. A one-time
 * password exactly at its expiry has expired.
 */
export async function refuseExpiredOneTimePassword(ctx: Context, account: Account): Promise<void> {
  if (account.password_expires_at === null) return;
  if (ctx.now().getTime() < Date.parse(account.password_expires_at)) return;
  await ctx.auditAttempt({
    action: 'auth.login-refused',
    targetType: 'account',
    targetId: account.id,
    orgId: account.home_org_id,
    payload: { reason: 'one-time-password-expired' },
  });
  throw toTRPCError({
    code: 'AUTH.ONE_TIME_PASSWORD_EXPIRED',
    message: {
      vi: 'Mật khẩu dùng một lần đã hết hạn. Đề nghị Văn phòng Đảng ủy xã đặt lại mật khẩu.',
      en: 'The one-time password has expired. Ask the commune party office to reset the password.',
    },
  });
}
