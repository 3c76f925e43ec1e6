import { type DbClient, openDemoAccounts, orgNames, orgPath } from '@ketnap/db';
import type { Context, SessionInfo } from '../context.js';

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

/** Describes a signed-in account: its roles with their units' names and levels, its marks, the demo accounts open. */
export async function describeCaller(db: DbClient, session: Omit<SessionInfo, 'sessionId'>): Promise<Me> {
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

/** Who is signed in (`auth.me`): the caller described, or null for the anonymous. */
export function whoAmI(ctx: Context): Promise<Me | null> {
  return ctx.session ? describeCaller(ctx.db, ctx.session) : Promise.resolve(null);
}
