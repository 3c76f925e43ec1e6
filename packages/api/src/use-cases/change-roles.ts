import { grantRole, revokeRole } from '@ketnap/db';
import type { roleGrantInput } from '@ketnap/domain';
import type { z } from 'zod';
import { roleFits } from '../access.js';
import type { CallerContext } from '../context.js';
import { refuseOwnAccount, roleUnitMismatch } from './account-refusals.js';

type RoleGrantInput = z.output<typeof roleGrantInput>;

/**
 * Gives an account (not the caller's own) a role over the commune or one of its cells (`accounts.grant`), audited in
 * the same transaction; holding it already changes nothing. Counts from the account's next request.
 */
export async function grantAccountRole(ctx: CallerContext, input: RoleGrantInput) {
  refuseOwnAccount(ctx, input.accountId);
  const unit = ctx.units[1];
  if (!unit || !roleFits(input.role, unit)) throw roleUnitMismatch(input.role);
  await ctx.db.transaction().execute(async (trx) => {
    await grantRole(trx, { ...input, at: ctx.now().toISOString() });
    await ctx.audit(trx, {
      action: 'account.grant',
      targetType: 'account',
      targetId: input.accountId,
      orgId: ctx.units[0]?.id ?? null,
      payload: { role: input.role, grantOrgId: input.orgId },
    });
  });
  return { ok: true as const };
}

/**
 * Takes a role away from an account (not the caller's own; `accounts.revoke`); `revoked` is false when it did not
 * hold it, and then nothing is audited.
 */
export async function revokeAccountRole(ctx: CallerContext, input: RoleGrantInput) {
  refuseOwnAccount(ctx, input.accountId);
  const revoked = await ctx.db.transaction().execute(async (trx) => {
    const had = await revokeRole(trx, input);
    if (had)
      await ctx.audit(trx, {
        action: 'account.revoke',
        targetType: 'account',
        targetId: input.accountId,
        orgId: ctx.units[0]?.id ?? null,
        payload: { role: input.role, grantOrgId: input.orgId },
      });
    return had;
  });
  return { revoked };
}
