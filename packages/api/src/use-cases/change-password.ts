import { accountById, revokeSessionsOf, setOwnPassword } from '@ketnap/db';
import { comparablePassword } from '@ketnap/domain';
import { forgiveLogin, loginKeys, reserveLogin } from '../auth/login-limit.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { passwordRefusal } from '../auth/password-policy.js';
import { scryptOf } from '../auth/settings.js';
import type { CallerContext } from '../context.js';
import { toTRPCError } from '../errors.js';

/**
 * A signed-in person sets a password of their own (`auth.changePassword`), in this order:
 * 1. the new password must pass the server's policy (not the username, the demo password or a common one) and
 *    differ from the current one (no secret is checked yet, so nothing is counted);
 * 2. the check of the current password is reserved like a login attempt (the account's, the address's and the
 *    hashing budget's limits, login-limit.ts): a locked key refuses it unchecked;
 * 3. the current password must verify; a wrong one stays counted as a failed attempt and is audited
 *    (`account.password-change-failed`); a right one is forgiven like a successful login;
 * 4. in one transaction: the new hash, the must-change and demo marks cleared, every OTHER session of the account
 *    ended (the one asking stays), audited `account.password-changed` (no values).
 */
export async function changeOwnPassword(
  ctx: CallerContext,
  input: { current: string; next: string },
): Promise<{ sessionsRevoked: number }> {
  const { session } = ctx;
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
  const keys = loginKeys(session.username, ctx.requestMeta.ip);
  const admission = await reserveLogin(ctx.db, keys, ctx.auth, ctx.now());
  if (!admission.ok)
    throw toTRPCError(
      admission.reason === 'busy'
        ? {
            code: 'AUTH.BUSY',
            message: {
              vi: 'Máy chủ đang bận kiểm tra mật khẩu. Vui lòng thử lại sau ít phút.',
              en: 'The server is busy checking passwords. Please try again in a few minutes.',
            },
          }
        : {
            code: 'AUTH.RATE_LIMITED',
            message: {
              vi: `Nhập sai mật khẩu quá nhiều lần. Vui lòng thử lại sau ${admission.waitMinutes} phút.`,
              en: `Too many wrong passwords. Try again in ${admission.waitMinutes} minute(s).`,
            },
          },
    );
  const account = await accountById(ctx.db, session.accountId);
  if (!account || !(await verifyPassword(input.current, account.password_hash))) {
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
  await forgiveLogin(ctx.db, keys, admission.attemptId);
  const passwordHash = await hashPassword(input.next, scryptOf(ctx.auth));
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
