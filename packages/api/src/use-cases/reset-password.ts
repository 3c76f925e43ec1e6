import { revokeSessionsOf, setOneTimePassword } from '@ketnap/db';
import { oneTimePassword } from '../auth/one-time-password.js';
import { hashPassword } from '../auth/password.js';
import { scryptOf } from '../auth/settings.js';
import type { CallerContext } from '../context.js';
import { refuseOwnAccount, staleAccount } from './account-refusals.js';

/**
 * Resets an account's password (`accounts.resetPassword`; not the caller's own): a random one-time password, answered
 * once here and never stored in clear or logged, which signs in for `oneTimePasswordHours` and must then be changed
 * before anything else; every session of the account ends, audited, in the same transaction. With `version`, a
 * stale one is refused.
 */
export async function resetPassword(ctx: CallerContext, input: { accountId: string; version?: number }) {
  refuseOwnAccount(ctx, input.accountId);
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password, scryptOf(ctx.auth));
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + ctx.auth.oneTimePasswordHours * 3_600_000).toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const set = await setOneTimePassword(trx, {
      accountId: input.accountId,
      passwordHash,
      expiresAt,
      expectedVersion: input.version,
    });
    if (!set) throw staleAccount();
    const n = await revokeSessionsOf(trx, input.accountId, now.toISOString());
    await ctx.audit(trx, {
      action: 'account.password-reset',
      targetType: 'account',
      targetId: input.accountId,
      orgId: ctx.units[0]?.id ?? null,
      payload: { sessionsRevoked: n },
    });
  });
  return { oneTimePassword: password, expiresAt };
}
