import { DEMO_PASSWORD } from '@ketnap/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer } from '../test/api-server.js';
import type { RunningServer } from './server.js';

const TODAY = '2026-11-26';
const LOGIN = JSON.stringify({ username: 'vanphong', password: DEMO_PASSWORD });

describe('sessions and the same-origin JSON rule over real HTTP', () => {
  let server: RunningServer;
  const post = (path: string, headers: Record<string, string>, body = LOGIN) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers, body });
  const refusal = async (res: Response) => ({
    status: res.status,
    ...((await res.json()) as { error: { code: string; message: string } }).error,
  });

  beforeAll(async () => {
    server = await startApiServer(TODAY);
  });
  afterAll(async () => server?.close());

  it('the first start creates the demo accounts: vanphong, one bithu.<cell> per cell, tinh', () => {
    expect(server.demoAccounts.map((a) => a.username)).toEqual([
      'vanphong',
      'bithu.thondong',
      'bithu.thondoai',
      'bithu.thontrung',
      'bithu.thonnam',
      'bithu.truongmamnon',
      'bithu.truongtieuhoc',
      'bithu.truongthcs',
      'bithu.congan',
      'tinh',
    ]);
  });

  it('a mutation posted as a form (not JSON) is refused with 403 and a Vietnamese message', async () => {
    for (const type of [
      'application/x-www-form-urlencoded',
      'text/plain',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await post('/trpc/auth.login', { 'content-type': type, origin: server.url });
      expect(await refusal(res)).toMatchObject({
        status: 403,
        code: 'REQUEST.NOT_JSON',
        message: expect.stringContaining('phải gửi dạng JSON'),
      });
    }
  });

  it('a JSON mutation from another origin, or with no origin at all, is refused with 403', async () => {
    const json = { 'content-type': 'application/json' };
    for (const headers of [
      { ...json, origin: 'https://evil.example' },
      { ...json, origin: 'null' },
      { ...json, origin: server.url.replace('127.0.0.1', 'localhost') },
      { ...json, 'sec-fetch-site': 'cross-site' },
      { ...json, 'sec-fetch-site': 'same-site' },
      json,
    ]) {
      expect(await refusal(await post('/trpc/auth.login', headers))).toMatchObject({
        status: 403,
        code: 'REQUEST.CROSS_SITE',
        message: expect.stringContaining('chỉ được gửi từ chính trang ketnap'),
      });
    }
    // Refused before tRPC: no session was opened.
    expect(
      Number(
        (
          await server.handle.db
            .selectFrom('session')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(0);
  });

  it('a same-origin JSON login sets an HttpOnly, SameSite=Lax session cookie; the session then reads; logout ends it', async () => {
    const login = await post('/trpc/auth.login', {
      'content-type': 'application/json; charset=utf-8',
      origin: server.url,
    });
    expect(login.status).toBe(200);
    const setCookie = login.headers.get('set-cookie') ?? '';
    // A session cookie: gone when the browser closes (the server ends the session at its limits anyway).
    expect(setCookie).toMatch(/^ketnap_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    const cookie = setCookie.split(';')[0] ?? '';

    const me = await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie } });
    expect(((await me.json()) as { result: { data: { username: string } } }).result.data.username).toBe(
      'vanphong',
    );

    // Sec-Fetch-Site: same-origin stands for a missing Origin.
    const logout = await post(
      '/trpc/auth.logout',
      { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin', cookie },
      '{}',
    );
    expect(logout.status).toBe(200);
    expect(logout.headers.get('set-cookie')).toMatch(
      /^ketnap_session=; Path=\/; HttpOnly; SameSite=Lax; Max-Age=0/,
    );
    const after = await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie } });
    expect(((await after.json()) as { result: { data: unknown } }).result.data).toBeNull();
    const overview = await fetch(
      `${server.url}/trpc/org.overview?input=${encodeURIComponent(JSON.stringify({ commune: 'yen-binh', year: 2023 }))}`,
      { headers: { cookie } },
    );
    expect(overview.status).toBe(401);
  });

  it('a read from another site is refused (403) on every admin tRPC call and /api/admin/ route: no audited read', async () => {
    const login = await post('/trpc/auth.login', { 'content-type': 'application/json', origin: server.url });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const candidate = (
      await server.handle.db.selectFrom('candidate').select('id').limit(1).executeTakeFirstOrThrow()
    ).id;
    const sensitive = `/trpc/candidates.sensitive?input=${encodeURIComponent(JSON.stringify({ candidateId: candidate }))}`;
    const reads = async () =>
      (
        await server.handle.db
          .selectFrom('audit_log')
          .select('seq')
          .where('action', '=', 'candidate.read-sensitive')
          .execute()
      ).length;
    const before = await reads();
    for (const path of [
      sensitive,
      '/trpc/auth.me',
      '/api/admin/reports/results.xlsx?commune=yen-binh&year=2023',
    ])
      for (const site of ['cross-site', 'same-site']) {
        const res = await fetch(`${server.url}${path}`, { headers: { cookie, 'sec-fetch-site': site } });
        expect(await refusal(res), `${path} ${site}`).toMatchObject({
          status: 403,
          code: 'REQUEST.CROSS_SITE',
          message: expect.stringContaining('chỉ được mở từ chính trang ketnap'),
        });
      }
    expect(await reads()).toBe(before);
    // The site's own pages, a typed address and clients that send no such header read as before.
    const own: Record<string, string>[] = [
      { 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'none' },
      {},
    ];
    for (const headers of own) {
      const res = await fetch(`${server.url}${sensitive}`, { headers: { cookie, ...headers } });
      expect(res.status).toBe(200);
    }
    expect(await reads()).toBe(before + 3);
    // The public endpoints stay open to other sites.
    const board = await fetch(`${server.url}/api/public/communes`, {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(board.status).toBe(200);
  });

  it("a validation error answers the schema's Vietnamese message and the field's path, never zod's text or the value", async () => {
    const secret = 'mật-khẩu-bí-mật-9f3a';
    const res = await post(
      '/trpc/auth.login',
      { 'content-type': 'application/json', origin: server.url },
      JSON.stringify({ username: '  ', password: `${secret}${'x'.repeat(300)}` }),
    );
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({
      error: {
        message: 'Nhập tên đăng nhập',
        data: {
          code: 'BAD_REQUEST',
          httpStatus: 400,
          fields: [
            { path: 'username', message: 'Nhập tên đăng nhập' },
            { path: 'password', message: 'Mật khẩu tối đa 200 ký tự' },
          ],
        },
      },
    });
    expect(text).not.toContain(secret);
    expect(text).not.toMatch(/too_small|too_big|Too small|expected|Invalid/i);
    // A schema without Vietnamese messages gets a generic Vietnamese one per field, and no value either.
    const login = await post('/trpc/auth.login', { 'content-type': 'application/json', origin: server.url });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const input = encodeURIComponent(JSON.stringify({ orgId: 'xa-yen-binh', page: 'năm-bí-mật' }));
    const typed = await fetch(`${server.url}/trpc/candidates.list?input=${input}`, { headers: { cookie } });
    expect(typed.status).toBe(400);
    const typedText = await typed.text();
    expect(typedText).not.toContain('năm-bí-mật');
    expect(typedText).not.toMatch(/Invalid input|expected/);
    expect(JSON.parse(typedText).error).toMatchObject({
      message: 'Dữ liệu gửi lên không hợp lệ (page).',
      data: { fields: [{ path: 'page', message: 'Thiếu giá trị hoặc sai kiểu dữ liệu.' }] },
    });
  });
});

describe('the session cookie of a site served over HTTPS (KETNAP_COOKIE_SECURE=1)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startApiServer(TODAY, { https: true });
  });
  afterAll(async () => server?.close());

  it('is __Host-ketnap_session, Secure, with no Expires; the unprefixed name is not read', async () => {
    const login = await fetch(`${server.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: LOGIN,
    });
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(
      /^__Host-ketnap_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Secure$/,
    );
    const token = setCookie.split(';')[0]?.split('=')[1] ?? '';
    const me = async (cookie: string) =>
      (
        (await (await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie } })).json()) as {
          result: { data: { username: string } | null };
        }
      ).result.data;
    expect((await me(`__Host-ketnap_session=${token}`))?.username).toBe('vanphong');
    expect(await me(`ketnap_session=${token}`)).toBeNull();
  });
});
