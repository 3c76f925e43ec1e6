import { startTestPostgres, type TestPostgres, testDialects } from '@ketnap/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query, type ServerProcess, startServerProcess } from '../deploy/process.js';
import { signIn } from './harness.js';

const postgres = testDialects().find((d) => d.name === 'postgres');

interface Outcome {
  at: number;
  status: number | 'network-error';
  body: string;
}

/**
 * PostgreSQL restarted under load (its own cluster: the suite's shared one must stay up): while it is down every
 * request that needs it fails cleanly (503 JSON with a Vietnamese message, no 500, no dropped connection, no stack);
 * once it is back the same server process answers again without a restart of its own.
 */
describe.skipIf(!postgres?.available)('PostgreSQL restarted under load', () => {
  let pg: TestPostgres | null = null;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    pg = await startTestPostgres();
    if (!pg) throw new Error('no PostgreSQL binaries');
    server = await startServerProcess({ DATABASE_URL: `${pg.url}/postgres`, KETNAP_DEMO: '1' });
  });
  afterAll(async () => {
    await server?.stop();
    await pg?.stop();
  });

  it('answers 503 in Vietnamese while it is down and recovers by itself', async () => {
    if (!server || !pg) throw new Error('not started');
    const url = server.url;
    const cookie = await signIn(url);
    const outcomes: Outcome[] = [];
    const started = Date.now();
    let running = true;
    // Bounded load: 8 clients for at most 20 s, each alternating a health check and a signed-in query (both read
    // the database: the session is looked up on every call).
    const clients = Array.from({ length: 8 }, async (_, c) => {
      for (let n = 0; running && n < 2_000 && Date.now() - started < 20_000; n++) {
        const at = Date.now() - started;
        try {
          const res =
            (n + c) % 2 === 0
              ? await fetch(`${url}/healthz`)
              : await fetch(`${url}/trpc/auth.me`, { headers: { cookie } });
          outcomes.push({ at, status: res.status, body: await res.text() });
        } catch {
          outcomes.push({ at, status: 'network-error', body: '' });
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const downAt = Date.now() - started;
    await pg.restart(2_000);
    const upAt = Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    running = false;
    await Promise.all(clients);

    expect(outcomes.filter((o) => o.status === 'network-error' || o.status === 500)).toEqual([]);
    const failed = outcomes.filter((o) => o.status !== 200);
    expect(failed.length).toBeGreaterThan(0);
    for (const o of failed) {
      expect(o.status).toBe(503);
      expect(o.body).not.toMatch(/\.ts:\d+|at .+\(/);
      const body = JSON.parse(o.body) as {
        error?: { message?: string; data?: { fault?: string } };
        status?: string;
      };
      // tRPC answers carry the Vietnamese message and fault code; the health check says it is in error.
      if (body.error) {
        expect(body.error.message).toMatch(/Cơ sở dữ liệu tạm thời không truy cập được/);
        expect(body.error.data?.fault).toBe('DATABASE.UNAVAILABLE');
      } else expect(body.status).toBe('error');
    }
    expect(failed.every((o) => o.at >= downAt - 100)).toBe(true);
    // Recovered: once PostgreSQL was back, the last second of requests all succeeded.
    const lastSecond = outcomes.filter((o) => o.at > upAt + 2_000);
    expect(lastSecond.length).toBeGreaterThan(0);
    expect(lastSecond.every((o) => o.status === 200)).toBe(true);
    expect((await query(url, 'auth.me', undefined, cookie)).status).toBe(200);
  });
});
