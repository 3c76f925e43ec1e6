import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.

/**
 * Background verification tracked one request per person (docs/verification.md): who is verified (V-02: the
 * relation and the person's name, which is sensitive: read only through the audited use case), the organisation
 * asked and where, the days sent and answered, the answer, or the V-04 exemption's reason instead of a request.
 * The letters themselves are not papers here (the document register is another branch's).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('verification_request')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('candidate_id', 'text', (c) => c.notNull().references('candidate.id'))
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('person_name', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('sent_on', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('answer', 'text')
    .addColumn('exempt_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('verification_request_candidate')
    .on('verification_request')
    .column('candidate_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('verification_request').execute();
}
