import { accountById, revokeSessionsOf, setOwnPassword } from '@ketnap/db';
import { comparablePassword } from '@ketnap/domain';
import type { Context, SessionInfo } from '../context.js';
import { toTRPCError } from '../errors.js';
import { clearLoginKey, loginKey, loginWaitMinutes, noteLoginFailure } from './login.js';
import { hashPassword, verifyPassword } from './password.js';
import { passwordRefusal } from './password-policy.js';

/**
 * A signed-in person sets a password of their own (`auth.changePassword`), in this order:
 * 1. too many failed logins for (username, address) refuse it, as they refuse a login;
 * 2. the new password must pass the server's policy (not the username, the demo password or a common one) and
 *    differ from the current one;
 * 3. the current password must verify; a wrong one counts as a failed login for the same rate limit and is
 *    audited (`account.password-change-failed`);
 * 4. in one transaction: the new hash, the must-change and demo marks cleared, every OTHER session of the account
 *    ended (the one asking stays), audited `account.password-changed` (no values).
 */
export async function changeOwnPassword(
  ctx: Context,
  session: SessionInfo,
  input: { current: string; next: string },
): Promise<{ sessionsRevoked: number }> {
  const key = loginKey(session.username, ctx.requestMeta.ip);
  const wait = await loginWaitMinutes(ctx, key);
  if (wait > 0)
    throw toTRPCError({
      code: 'AUTH.RATE_LIMITED',
      message: {
        vi: `Nhập sai mật khẩu quá nhiều lần. Vui lòng thử lại sau ${wait} phút.`,
        en: `Too many wrong passwords. Try again in ${wait} minute(s).`,
      },
    });
  const refusal = passwordRefusal(input.next, session.username);
  if (refusal) throw toTRPCError(refusal);
  if (comparablePassword(input.next) === comparablePassword(input.current))
    throw toTRPCError({
      code: 'ACCOUNT.PASSWORD_UNCHANGED',
      message: {
        vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
        en: 'The new password must differ from the current one.',
      },
    });
  const account = await accountById(ctx.db, session.accountId);
  if (!account || !(await verifyPassword(input.current, account.password_hash))) {
    await noteLoginFailure(ctx, key);
    await ctx.auditAttempt({
      action: 'account.password-change-failed',
      targetType: 'account',
      targetId: session.accountId,
      orgId: account?.home_org_id ?? null,
      payload: { reason: 'current-password' },
    });
    throw toTRPCError({
      code: 'ACCOUNT.WRONG_PASSWORD',
      message: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
    });
  }
  await clearLoginKey(ctx, key);
  const passwordHash = await hashPassword(input.next);
  const at = ctx.now().toISOString();
  const sessionsRevoked = await ctx.db.transaction().execute(async (trx) => {
    await setOwnPassword(trx, { accountId: account.id, passwordHash });
    const n = await revokeSessionsOf(trx, account.id, at, session.sessionId);
    await ctx.audit(trx, {
      action: 'account.password-changed',
      targetType: 'account',
      targetId: account.id,
      orgId: account.home_org_id,
      payload: { sessionsRevoked: n },
    });
    return n;
  });
  return { sessionsRevoked };
}
