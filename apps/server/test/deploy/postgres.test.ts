import { DEMO_PASSWORD } from '@ketnap/db/seed';
import { freshPostgresDatabase, testDialects } from '@ketnap/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutate, query, type ServerProcess, startServerProcess } from './process.js';

const postgres = testDialects().find((d) => d.name === 'postgres');

/**
 * `DATABASE_URL=postgres://… pnpm start`, end to end: real server processes configured only by the environment, on
 * a throwaway PostgreSQL cluster. Two processes share one database as a province's servers behind a load balancer
 * do: a session opened on one is honoured by the other, because sessions live in the database, not in a process.
 */
describe.skipIf(!postgres?.available)('the server on PostgreSQL, started as `pnpm start` starts it', () => {
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;
  beforeAll(async () => {
    const databaseUrl = await freshPostgresDatabase();
    // One process migrates and loads the demo; the second starts on the same, already loaded, database.
    a = await startServerProcess({ DATABASE_URL: databaseUrl, KETNAP_DEMO: '1' });
    b = await startServerProcess({ DATABASE_URL: databaseUrl, KETNAP_DEMO: '1' });
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('reports PostgreSQL in its health check and in its start line', async () => {
    if (!a) throw new Error('not started');
    // Only a signed-in caller is told what runs the site.
    const login = await mutate(a.url, 'auth.login', { username: 'vanphong', password: DEMO_PASSWORD });
    const cookie = login.setCookie.map((c) => c.split(';')[0]).join('; ');
    const health = (await (await fetch(`${a.url}/healthz`, { headers: { cookie } })).json()) as {
      database: unknown;
    };
    expect(health.database).toEqual({ dialect: 'postgres', ok: true });
    expect(a.output()).toContain('cơ sở dữ liệu: PostgreSQL');
  });

  it('loaded the demo once: the second process found the data and loaded nothing', () => {
    expect(a?.output()).toMatch(/Đã nạp dữ liệu mẫu/);
    expect(b?.output()).not.toMatch(/Đã nạp dữ liệu mẫu/);
  });

  it('both processes serve the same public board', async () => {
    for (const server of [a, b]) {
      if (!server) throw new Error('not started');
      const res = await fetch(`${server.url}/api/public/board/yen-binh/2023?asOf=2023-06-30`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { commune: { members: number; target: number } };
      expect(body.commune).toMatchObject({ members: 267, target: 7 });
    }
  });

  it('a session opened on one process is valid on the other, and a logout on the other ends it on both', async () => {
    if (!a || !b) throw new Error('not started');
    const login = await mutate(a.url, 'auth.login', { username: 'vanphong', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    const cookie = login.setCookie.map((c) => c.split(';')[0]).join('; ');
    expect(cookie).toMatch(/=/);
    const me = await query(b.url, 'auth.me', undefined, cookie);
    expect(me.status).toBe(200);
    expect(JSON.stringify(me.body)).toContain('vanphong');
    expect((await mutate(b.url, 'auth.logout', {}, cookie)).status).toBe(200);
    const after = await query(a.url, 'auth.me', undefined, cookie);
    expect(JSON.stringify(after.body)).not.toContain('vanphong');
  });

  it('stops cleanly on SIGTERM (exit 0)', async () => {
    expect(await b?.stop()).toBe(0);
  });
});
