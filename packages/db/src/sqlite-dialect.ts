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

  /**
   * After some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM) SQLite has already rolled the transaction back.
   * Kysely's ROLLBACK then fails with "no transaction is active", and that error would replace the real one (a full
   * disk reported as a bug): the state asked for is already reached, so that one failure is ignored.
   */
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await super.rollbackTransaction(connection);
    } catch (error) {
      if (!(error instanceof Error && /no transaction is active/.test(error.message))) throw error;
    }
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
