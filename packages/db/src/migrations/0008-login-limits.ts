import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.

/**
 * The login limit, reworked (issue 9): an attempt is reserved in the database BEFORE its password is hashed, so N
 * concurrent attempts cannot all pass a check made before any of them was counted.
 * - `login_attempt`: one row per attempt and limit key (the account, the client address, the global hashing budget),
 *   all sharing the attempt's id; a failure leaves its rows, a success forgives them. Replaces `login_failure`, whose
 *   rows (keyed by username and address together) count for no key of the new limit: dropped, not copied.
 * - `login_gate`: one row every reservation updates first, which serialises reservations on PostgreSQL (row lock)
 *   as `BEGIN IMMEDIATE` does on SQLite, across processes.
 * - `refusal_count`: refused anonymous logins counted per day and kind instead of chained into the audit log, so a
 *   flood of them cannot bury the trail.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('login_attempt')
    .addColumn('attempt_id', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('login_attempt_pk', ['attempt_id', 'key_hash'])
    .execute();
  await db.schema
    .createIndex('login_attempt_key_at')
    .on('login_attempt')
    .columns(['key_hash', 'at'])
    .execute();
  await db.schema.createIndex('login_attempt_at').on('login_attempt').column('at').execute();

  await db.schema
    .createTable('login_gate')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.insertInto('login_gate').values({ id: 1, at: '1970-01-01T00:00:00.000Z' }).execute();

  await db.schema
    .createTable('refusal_count')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('refusal_count_pk', ['day', 'kind'])
    .execute();

  await db.schema.dropTable('login_failure').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('login_failure')
    .addColumn('key_hash', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('login_failure_key_at')
    .on('login_failure')
    .columns(['key_hash', 'at'])
    .execute();
  for (const table of ['refusal_count', 'login_gate', 'login_attempt']) {
    await db.schema.dropTable(table).execute();
  }
}
