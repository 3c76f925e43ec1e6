import { type Kysely, sql } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.

/**
 * The day of a candidate's admission decision, kept on the candidate row (null until decided), so that counting a
 * year's admissions over a province or the nation reads one index instead of joining every decision to its
 * candidate (docs/benchmarks.md, "Roll-ups": the nation on PostgreSQL went from about 460 ms to under 200 ms).
 * `appendCandidateEvent` sets it in the transaction that appends the decision; here it is filled from the history.
 * Two indexes, one for each way in: from a date window to the cells (the nation), and from a province's cells to
 * their window (a province on SQLite, which drives from the cells).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('candidate').addColumn('admitted_on', 'text').execute();
  await sql`
    update candidate set admitted_on = (
      select max(e.occurred_on) from candidate_event e
      where e.candidate_id = candidate.id and e.kind = 'admission-decision'
    )`.execute(db);
  await db.schema
    .createIndex('candidate_admitted_cell')
    .on('candidate')
    .columns(['admitted_on', 'cell_id'])
    .execute();
  await db.schema
    .createIndex('candidate_cell_admitted')
    .on('candidate')
    .columns(['cell_id', 'admitted_on'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('candidate_cell_admitted').execute();
  await db.schema.dropIndex('candidate_admitted_cell').execute();
  await db.schema.alterTable('candidate').dropColumn('admitted_on').execute();
}
