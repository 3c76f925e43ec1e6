import { freshPostgresDatabase } from '@ketnap/db/testing';

/**
 * The database options of `startServer` for a test dialect: a fresh database on the suite's PostgreSQL server, or
 * SQLite in memory. One definition for every suite that starts the server once per dialect.
 */
export async function serverDatabase(
  dialect: 'sqlite' | 'postgres',
): Promise<{ databaseUrl: string } | { db: string }> {
  return dialect === 'postgres' ? { databaseUrl: await freshPostgresDatabase() } : { db: ':memory:' };
}
