import { createAccountInput, roleGrantInput } from '@ketnap/domain';
import { z } from 'zod';
import { decideProcedure, router } from '../trpc.js';
import { grantAccountRole, revokeAccountRole } from '../use-cases/change-roles.js';
import { createAccount } from '../use-cases/create-account.js';
import { listAccounts } from '../use-cases/list-accounts.js';
import { resetPassword } from '../use-cases/reset-password.js';
import { disableAccount, enableAccount } from '../use-cases/set-account-disabled.js';

const id = z.string().min(1).max(200);

const versioned = z.object({ accountId: id, version: z.number().int().min(1) });

/**
 * Account management for commune administrators, within their commune only: the access middleware checks the
 * commune, the account's home unit and the granted unit against the caller's grants before any of this runs.
 * Roles are read from the database on every request, so a grant or a revocation counts from the next request.
 */
export const accountsRouter = router({
  list: decideProcedure('commune')
    .input(z.object({ communeId: id }))
    .query(({ ctx, input }) => listAccounts(ctx, input.communeId)),

  create: decideProcedure('commune', 'org')
    .input(createAccountInput)
    .mutation(({ ctx, input }) => createAccount(ctx, input)),

  /** Disables an account and ends every session it has, in one transaction. */
  disable: decideProcedure('account')
    .input(versioned)
    .mutation(({ ctx, input }) => disableAccount(ctx, input)),

  /**
   * Resets an account's password (not the caller's own): a one-time password answered once, never stored in clear
   * or logged; every session of the account ends. With `version`, a stale one is refused.
   */
  resetPassword: decideProcedure('account')
    .input(z.object({ accountId: id, version: z.number().int().min(1).optional() }))
    .mutation(({ ctx, input }) => resetPassword(ctx, input)),

  enable: decideProcedure('account')
    .input(versioned)
    .mutation(({ ctx, input }) => enableAccount(ctx, input)),

  /** Gives an account (not the caller's own) a role over the commune or one of its cells; holding it already is a no-op. */
  grant: decideProcedure('account', 'org')
    .input(roleGrantInput)
    .mutation(({ ctx, input }) => grantAccountRole(ctx, input)),

  /** Takes a role away from an account (not the caller's own); `revoked` is false when it did not hold it. */
  revoke: decideProcedure('account', 'org')
    .input(roleGrantInput)
    .mutation(({ ctx, input }) => revokeAccountRole(ctx, input)),
});
