import { randomUUID } from 'node:crypto';
import { accountByUsername, grantRole, insertAccount } from '@ketnap/db';
import type { createAccountInput } from '@ketnap/domain';
import type { z } from 'zod';
import { roleFits } from '../access.js';
import { hashPassword } from '../auth/password.js';
import { passwordRefusal } from '../auth/password-policy.js';
import { scryptOf } from '../auth/settings.js';
import type { CallerContext } from '../context.js';
import { toTRPCError } from '../errors.js';
import { roleUnitMismatch } from './account-refusals.js';

/**
 * Creates an account homed at the caller's commune with one role over the commune or one of its cells
 * (`accounts.create`): the unit must fit the role and lie in that commune, the username be free, the password pass
 * the server's policy; then the account, its role and the audit entry in one transaction.
 */
export async function createAccount(ctx: CallerContext, input: z.output<typeof createAccountInput>) {
  const unit = ctx.units[1];
  if (!unit || !roleFits(input.role, unit) || unit.communeId !== input.communeId)
    throw roleUnitMismatch(input.role);
  if (await accountByUsername(ctx.db, input.username))
    throw toTRPCError({
      code: 'ACCOUNT.USERNAME_TAKEN',
      message: {
        vi: `Tên đăng nhập "${input.username}" đã có người dùng.`,
        en: `The username "${input.username}" is taken.`,
      },
    });
  const refusal = passwordRefusal(input.password, input.username);
  if (refusal) throw toTRPCError(refusal);
  const passwordHash = await hashPassword(input.password, scryptOf(ctx.auth));
  const accountId = randomUUID();
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await insertAccount(trx, {
      id: accountId,
      username: input.username,
      display_name: input.displayName,
      password_hash: passwordHash,
      home_org_id: input.communeId,
      disabled: 0,
      created_at: at,
      version: 1,
    });
    await grantRole(trx, { accountId, role: input.role, orgId: input.orgId, at });
    await ctx.audit(trx, {
      action: 'account.create',
      targetType: 'account',
      targetId: accountId,
      orgId: input.communeId,
      payload: { role: input.role, grantOrgId: input.orgId },
    });
  });
  return { id: accountId };
}
