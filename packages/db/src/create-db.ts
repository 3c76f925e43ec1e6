import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from './schema.js';
import { ImmediateSqliteDialect, openSqlite } from './sqlite-dialect.js';

/** Where the data lives: an embedded SQLite file (or `:memory:`), or a PostgreSQL server. */
export type DbTarget = { sqlite: string } | { postgres: string };

/** The query interface every query function takes first. */
export type DbClient = Kysely<Database>;

/** A database handle and what it is. */
export interface Db {
  db: DbClient;
  dialect: 'sqlite' | 'postgres';
  /** Closes the connection (pool). */
  close(): Promise<void>;
}

/**
 * Opens the database. The `pg` driver is imported only when PostgreSQL is asked for, so an SQLite-only install
 * never loads it.
 */
export async function createDb(target: DbTarget): Promise<Db> {
  if ('sqlite' in target) {
    const { default: BetterSqlite3 } = await import('better-sqlite3');
    const sqlite = openSqlite(BetterSqlite3, target.sqlite);
    const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: target.postgres, max: 10 });
  // An idle connection the server drops (a restart, a failover) emits 'error' on the pool; unheard, that event would
  // end the process. The pool discards the connection and opens a new one for the next query, so only note it.
  pool.on('error', (error) => console.error(`postgres: idle connection lost: ${error.message}`));
  // A connection lost while checked out (a query in flight) emits 'error' on the client itself, and pg-pool takes
  // its own listener off checked-out clients: unheard, a database restart under load would end the process. The
  // query in flight fails (the caller answers 503), and the pool drops the broken client when it is released.
  pool.on('connect', (client) =>
    client.on('error', (error) => console.error(`postgres: connection lost: ${error.message}`)),
  );
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
