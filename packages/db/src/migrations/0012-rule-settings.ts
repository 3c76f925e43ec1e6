import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.

export async function up(db: Kysely<any>): Promise<void> {
  // Issue 11: a commune's overrides of the L rules' settings (rules/settings-catalogue.ts), one row per setting that
  // differs from its default (value as JSON text), with the account that set it and when. A setting put back to its
  // default is deleted; the history of changes lives in the audit log.
  await db.schema
    .createTable('rule_setting')
    .addColumn('commune_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('setting', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rule_setting_pk', ['commune_id', 'setting'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rule_setting').execute();
}
