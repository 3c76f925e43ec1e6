import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.

export async function up(db: Kysely<any>): Promise<void> {
  // sub-targets (JSON text, null = none) and who gave the target; 0001 already keeps history (row per change).
  await db.schema.alterTable('admission_target').addColumn('sub_targets', 'text').execute();
  await db.schema.alterTable('admission_target').addColumn('assigned_by', 'text').execute();

  // A commune's own policies: split policy, grading thresholds, forecast and public-suppression settings (JSON).
  await db.schema
    .createTable('commune_setting')
    .addColumn('commune_id', 'text', (c) => c.primaryKey().references('org_unit.id'))
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // The public board's precomputed year (rebuilt when a decision or a target is recorded): one row per commune-year.
  await db.schema
    .createTable('board_snapshot')
    .addColumn('commune_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('board_snapshot_pk', ['commune_id', 'year'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('board_snapshot').execute();
  await db.schema.dropTable('commune_setting').execute();
  await db.schema.alterTable('admission_target').dropColumn('assigned_by').execute();
  await db.schema.alterTable('admission_target').dropColumn('sub_targets').execute();
}
