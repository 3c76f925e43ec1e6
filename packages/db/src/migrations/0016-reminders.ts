import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.

/**
 * Reminders that reach people (docs/reminders.md): an account's e-mail address for the daily digest (null: no
 * digest), the account's secret calendar feed (only the SHA-256 of its token is kept, so the table does not hold
 * working URLs; revoking stamps `revoked_at`), and the log of every digest sent or failed, so a lost one shows.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('account').addColumn('email', 'text').execute();
  await db.schema
    .createTable('calendar_feed')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('calendar_feed_account').on('calendar_feed').column('account_id').execute();
  await db.schema
    .createTable('reminder_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('items', 'integer', (c) => c.notNull())
    .addColumn('error', 'text')
    .execute();
  await db.schema.createIndex('reminder_log_day').on('reminder_log').columns(['day', 'account_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reminder_log').execute();
  await db.schema.dropTable('calendar_feed').execute();
  await db.schema.alterTable('account').dropColumn('email').execute();
}
