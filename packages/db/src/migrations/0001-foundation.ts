import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('org_unit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_id', 'text', (c) => c.references('org_unit.id'))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('kind', 'text')
    .addColumn('slug', 'text', (c) => c.unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .execute();
  await db.schema.createIndex('org_unit_parent').on('org_unit').column('parent_id').execute();

  await db.schema
    .createTable('member')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cell_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text', (c) => c.notNull())
    .addColumn('admitted_on', 'text', (c) => c.notNull())
    .addColumn('joined_on', 'text', (c) => c.notNull())
    .addColumn('official_on', 'text')
    .addColumn('left_on', 'text')
    .addColumn('left_reason', 'text')
    .execute();
  await db.schema.createIndex('member_cell').on('member').column('cell_id').execute();

  await db.schema
    .createTable('candidate')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cell_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text', (c) => c.notNull())
    .addColumn('entered_pool_on', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('candidate_cell').on('candidate').column('cell_id').execute();

  await db.schema
    .createTable('candidate_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('candidate_id', 'text', (c) => c.notNull().references('candidate.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('candidate_event_seq', ['candidate_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('candidate_event_kind_date')
    .on('candidate_event')
    .columns(['kind', 'occurred_on'])
    .execute();

  await db.schema
    .createTable('admission_target')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('resolution_ref', 'text')
    .addColumn('set_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('admission_target_org_year')
    .on('admission_target')
    .columns(['org_id', 'year'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['admission_target', 'candidate_event', 'candidate', 'member', 'org_unit']) {
    await db.schema.dropTable(table).execute();
  }
}
