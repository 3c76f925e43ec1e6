import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.

export async function up(db: Kysely<any>): Promise<void> {
  // The mass organisations' proposals to a cell's source list (docs/source-pool.md): who proposed, when, why; the
  // committee's review adds the person to the pool (`candidate_id` then names the candidate) or drops the proposal.
  await db.schema
    .createTable('source_proposal')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cell_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'text', (c) => c.notNull())
    .addColumn('proposer_name', 'text', (c) => c.notNull())
    .addColumn('proposed_on', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('candidate_id', 'text', (c) => c.references('candidate.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('source_proposal_cell_idx')
    .on('source_proposal')
    .columns(['cell_id', 'status'])
    .execute();

  // One review of a cell's source list, and its decision for each entry (a proposal or a candidate of the pool).
  await db.schema
    .createTable('source_review')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cell_id', 'text', (c) => c.notNull().references('org_unit.id'))
    .addColumn('reviewed_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('source_review_cell_idx')
    .on('source_review')
    .columns(['cell_id', 'reviewed_on'])
    .execute();
  await db.schema
    .createTable('source_review_item')
    .addColumn('review_id', 'text', (c) => c.notNull().references('source_review.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addPrimaryKeyConstraint('source_review_item_pk', ['review_id', 'subject', 'subject_id'])
    .execute();

  // The source target beside the admission target: "introduce N to the awareness class" (null = none set).
  await db.schema.alterTable('admission_target').addColumn('source_total', 'integer').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('admission_target').dropColumn('source_total').execute();
  await db.schema.dropTable('source_review_item').execute();
  await db.schema.dropTable('source_review').execute();
  await db.schema.dropTable('source_proposal').execute();
}
