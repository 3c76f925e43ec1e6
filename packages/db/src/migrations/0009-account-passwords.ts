import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.

/**
 * Accounts get passwords of their own (docs/access.md, "Accounts and passwords"):
 * - `must_change_password`: 1 after an administrator's reset; every procedure but `auth.*` is refused until the
 *   person sets a password of their own;
 * - `demo`: 1 on the demo accounts, which share the public demo password; the console nags until each is disabled
 *   or has a password of its own, and with the demo switched off (KETNAP_DEMO=0) it counts as must-change;
 * - `password_expires_at`: the instant a one-time password set by a reset stops signing in (null otherwise).
 * Existing accounts get 0, 0, null: nothing changes for them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('account')
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('account')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('account').addColumn('password_expires_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('account').dropColumn('password_expires_at').execute();
  await db.schema.alterTable('account').dropColumn('demo').execute();
  await db.schema.alterTable('account').dropColumn('must_change_password').execute();
}
