import { accountsOf, grantsOfAccounts, orgNames } from '@ketnap/db';
import type { CallerContext } from '../context.js';

/** The accounts homed at a commune (`accounts.list`), each with its marks and its roles with the units' names. */
export async function listAccounts(ctx: CallerContext, communeId: string) {
  const accounts = await accountsOf(ctx.db, [communeId]);
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
}
