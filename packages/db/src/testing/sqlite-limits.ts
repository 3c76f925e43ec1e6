import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';

/**
 * Caps an SQLite connection's database at its current size (`max_page_count`): a stand-in for a full disk, as the
 * server's own connection sees it. {@link freeSqliteSpace} lifts the cap.
 */
export async function fillSqliteDisk(db: Kysely<Database>): Promise<void> {
  const pages = Number(
    (await sql<{ page_count: number }>`pragma page_count`.execute(db)).rows[0]?.page_count,
  );
  await sql`pragma max_page_count = ${sql.raw(String(pages))}`.execute(db);
}

/** Lifts {@link fillSqliteDisk}'s cap: space has returned. */
export async function freeSqliteSpace(db: Kysely<Database>): Promise<void> {
  await sql`pragma max_page_count = 1073741823`.execute(db);
}

/** `PRAGMA integrity_check`'s answer: 'ok' for an intact database. */
export async function sqliteIntegrity(db: Kysely<Database>): Promise<string> {
  const rows = (await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db)).rows;
  return rows.map((r) => r.integrity_check).join('; ');
}
