import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.

/**
 * The commune's document register (sổ đăng ký văn bản, docs/papers.md): every paper the commune's Party bodies issue
 * gets the next number of its symbol (`NQ/CB`, `BB/ĐU`, …) for the year, in the transaction of the step that issues
 * it. `paper_counter` holds the last number given per commune, year and symbol: one upserted row, so two issuers at
 * once queue on it and get two numbers with no gap; a number is never reused (the register's rows are never
 * deleted; a corrected paper gets a new row that supersedes the old). Papers recorded before this migration have no
 * number in the register.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('paper_counter')
    .addColumn('commune_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('symbol', 'text', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('paper_counter_pk', ['commune_id', 'year', 'symbol'])
    .execute();
  await db.schema
    .createTable('paper_register')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('commune_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('symbol', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    /** As printed: `12-NQ/CB`. */
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('candidate_id', 'text', (c) => c.references('candidate.id'))
    .addColumn('event_id', 'text')
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    /** The row that replaced this one (a corrected paper), and why; null while it stands. */
    .addColumn('superseded_by', 'text')
    .addColumn('superseded_reason', 'text')
    .addUniqueConstraint('paper_register_number', ['commune_id', 'year', 'symbol', 'seq'])
    .execute();
  await db.schema
    .createIndex('paper_register_candidate')
    .on('paper_register')
    .columns(['candidate_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('paper_register').execute();
  await db.schema.dropTable('paper_counter').execute();
}
