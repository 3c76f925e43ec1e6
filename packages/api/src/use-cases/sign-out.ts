import { revokeSession } from '@ketnap/db';
import type { Context } from '../context.js';

/**
 * Signs out (`auth.logout`): the session, if any, revoked with its audit entry in one transaction; the cookie is
 * cleared either way, so an expired session signs out too.
 */
export async function signOut(ctx: Context): Promise<{ ok: true }> {
  const session = ctx.session;
  if (session) {
    await ctx.db.transaction().execute(async (trx) => {
      await revokeSession(trx, session.sessionId, ctx.now().toISOString());
      await ctx.audit(trx, {
        action: 'auth.logout',
        targetType: 'account',
        targetId: session.accountId,
        orgId: null,
      });
    });
  }
  ctx.cookies.clearSession();
  return { ok: true as const };
}
