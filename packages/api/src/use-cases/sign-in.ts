import { grantsOf } from '@ketnap/db';
import { logIn } from '../auth/login.js';
import { refuseExpiredOneTimePassword } from '../auth/one-time-password.js';
import { passwordMarks, startSession } from '../auth/sessions.js';
import type { Context } from '../context.js';
import { describeCaller, type Me } from './who-am-i.js';

/**
 * Signs a person in (`auth.login`): the credential check with its rate limit (auth/login.ts), a one-time password
 * past its expiry refused, then the session opened with its audit entry in one transaction, the cookie set, and the
 * account described as `auth.me` would.
 */
export async function signIn(ctx: Context, input: { username: string; password: string }): Promise<Me> {
  const account = await logIn(ctx, input);
  await refuseExpiredOneTimePassword(ctx, account);
  const session = await ctx.db.transaction().execute(async (trx) => {
    const opened = await startSession(trx, account.id, ctx.now(), ctx.auth);
    await ctx.audit(trx, {
      action: 'auth.login',
      targetType: 'account',
      targetId: account.id,
      orgId: account.home_org_id,
    });
    return opened;
  });
  ctx.cookies.setSession(session.token);
  const roles = (await grantsOf(ctx.db, account.id)).map((g) => ({ role: g.role, orgId: g.org_id }));
  return describeCaller(ctx.db, {
    accountId: account.id,
    username: account.username,
    displayName: account.display_name,
    roles,
    ...passwordMarks(account, ctx.auth),
  });
}
