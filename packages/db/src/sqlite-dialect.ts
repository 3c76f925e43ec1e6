import type BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';

/**
 * Kysely's SQLite driver opens transactions with a plain `BEGIN`, which takes the write lock only at the first
 * write: a second process writing at the same time then fails with SQLITE_BUSY at once, whatever the busy
 * timeout. `BEGIN IMMEDIATE` takes the lock up front, so the busy timeout applies and writers queue instead.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** SQLite dialect whose write transactions start with `BEGIN IMMEDIATE`. */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/** Opens a better-sqlite3 database with the pragmas ketnap relies on. */
export function openSqlite(Database: typeof BetterSqlite3, file: string): BetterSqlite3.Database {
  const sqlite = new Database(file);
  // WAL lets readers go on while one writer writes; FULL makes an acknowledged commit survive a power cut.
  if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}
