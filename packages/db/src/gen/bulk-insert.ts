import { CompiledQuery, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * Most bound values in one statement: under SQLite's 32,766 and PostgreSQL's 65,535, and large enough that a
 * statement carries a few thousand rows.
 */
const MAX_PARAMETERS = 30_000;

/**
 * Inserts `rows` (all with the same columns, in `columns` order) as multi-row `INSERT … VALUES (…), (…)` statements
 * of up to {@link MAX_PARAMETERS} values, run on `db` (a transaction, so the caller decides what is atomic). The SQL
 * text is written here, not built by Kysely's query builder: at millions of rows the builder's per-value objects
 * cost more than the insert. Values are always bound, never spliced into the text. Constraints (keys, foreign keys,
 * not-null) are the database's, exactly as for the product's own inserts.
 */
export async function bulkInsert<T extends keyof Database & string>(
  db: Kysely<Database>,
  dialect: 'sqlite' | 'postgres',
  table: T,
  columns: readonly (keyof Database[T] & string)[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `;
  let fullText: string | undefined;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const full = chunk.length === perStatement;
    // Every full chunk shares one SQL text (one prepared statement on SQLite's cache, one parse plan on PostgreSQL).
    const text = full && fullText ? fullText : head + placeholders(dialect, chunk.length, columns.length);
    if (full) fullText = text;
    const values: unknown[] = [];
    for (const row of chunk) for (const v of row) values.push(v);
    await db.executeQuery(CompiledQuery.raw(text, values));
  }
}

function placeholders(dialect: 'sqlite' | 'postgres', rowCount: number, columnCount: number): string {
  const groups: string[] = [];
  let n = 0;
  for (let r = 0; r < rowCount; r++) {
    const cells: string[] = [];
    for (let c = 0; c < columnCount; c++) cells.push(dialect === 'sqlite' ? '?' : `$${++n}`);
    groups.push(`(${cells.join(', ')})`);
  }
  return groups.join(', ');
}
