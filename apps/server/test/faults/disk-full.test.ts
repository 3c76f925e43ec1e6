import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyAudit } from '@ketnap/db';
import { DEMO_PASSWORD } from '@ketnap/db/seed';
import { fillSqliteDisk, freeSqliteSpace } from '@ketnap/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server.js';
import { mutate, query } from '../deploy/process.js';

const TODAY = '2026-11-26';

/**
 * The disk fills up under the server (SQLite's `max_page_count` on the server's own connection stands in for a full
 * disk): a change is refused with a clear Vietnamese message and a 507, nothing half-written; reads go on; once space
 * returns the same change goes through.
 */
describe('disk full (SQLite max_page_count)', () => {
  let server: RunningServer;
  let cookie = '';
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ketnap-full-'));
    server = await startServer({ port: 0, db: join(dir, 'ketnap.sqlite'), today: () => TODAY });
    const login = await mutate(server.url, 'auth.login', { username: 'vanphong', password: DEMO_PASSWORD });
    cookie = login.setCookie.map((c) => c.split(';')[0]).join('; ');
  });
  afterAll(async () => server?.close());

  /** A new candidate of the pool: each call a different person, so the rules never refuse it as a duplicate. */
  const create = (i: number) =>
    mutate(
      server.url,
      'candidates.create',
      {
        cellId: 'cb-thon-dong',
        // Letters only, as a name must be: 0 → A, 1 → B, … ("Trần Văn Bca" for 120).
        fullName: `Trần Văn ${[...String(i)].map((d, k) => String.fromCharCode((k === 0 ? 65 : 97) + Number(d))).join('')}`,
        gender: 'M',
        birthDate: '2001-01-01',
        enteredPoolOn: TODAY,
      },
      cookie,
    );

  it('refuses a change with 507 and a Vietnamese message, reads continue, and the change goes through once space returns', async () => {
    const db = server.handle.db;
    await fillSqliteDisk(db);
    // The pages already in the file still have room for some rows: new people fill it until a change no longer fits.
    let refused: Awaited<ReturnType<typeof create>> | undefined;
    let victim = -1;
    for (let i = 0; i < 5_000 && !refused; i++) {
      const res = await create(i);
      if (res.status !== 200) {
        refused = res;
        victim = i;
      }
    }
    if (!refused) throw new Error('no write was refused');
    expect(refused.status).toBe(507);
    const error = (refused.body as { error: { message: string; data: { fault: string } } }).error;
    expect(error.message).toMatch(/đã đầy/);
    expect(error.data.fault).toBe('STORAGE.FULL');
    expect(JSON.stringify(refused.body)).not.toMatch(/\.ts:\d+|SQLITE_FULL|disk is full/);
    // Nothing of the refused change was written: the candidates are those acknowledged, one per answer 200.
    const count = async () =>
      Number(
        (
          await db
            .selectFrom('candidate')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n,
      );
    const acknowledged = await count();

    // Reads go on: the public board and the admin console's queries.
    expect((await fetch(`${server.url}/api/public/board/yen-binh/2023?asOf=2023-06-30`)).status).toBe(200);
    expect((await query(server.url, 'auth.me', undefined, cookie)).status).toBe(200);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(await count()).toBe(acknowledged);

    // Space returns: the same change now goes through, and the audit chain is whole.
    await freeSqliteSpace(db);
    const retry = await create(victim);
    expect(retry.status).toBe(200);
    expect(await count()).toBe(acknowledged + 1);
    expect((await verifyAudit(db)).ok).toBe(true);
  });
});
