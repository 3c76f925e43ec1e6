import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.

export async function up(db: Kysely<any>): Promise<void> {
  // An awareness class (lớp bồi dưỡng nhận thức về Đảng) of a commune: organiser, dates, and the day its results
  // were recorded (null until then). docs/source-pool.md.
  await db.schema
    .createTable('awareness_class')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('commune_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('organiser', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('results_on', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('awareness_class_commune_idx')
    .on('awareness_class')
    .columns(['commune_id', 'starts_on'])
    .execute();
  // The roster: candidates of several cells; the result and the certificate step once the results are recorded.
  await db.schema
    .createTable('awareness_class_member')
    .addColumn('class_id', 'text', (c) => c.notNull().references('awareness_class.id'))
    .addColumn('candidate_id', 'text', (c) => c.notNull().references('candidate.id'))
    .addColumn('result', 'text')
    .addColumn('serial', 'text')
    .addColumn('certificate_event_id', 'text', (c) => c.references('candidate_event.id'))
    .addPrimaryKeyConstraint('awareness_class_member_pk', ['class_id', 'candidate_id'])
    .execute();
  await db.schema
    .createIndex('awareness_class_member_candidate_idx')
    .on('awareness_class_member')
    .column('candidate_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('awareness_class_member').execute();
  await db.schema.dropTable('awareness_class').execute();
}
