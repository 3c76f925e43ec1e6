import { randomBytes } from 'node:crypto';
import { vietnamCalendar } from '@ketnap/domain';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { createDb, type Db } from '../create-db.js';
import { generateDemo } from '../demo/generate.js';
import { loadDemo } from '../demo/load.js';
import { migrateToLatest } from '../migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the test PostgreSQL server, or '' when none could be had (set by global-setup.ts). */
    pgUrl: string;
  }
}

/** One database engine the suite runs on. */
export interface TestDialect {
  name: 'sqlite' | 'postgres';
  /** False when the engine is not available here (the suite is then skipped, loudly, outside CI). */
  available: boolean;
  /** A fresh, migrated, empty database. */
  open(): Promise<Db>;
}

let warned = false;

/**
 * The engines every database test runs on: an in-memory SQLite, and a fresh database on the test PostgreSQL
 * server. Without PostgreSQL binaries the PostgreSQL suite fails in CI (`CI` set) and is skipped with a warning
 * elsewhere.
 */
export function testDialects(): TestDialect[] {
  const pgUrl = inject('pgUrl');
  if (!pgUrl) {
    const message =
      'PostgreSQL is not available: the PostgreSQL suites cannot run. Install it with `apt-get install -y postgresql` ' +
      '(or set KETNAP_PG_URL / KETNAP_PG_BIN).';
    if (process.env.CI) throw new Error(`${message} CI must run them.`);
    if (!warned) console.warn(`\n*** SKIPPED: ${message}\n`);
    warned = true;
  }
  return [
    {
      name: 'sqlite',
      available: true,
      open: async () => {
        const handle = await createDb({ sqlite: ':memory:' });
        await migrateToLatest(handle.db);
        return handle;
      },
    },
    {
      name: 'postgres',
      available: Boolean(pgUrl),
      open: async () => {
        const url = await freshPostgresDatabase(pgUrl);
        const handle = await createDb({ postgres: url });
        await migrateToLatest(handle.db);
        return handle;
      },
    },
  ];
}

/** Creates an empty database on the test PostgreSQL server at `serverUrl` and returns its URL. */
export async function freshPostgresDatabase(serverUrl: string = inject('pgUrl')): Promise<string> {
  if (!serverUrl) throw new Error('no test PostgreSQL server');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = await createDb({ postgres: `${serverUrl}/postgres` });
  try {
    await sql`create database ${sql.raw(name)}`.execute(admin.db);
  } finally {
    await admin.close();
  }
  return `${serverUrl}/${name}`;
}

/**
 * A fresh, migrated database on `dialect` holding the demo commune as `today` sees it, loaded through the product's
 * own demo loader (`recordedAt`: when its events say they were recorded).
 */
export async function openWithDemo(dialect: TestDialect, today: string, recordedAt?: string): Promise<Db> {
  const handle = await dialect.open();
  await loadDemo(
    handle.db,
    generateDemo({ today, addWorkingDays: (d, n) => vietnamCalendar.addWorkingDays(d, n) }),
    recordedAt,
  );
  return handle;
}
