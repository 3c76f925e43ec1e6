import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.

/**
 * Indexes for counting admissions over many cells at once (docs/benchmarks.md, "Roll-ups"). Measured on generated
 * national data (25 million rows):
 * - from a province's cells to their decisions: (candidate_id, kind, occurred_on) answers "this candidate's admission
 *   decision in the window" from the index alone; a province's roll-up on SQLite went from 5.8 s to under 30 ms;
 * - from the year's decisions to their candidates: (kind, occurred_on, candidate_id) lets PostgreSQL scan the window
 *   without touching the table (index-only), the nation's roll-up went from 1.2 s to 0.76 s.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('candidate_event_candidate_kind_date')
    .on('candidate_event')
    .columns(['candidate_id', 'kind', 'occurred_on'])
    .execute();
  await db.schema
    .createIndex('candidate_event_kind_date_candidate')
    .on('candidate_event')
    .columns(['kind', 'occurred_on', 'candidate_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('candidate_event_kind_date_candidate').execute();
  await db.schema.dropIndex('candidate_event_candidate_kind_date').execute();
}
