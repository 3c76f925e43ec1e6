import { revokeSessionsOf, setAccountDisabled } from '@ketnap/db';
import type { CallerContext } from '../context.js';
import { refuseOwnAccount, staleAccount } from './account-refusals.js';

/**
 * Disables an account (`accounts.disable`; not the caller's own) against the version loaded, and ends every session
 * it has, with the audit entry, in one transaction.
 */
export async function disableAccount(ctx: CallerContext, input: { accountId: string; version: number }) {
  refuseOwnAccount(ctx, input.accountId);
  const at = ctx.now().toISOString();
  const sessionsRevoked = await ctx.db.transaction().execute(async (trx) => {
    if (!(await setAccountDisabled(trx, { ...input, disabled: true, expectedVersion: input.version })))
      throw staleAccount();
    const n = await revokeSessionsOf(trx, input.accountId, at);
    await ctx.audit(trx, {
      action: 'account.disable',
      targetType: 'account',
      targetId: input.accountId,
      orgId: ctx.units[0]?.id ?? null,
      payload: { sessionsRevoked: n },
    });
    return n;
  });
  return { sessionsRevoked };
}

/** Enables a disabled account again (`accounts.enable`; not the caller's own), audited, in one transaction. */
export async function enableAccount(ctx: CallerContext, input: { accountId: string; version: number }) {
  refuseOwnAccount(ctx, input.accountId);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await setAccountDisabled(trx, { ...input, disabled: false, expectedVersion: input.version })))
      throw staleAccount();
    await ctx.audit(trx, {
      action: 'account.enable',
      targetType: 'account',
      targetId: input.accountId,
      orgId: ctx.units[0]?.id ?? null,
    });
  });
  return { ok: true as const };
}
