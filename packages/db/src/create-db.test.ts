import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from './create-db.js';
import { freshPostgresDatabase, testDialects } from './testing/dialects.js';

const postgres = testDialects().find((d) => d.name === 'postgres');

describe.skipIf(!postgres?.available)('PostgreSQL connections lost under the server', () => {
  let handle: Db;
  let admin: Db;
  beforeAll(async () => {
    const url = await freshPostgresDatabase();
    handle = await createDb({ postgres: url });
    admin = await createDb({ postgres: url });
  });
  afterAll(async () => {
    await handle.close();
    await admin.close();
  });

  it('a connection killed while a query runs fails that query only: no unhandled error event, then queries work again', async () => {
    // A query that holds its connection checked out of the pool until its backend is terminated.
    const running = sql<{ pid: number }>`select pg_sleep(30), pg_backend_pid() as pid`.execute(handle.db);
    const outcome = running.then(
      () => 'finished',
      (error: unknown) => (error instanceof Error ? 'failed' : 'failed oddly'),
    );
    let killed = 0;
    for (let tries = 0; killed === 0 && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const { rows } = await sql<{ killed: boolean }>`
        select pg_terminate_backend(pid) as killed from pg_stat_activity
        where query like 'select pg_sleep(30)%' and pid <> pg_backend_pid()`.execute(admin.db);
      killed = rows.filter((r) => r.killed).length;
    }
    expect(killed).toBe(1);
    expect(await outcome).toBe('failed');
    // Had the lost connection's 'error' event gone unheard, the process (here: vitest's worker) would have ended.
    // The pool drops the dead connection once its end arrives (a query sent just before may still fail on it, as a
    // database fault the server answers with 503); from then on queries get a new connection.
    let answer: unknown;
    for (let tries = 0; answer === undefined && tries < 20; tries++) {
      answer = await sql<{ one: number }>`select 1 as one`.execute(handle.db).then(
        (r) => r.rows,
        () => new Promise((resolve) => setTimeout(resolve, 50)),
      );
    }
    expect(answer).toEqual([{ one: 1 }]);
  });
});
