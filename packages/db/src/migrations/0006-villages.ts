import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one. (0005 is reserved for the scale indexes.)

export async function up(db: Kysely<any>): Promise<void> {
  // The villages (thôn, xóm, tổ dân phố) of a commune and the cell that covers each: its own cell (`own_cell` 1),
  // a neighbouring cell it was merged into (0), or none (null cell). The "villages without a cell / without
  // members" report reads it.
  await db.schema
    .createTable('village')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('commune_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('cell_id', 'text', (c) => c.references('org_unit.id'))
    .addColumn('own_cell', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('village_commune_idx').on('village').column('commune_id').execute();
  // Where a member lives (null: not recorded): a village has members when someone lives there, whatever their cell
  // (a teacher of the school's cell lives in some village too).
  await db.schema
    .alterTable('member')
    .addColumn('village_id', 'text', (c) => c.references('village.id'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('member').dropColumn('village_id').execute();
  await db.schema.dropTable('village').execute();
}
