import type { Insertable, Kysely, Selectable } from 'kysely';
import type { AccountTable, Database, Role, RoleGrantTable } from '../schema.js';

export type Account = Selectable<AccountTable>;
export type RoleGrantRow = Selectable<RoleGrantTable>;

/** Adds an account (username stored lower-case). */
export async function insertAccount(db: Kysely<Database>, account: Insertable<AccountTable>): Promise<void> {
  await db
    .insertInto('account')
    .values({ ...account, username: account.username.toLowerCase() })
    .execute();
}

/** The account with this username (case-insensitive), or undefined. */
export async function accountByUsername(
  db: Kysely<Database>,
  username: string,
): Promise<Account | undefined> {
  return db
    .selectFrom('account')
    .selectAll()
    .where('username', '=', username.toLowerCase())
    .executeTakeFirst();
}

/** The account with this id, or undefined. */
export async function accountById(db: Kysely<Database>, id: string): Promise<Account | undefined> {
  return db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The display names of the accounts among `ids`, by id (unknown ids are absent), in one query. */
export async function accountNames(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('account').select(['id', 'display_name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** Accounts whose home is one of `orgIds`, by username. */
export async function accountsOf(db: Kysely<Database>, orgIds: readonly string[]): Promise<Account[]> {
  if (orgIds.length === 0) return [];
  return db
    .selectFrom('account')
    .selectAll()
    .where('home_org_id', 'in', orgIds)
    .orderBy('username')
    .execute();
}

/** Every role the account holds. */
export async function grantsOf(db: Kysely<Database>, accountId: string): Promise<RoleGrantRow[]> {
  return db
    .selectFrom('role_grant')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('role')
    .orderBy('org_id')
    .execute();
}

/** Grants of several accounts at once (for a list view). */
export async function grantsOfAccounts(
  db: Kysely<Database>,
  accountIds: readonly string[],
): Promise<RoleGrantRow[]> {
  if (accountIds.length === 0) return [];
  return db.selectFrom('role_grant').selectAll().where('account_id', 'in', accountIds).execute();
}

/** Gives `role` over `orgId`; granting a role the account already holds there changes nothing. */
export async function grantRole(
  db: Kysely<Database>,
  grant: { accountId: string; role: Role; orgId: string; at: string },
): Promise<void> {
  await db
    .insertInto('role_grant')
    .values({ account_id: grant.accountId, role: grant.role, org_id: grant.orgId, granted_at: grant.at })
    .onConflict((oc) => oc.columns(['account_id', 'role', 'org_id']).doNothing())
    .execute();
}

/** Takes `role` over `orgId` away; returns whether the account held it. */
export async function revokeRole(
  db: Kysely<Database>,
  grant: { accountId: string; role: Role; orgId: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('role_grant')
    .where('account_id', '=', grant.accountId)
    .where('role', '=', grant.role)
    .where('org_id', '=', grant.orgId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Disables (or re-enables) an account when its version is still `expectedVersion`; returns false on a stale
 * version. Disabling does not end sessions by itself: call {@link revokeSessionsOf} in the same transaction.
 */
export async function setAccountDisabled(
  db: Kysely<Database>,
  params: { accountId: string; disabled: boolean; expectedVersion: number },
): Promise<boolean> {
  const result = await db
    .updateTable('account')
    .set((eb) => ({ disabled: params.disabled ? 1 : 0, version: eb('version', '+', 1) }))
    .where('id', '=', params.accountId)
    .where('version', '=', params.expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Replaces the password hash and bumps the version. */
export async function setPasswordHash(
  db: Kysely<Database>,
  params: { accountId: string; passwordHash: string },
): Promise<void> {
  await db
    .updateTable('account')
    .set((eb) => ({ password_hash: params.passwordHash, version: eb('version', '+', 1) }))
    .where('id', '=', params.accountId)
    .execute();
}

/**
 * Sets a password the person chose (a change of their own): the hash, and clears the must-change mark, the demo
 * mark and any one-time expiry; bumps the version. End the account's other sessions in the same transaction.
 */
export async function setOwnPassword(
  db: Kysely<Database>,
  params: { accountId: string; passwordHash: string },
): Promise<void> {
  await db
    .updateTable('account')
    .set((eb) => ({
      password_hash: params.passwordHash,
      must_change_password: 0,
      demo: 0,
      password_expires_at: null,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', params.accountId)
    .execute();
}

/**
 * Sets a one-time password (an administrator's reset): the hash, the must-change mark and the instant it stops
 * signing in; clears the demo mark (the demo password is gone) and bumps the version. With `expectedVersion`,
 * changes nothing and returns false when the account changed meanwhile. End every session of the account in the
 * same transaction.
 */
export async function setOneTimePassword(
  db: Kysely<Database>,
  params: { accountId: string; passwordHash: string; expiresAt: string; expectedVersion?: number },
): Promise<boolean> {
  let update = db
    .updateTable('account')
    .set((eb) => ({
      password_hash: params.passwordHash,
      must_change_password: 1,
      demo: 0,
      password_expires_at: params.expiresAt,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', params.accountId);
  if (params.expectedVersion !== undefined) update = update.where('version', '=', params.expectedVersion);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** How many enabled accounts homed at one of `orgIds` still carry the demo mark (the public demo password). */
export async function openDemoAccounts(db: Kysely<Database>, orgIds: readonly string[]): Promise<number> {
  if (orgIds.length === 0) return 0;
  const row = await db
    .selectFrom('account')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('home_org_id', 'in', orgIds)
    .where('demo', '=', 1)
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
