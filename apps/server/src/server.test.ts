import { DEMO_PASSWORD } from '@ketnap/db/seed';
import { freshPostgresDatabase, testDialects } from '@ketnap/db/testing';
import type { PublicBoard } from '@ketnap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBuilds } from '../test/fake-builds.js';
import { type RunningServer, startServer } from './server.js';

const TODAY = '2026-11-26';

interface Health {
  status: string;
  version: string;
  database: { dialect: string; ok: boolean };
}
interface ErrorBody {
  error: { code: string; message: string };
}
/** The body of a JSON response, typed as the test expects it to be (the assertions then check it). */
async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

describe('the HTTP server on SQLite', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, db: ':memory:', today: () => TODAY, staticDirs: fakeBuilds() });
  });
  afterAll(async () => server?.close());

  it('loads the demo commune into an empty database on first start', () => {
    expect(server.demoRows).toBeGreaterThan(267);
  });

  it('GET /healthz answers an anonymous caller 200 and only its status; a signed-in one also the version and database', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    const login = await fetch(`${server.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ username: 'tinh', password: DEMO_PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(await (await fetch(`${server.url}/healthz`, { headers: { cookie } })).json()).toEqual({
      status: 'ok',
      version: '0.1.0',
      database: { dialect: 'sqlite', ok: true },
    });
    // A made-up or ended session is anonymous.
    const forged = await fetch(`${server.url}/healthz`, {
      headers: { cookie: `ketnap_session=${'A'.repeat(43)}` },
    });
    expect(await forged.json()).toEqual({ status: 'ok' });
  });

  it('GET /api/public/board/yen-binh/2023?asOf=2023-06-30: target 7, admitted 5, 267 members, 8 cells', async () => {
    const res = await fetch(`${server.url}/api/public/board/yen-binh/2023?asOf=2023-06-30`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=0');
    const body = await json<PublicBoard>(res);
    expect(body.commune).toEqual({
      slug: 'yen-binh',
      name: 'Xã Yên Bình',
      members: 267,
      cells: 8,
      target: 7,
      admitted: 5,
      // The 2023 plan's source targets (1 or 2 a cell) and the awareness-class certificates of 2023 by 30/06.
      sourceTarget: 12,
      introduced: 3,
    });
    expect(body.cells).toHaveLength(8);
    expect(body.asOf).toBe('2023-06-30');
  });

  it('answers 304 to a client that already holds the same version (ETag)', async () => {
    const first = await fetch(`${server.url}/api/public/board/yen-binh/2023?asOf=2023-06-30`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const second = await fetch(`${server.url}/api/public/board/yen-binh/2023?asOf=2023-06-30`, {
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(second.status).toBe(304);
  });

  it('keeps an idle connection 65 s, so a client stalled a few seconds does not meet a closed socket', async () => {
    const res = await fetch(`${server.url}/healthz`);
    await res.arrayBuffer();
    expect(res.headers.get('keep-alive')).toBe('timeout=65');
  });

  it('asOf defaults to today', async () => {
    const body = await json<PublicBoard>(await fetch(`${server.url}/api/public/board/yen-binh/2026`));
    expect(body.asOf).toBe(TODAY);
  });

  it('an unknown commune or year is a 404 JSON error, never a 500 or a stack trace', async () => {
    for (const path of [
      '/api/public/board/khong-co/2023',
      '/api/public/board/yen-binh/1999',
      '/api/public/nothing',
    ]) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(404);
      const body = await json<ErrorBody>(res);
      expect(body.error.code).toMatch(/NOT_FOUND/);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
    }
  });

  it('a malformed year or date is a 400 naming the parameter', async () => {
    for (const path of [
      '/api/public/board/yen-binh/abc',
      '/api/public/board/yen-binh/2023?asOf=30-06-2023',
    ]) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(400);
      const body = await json<ErrorBody>(res);
      expect(body.error.code).toBe('REQUEST.INVALID');
      expect(body.error.message).toMatch(/year|asOf/);
    }
  });

  it('lists the communes and their years', async () => {
    const body = await json<{ communes: { slug: string; name: string }[] }>(
      await fetch(`${server.url}/api/public/communes`),
    );
    expect(body.communes[0]).toMatchObject({ slug: 'yen-binh', name: 'Xã Yên Bình' });
  });

  it('serves the board at / and the admin console at /admin/, with index.html for app routes', async () => {
    expect(await (await fetch(`${server.url}/`)).text()).toContain('<title>board</title>');
    expect(await (await fetch(`${server.url}/admin/`)).text()).toContain('<title>admin</title>');
    expect(await (await fetch(`${server.url}/admin/cells/123`)).text()).toContain('<title>admin</title>');
    const asset = await fetch(`${server.url}/admin/assets/app-abc123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
  });

  it('never serves a file outside the build folder', async () => {
    const res = await fetch(`${server.url}/admin/..%2f..%2fpackage.json`);
    expect(await res.text()).toContain('<title>admin</title>');
  });

  it('answers tRPC at /trpc/ (admin, after login); /api/public/trpc/ is no address (the board reads the JSON)', async () => {
    const input = encodeURIComponent(JSON.stringify({ commune: 'yen-binh', year: 2023, asOf: '2023-06-30' }));
    expect((await fetch(`${server.url}/trpc/org.overview?input=${input}`)).status).toBe(401);
    const login = await fetch(`${server.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ username: 'vanphong', password: DEMO_PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const admin = await json<{ result: { data: { commune: { members: number } } } }>(
      await fetch(`${server.url}/trpc/org.overview?input=${input}`, { headers: { cookie } }),
    );
    expect(admin.result.data.commune.members).toBe(267);
    expect((await fetch(`${server.url}/api/public/trpc/board?input=${input}`)).status).toBe(404);
  });
});

const postgres = testDialects().find((d) => d.name === 'postgres');

describe.skipIf(!postgres?.available)('the HTTP server on PostgreSQL', () => {
  it('starts on DATABASE_URL, loads the demo and serves the board', async () => {
    const server = await startServer({
      port: 0,
      databaseUrl: await freshPostgresDatabase(),
      today: () => TODAY,
      staticDirs: fakeBuilds(),
    });
    try {
      const login = await fetch(`${server.url}/trpc/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: JSON.stringify({ username: 'vanphong', password: DEMO_PASSWORD }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const health = await json<Health>(await fetch(`${server.url}/healthz`, { headers: { cookie } }));
      expect(health.database).toEqual({ dialect: 'postgres', ok: true });
      const body = await json<PublicBoard>(
        await fetch(`${server.url}/api/public/board/yen-binh/2023?asOf=2023-06-30`),
      );
      expect(body.commune).toMatchObject({ members: 267, cells: 8, target: 7, admitted: 5 });
    } finally {
      await server.close();
    }
  });
});
