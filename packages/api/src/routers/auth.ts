import { type DbClient, grantsOf, openDemoAccounts, orgNames, orgPath, revokeSession } from '@ketnap/db';
import { changePasswordInput } from '@ketnap/domain';
import { z } from 'zod';
import { changeOwnPassword } from '../auth/change-password.js';
import { logIn } from '../auth/login.js';
import { refuseExpiredOneTimePassword } from '../auth/one-time-password.js';
import { passwordMarks, type SessionInfo, startSession } from '../auth/sessions.js';
import { authedProcedure, publicProcedure, router } from '../trpc.js';

/** Login form: the same schema validates in the browser and on the server. */
export const loginInput = z.object({
  username: z.string().trim().min(1, 'Nhập tên đăng nhập').max(64, 'Tên đăng nhập tối đa 64 ký tự'),
  password: z.string().min(1, 'Nhập mật khẩu').max(200, 'Mật khẩu tối đa 200 ký tự'),
});

/** The caller as the console shows it: name and roles with the units' names. */
export interface Me {
  accountId: string;
  username: string;
  displayName: string;
  roles: {
    role: SessionInfo['roles'][number]['role'];
    orgId: string;
    orgName: string;
    orgLevel: string | null;
  }[];
  /** Only the forced change-password form until the person sets a password of their own. */
  mustChangePassword: boolean;
  /** The caller's own account still has the public demo password. */
  demo: boolean;
  /**
   * For a commune administrator: how many enabled accounts homed at their commune(s) still have the demo password
   * (the console's warning stays until it is 0); 0 for everyone else.
   */
  demoAccountsOpen: number;
}

async function describe(db: DbClient, session: Omit<SessionInfo, 'sessionId'>): Promise<Me> {
  const names = await orgNames(
    db,
    session.roles.map((g) => g.orgId),
  );
  const roles = await Promise.all(
    session.roles.map(async (g) => ({
      ...g,
      orgName: names.get(g.orgId) ?? g.orgId,
      orgLevel: (await orgPath(db, g.orgId))?.level ?? null,
    })),
  );
  const administered = session.roles.filter((g) => g.role === 'commune-admin').map((g) => g.orgId);
  return {
    accountId: session.accountId,
    username: session.username,
    displayName: session.displayName,
    roles,
    mustChangePassword: session.mustChangePassword ?? false,
    demo: session.demo ?? false,
    demoAccountsOpen: await openDemoAccounts(db, administered),
  };
}

/**
 * Sign-in, sign-out, who-am-I and changing one's own password. The first three are public procedures: login is for
 * the anonymous, logout must work with an expired session (it clears the cookie either way), and `me` answers null
 * to the anonymous. `changePassword` is for any signed-in account, also one that must change its password.
 */
export const authRouter = router({
  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
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
    return describe(ctx.db, {
      accountId: account.id,
      username: account.username,
      displayName: account.display_name,
      roles,
      ...passwordMarks(account, ctx.auth),
    });
  }),

  logout: publicProcedure.mutation(async ({ ctx }) => {
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
  }),

  me: publicProcedure.query(({ ctx }) => (ctx.session ? describe(ctx.db, ctx.session) : null)),

  /** Sets the caller's own password; every other session of the account ends (auth/change-password.ts). */
  changePassword: authedProcedure
    .input(changePasswordInput)
    .mutation(({ ctx, input }) => changeOwnPassword(ctx, ctx.session, input)),
});
