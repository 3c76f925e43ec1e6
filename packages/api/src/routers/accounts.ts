import { randomUUID } from 'node:crypto';
import {
  accountByUsername,
  accountsOf,
  grantRole,
  grantsOfAccounts,
  insertAccount,
  orgNames,
  type Role,
  revokeRole,
  revokeSessionsOf,
  setAccountDisabled,
  setOneTimePassword,
} from '@ketnap/db';
import { createAccountInput, roleGrantInput } from '@ketnap/domain';
import { z } from 'zod';
import { ROLE_UNIT_LEVELS } from '../access.js';
import { oneTimePassword } from '../auth/one-time-password.js';
import { hashPassword } from '../auth/password.js';
import { passwordRefusal } from '../auth/password-policy.js';
import { toTRPCError } from '../errors.js';
import { decideProcedure, router } from '../trpc.js';

const id = z.string().min(1).max(200);

const versioned = z.object({ accountId: id, version: z.number().int().min(1) });

const roleUnitMismatch = (r: Role) =>
  toTRPCError({
    code: 'ACCOUNT.ROLE_UNIT_MISMATCH',
    message: {
      vi: {
        'commune-admin': 'Quản trị xã phải gắn với một xã.',
        'cell-secretary': 'Bí thư chi bộ phải gắn với một chi bộ.',
        viewer: 'Người xem phải gắn với một tỉnh hoặc một xã.',
      }[r],
      en: `A ${r} is granted over a ${ROLE_UNIT_LEVELS[r].join(' or ')}.`,
    },
  });
const notSelf = () =>
  toTRPCError({
    code: 'ACCOUNT.SELF',
    message: { vi: 'Không thể tự thay đổi tài khoản của mình.', en: 'You cannot change your own account.' },
  });
const stale = () =>
  toTRPCError({
    code: 'ACCOUNT.STALE',
    message: {
      vi: 'Tài khoản vừa được người khác thay đổi. Tải lại rồi thử lại.',
      en: 'Someone else changed this account. Reload and retry.',
    },
  });

/**
 * Account management for commune administrators, within their commune only: the access middleware checks the
 * commune, the account's home unit and the granted unit against the caller's grants before any of this runs.
 * Roles are read from the database on every request, so a grant or a revocation counts from the next request.
 */
export const accountsRouter = router({
  list: decideProcedure('commune')
    .input(z.object({ communeId: id }))
    .query(async ({ ctx, input }) => {
      const accounts = await accountsOf(ctx.db, [input.communeId]);
      const grants = await grantsOfAccounts(
        ctx.db,
        accounts.map((a) => a.id),
      );
      const names = await orgNames(
        ctx.db,
        grants.map((g) => g.org_id),
      );
      return accounts.map((a) => ({
        id: a.id,
        username: a.username,
        displayName: a.display_name,
        disabled: a.disabled !== 0,
        version: a.version,
        mustChangePassword: a.must_change_password !== 0,
        demo: a.demo !== 0,
        roles: grants
          .filter((g) => g.account_id === a.id)
          .map((g) => ({ role: g.role, orgId: g.org_id, orgName: names.get(g.org_id) ?? g.org_id })),
      }));
    }),

  create: decideProcedure('commune', 'org')
    .input(createAccountInput)
    .mutation(async ({ ctx, input }) => {
      const unit = ctx.units[1];
      if (!unit || !ROLE_UNIT_LEVELS[input.role].includes(unit.level) || unit.communeId !== input.communeId)
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
      const passwordHash = await hashPassword(input.password);
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
    }),

  /** Disables an account and ends every session it has, in one transaction. */
  disable: decideProcedure('account')
    .input(versioned)
    .mutation(async ({ ctx, input }) => {
      if (input.accountId === ctx.session.accountId) throw notSelf();
      const at = ctx.now().toISOString();
      const revoked = await ctx.db.transaction().execute(async (trx) => {
        if (!(await setAccountDisabled(trx, { ...input, disabled: true, expectedVersion: input.version })))
          throw stale();
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
      return { sessionsRevoked: revoked };
    }),

  /**
   * Resets an account's password (not the caller's own): a random one-time password, answered once here and never
   * stored in clear or logged, which signs in for `oneTimePasswordHours` and must then be changed before anything
   * else; every session of the account ends in the same transaction. With `version`, a stale one is refused.
   */
  resetPassword: decideProcedure('account')
    .input(z.object({ accountId: id, version: z.number().int().min(1).optional() }))
    .mutation(async ({ ctx, input }) => {
      if (input.accountId === ctx.session.accountId) throw notSelf();
      const password = oneTimePassword();
      const passwordHash = await hashPassword(password);
      const now = ctx.now();
      const expiresAt = new Date(now.getTime() + ctx.auth.oneTimePasswordHours * 3_600_000).toISOString();
      await ctx.db.transaction().execute(async (trx) => {
        const set = await setOneTimePassword(trx, {
          accountId: input.accountId,
          passwordHash,
          expiresAt,
          expectedVersion: input.version,
        });
        if (!set) throw stale();
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
    }),

  enable: decideProcedure('account')
    .input(versioned)
    .mutation(async ({ ctx, input }) => {
      if (input.accountId === ctx.session.accountId) throw notSelf();
      await ctx.db.transaction().execute(async (trx) => {
        if (!(await setAccountDisabled(trx, { ...input, disabled: false, expectedVersion: input.version })))
          throw stale();
        await ctx.audit(trx, {
          action: 'account.enable',
          targetType: 'account',
          targetId: input.accountId,
          orgId: ctx.units[0]?.id ?? null,
        });
      });
      return { ok: true as const };
    }),

  /** Gives an account (not the caller's own) a role over the commune or one of its cells; holding it already is a no-op. */
  grant: decideProcedure('account', 'org')
    .input(roleGrantInput)
    .mutation(async ({ ctx, input }) => {
      if (input.accountId === ctx.session.accountId) throw notSelf();
      const unit = ctx.units[1];
      if (!unit || !ROLE_UNIT_LEVELS[input.role].includes(unit.level)) throw roleUnitMismatch(input.role);
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
    }),

  /** Takes a role away from an account (not the caller's own); `revoked` is false when it did not hold it. */
  revoke: decideProcedure('account', 'org')
    .input(roleGrantInput)
    .mutation(async ({ ctx, input }) => {
      if (input.accountId === ctx.session.accountId) throw notSelf();
      const held = await ctx.db.transaction().execute(async (trx) => {
        const had = await revokeRole(trx, input);
        if (had) {
          await ctx.audit(trx, {
            action: 'account.revoke',
            targetType: 'account',
            targetId: input.accountId,
            orgId: ctx.units[0]?.id ?? null,
            payload: { role: input.role, grantOrgId: input.orgId },
          });
        }
        return had;
      });
      return { revoked: held };
    }),
});
