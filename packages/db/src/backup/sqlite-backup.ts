import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Copies a live SQLite database to `to` with `VACUUM INTO`: one read transaction, so the copy is the database as
 * of one instant, consistent whatever other processes (the server) write meanwhile, which WAL lets go on. Unlike
 * the page-copying backup API it never restarts when another process writes, so a busy server cannot starve it.
 * The copy is written beside `to` and renamed into place, so `to` is never a half-written file.
 */
export async function backupSqlite(file: string, to: string): Promise<void> {
  const { default: Database } = await import('better-sqlite3');
  const partial = `${to}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare('VACUUM INTO ?').run(partial);
  } finally {
    db.close();
  }
  renameSync(partial, to);
}

/**
 * Replaces the database in `file` with the backup `from`, through SQLite's backup API: it takes the destination's
 * locks like any writer (waiting for a running transaction to end), and a process that still has the database open
 * sees the restored content on its next read. `from` must be an intact ketnap database (integrity check and
 * migration table), or nothing is touched.
 */
export async function restoreSqlite(from: string, file: string): Promise<void> {
  const { default: Database } = await import('better-sqlite3');
  if (!existsSync(from)) throw new Error(`${from}: no such file`);
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    const check = source.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`${from}: not an intact SQLite database (${String(check)})`);
    const migrated = source
      .prepare("select count(*) as n from sqlite_master where type = 'table' and name = 'kysely_migration'")
      .get() as { n: number };
    if (migrated.n !== 1) throw new Error(`${from}: not a ketnap database (no migration table)`);
    await source.backup(file);
  } catch (error) {
    if (error instanceof Error && /file is not a database/i.test(error.message))
      throw new Error(`${from}: not an SQLite database`);
    throw error;
  } finally {
    source.close();
  }
}
