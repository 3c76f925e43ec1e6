import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.

/**
 * The day a candidate's dossier was erased (docs/privacy.md, "Retention and erasure"); null for every dossier that
 * was not. Erasure replaces the person's columns in place (the row stays, so the stage counts and the history's
 * kinds and days stay right): this column is what says the row no longer describes anyone, and what refuses an
 * export, an edit or a step afterwards.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('candidate').addColumn('erased_on', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('candidate').dropColumn('erased_on').execute();
}
