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
  let candidates: { id: string; version: number }[] = [];
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ketnap-full-'));
    server = await startServer({ port: 0, db: join(dir, 'ketnap.sqlite'), today: () => TODAY });
    const login = await mutate(server.url, 'auth.login', { username: 'vanphong', password: DEMO_PASSWORD });
    cookie = login.setCookie.map((c) => c.split(';')[0]).join('; ');
    const rows = await server.handle.db
      .selectFrom('candidate')
      .select(['id', 'version'])
      .where('stage', 'in', ['pool', 'sympathiser'])
      .orderBy('id')
      .execute();
    candidates = rows.map((r) => ({ id: r.id, version: Number(r.version) }));
  });
  afterAll(async () => server?.close());

  const withdraw = (c: { id: string; version: number }) =>
    mutate(
      server.url,
      'pipeline.record',
      { candidateId: c.id, version: c.version, event: { kind: 'withdrawn', on: TODAY } },
      cookie,
    );

  it('refuses a change with 507 and a Vietnamese message, reads continue, and the change goes through once space returns', async () => {
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    const db = server.handle.db;
    await fillSqliteDisk(db);
    // Free pages inside the file can still take a few writes; the disk is full once a change no longer fits.
    let refused: Awaited<ReturnType<typeof withdraw>> | undefined;
    let victim: { id: string; version: number } | undefined;
    for (const c of candidates) {
      const res = await withdraw(c);
      if (res.status !== 200) {
        refused = res;
        victim = c;
        break;
      }
    }
    if (!refused || !victim) throw new Error('no write was refused');
    expect(refused.status).toBe(507);
    const error = (refused.body as { error: { message: string; data: { fault: string } } }).error;
    expect(error.message).toMatch(/đã đầy/);
    expect(error.data.fault).toBe('STORAGE.FULL');
    expect(JSON.stringify(refused.body)).not.toMatch(/\.ts:\d+|SQLITE_FULL|disk is full/);
    // Nothing of the refused change was written.
    const after = await db
      .selectFrom('candidate')
      .select(['version', 'stage'])
      .where('id', '=', victim.id)
      .executeTakeFirst();
    expect(Number(after?.version)).toBe(victim.version);

    // Reads go on: the public board and the admin console's queries.
    expect((await fetch(`${server.url}/api/public/board/yen-binh/2023?asOf=2023-06-30`)).status).toBe(200);
    expect((await query(server.url, 'auth.me', undefined, cookie)).status).toBe(200);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    // Space returns: the same change now goes through, and the audit chain is whole.
    await freeSqliteSpace(db);
    const retry = await withdraw(victim);
    expect(retry.status).toBe(200);
    expect((retry.body as { result: { data: { ok: boolean } } }).result.data.ok).toBe(true);
    expect((await verifyAudit(db)).ok).toBe(true);
  });
});
