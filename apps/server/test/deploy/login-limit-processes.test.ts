import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '@ketnap/db/seed';
import { freshPostgresDatabase, testDialects } from '@ketnap/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutate, type ServerProcess, startServerProcess } from './process.js';

/**
 * The login limit holds across processes: two real server processes (`pnpm start` as in production, so at the real
 * scrypt cost) share one database, and wrong passwords for one account sent to both at once are checked only as
 * often as the limit allows. On SQLite the reservation runs under `BEGIN IMMEDIATE`'s write lock, on PostgreSQL
 * behind the login gate's row lock: either way one process sees the other's reservations before it decides.
 */
for (const engine of testDialects()) {
  describe.skipIf(!engine.available)(`the login limit across two processes on ${engine.name}`, () => {
    let a: ServerProcess | undefined;
    let b: ServerProcess | undefined;
    beforeAll(async () => {
      const env: Record<string, string> =
        engine.name === 'postgres'
          ? { DATABASE_URL: await freshPostgresDatabase() }
          : { KETNAP_DB: join(mkdtempSync(join(tmpdir(), 'ketnap-limit-')), 'ketnap.sqlite') };
      // The first loads the demo; the second starts on the loaded database.
      a = await startServerProcess({ ...env, KETNAP_DEMO: '1' });
      b = await startServerProcess({ ...env, KETNAP_DEMO: '1' });
    });
    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
    });

    it('six wrong passwords for one account, three to each process at once: exactly 5 are checked in all', async () => {
      if (!a || !b) throw new Error('not started');
      const servers = [a, b];
      // Three per process stay under its 4 checks in flight, so only the account's limit can refuse one.
      const answers = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          mutate(servers[i % 2]?.url ?? '', 'auth.login', {
            username: 'bithu.thondong',
            password: `sai-${i}`,
          }),
        ),
      );
      expect(answers.map((r) => r.status).sort()).toEqual([401, 401, 401, 401, 401, 429]);
      // The account is locked on both processes, whatever the password.
      for (const server of servers) {
        const right = await mutate(server.url, 'auth.login', {
          username: 'bithu.thondong',
          password: DEMO_PASSWORD,
        });
        expect(right.status).toBe(429);
      }
    });
  });
}
