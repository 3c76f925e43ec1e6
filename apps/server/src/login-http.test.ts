import { request } from 'node:http';
import { type AuthSettings, DEFAULT_AUTH_SETTINGS } from '@ketnap/api';
import { DEMO_PASSWORD } from '@ketnap/db/seed';
import { testDialects } from '@ketnap/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBuilds } from '../test/fake-builds.js';
import { serverDatabase } from '../test/server-database.js';
import { type RunningServer, startServer } from './server.js';

const TODAY = '2026-11-26';
/** The default limits at a cheap scrypt cost, with room for many checks in flight. */
const AUTH: AuthSettings = {
  ...DEFAULT_AUTH_SETTINGS,
  scrypt: { N: 2 ** 10, r: 8, p: 1 },
  loginFloorMs: 0,
  maxHashesInFlight: 100,
};

interface Answer {
  status: number;
  setCookie: string[];
  body: string;
  ms: number;
}

/**
 * A same-origin JSON POST sent from `localAddress` (any 127.x.y.z reaches the loopback server), so the server sees
 * that client address, as it would see seven machines.
 */
function postFrom(server: RunningServer, path: string, body: unknown, localAddress = '127.0.0.1') {
  return new Promise<Answer>((resolve, reject) => {
    const started = performance.now();
    const req = request(`${server.url}${path}`, {
      method: 'POST',
      localAddress,
      headers: { 'content-type': 'application/json', origin: server.url },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        text += c;
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          setCookie: res.headers['set-cookie'] ?? [],
          body: text,
          ms: performance.now() - started,
        }),
      );
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const login = (server: RunningServer, username: string, password: string, from?: string) =>
  postFrom(server, '/trpc/auth.login', { username, password }, from);

const engines = testDialects();

for (const engine of engines) {
  describe.skipIf(!engine.available)(`the login limit over HTTP on ${engine.name}`, () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startServer({
        port: 0,
        ...(await serverDatabase(engine.name)),
        today: () => TODAY,
        staticDirs: fakeBuilds(),
        auth: AUTH,
      });
    });
    afterAll(async () => server?.close());

    const rows = async (table: 'session' | 'audit_log' | 'login_attempt') =>
      Number(
        (
          await server.handle.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('ten logins in one batch request, nine wrong and the last right, open no session and check no password', async () => {
      const body = Object.fromEntries(
        Array.from({ length: 10 }, (_, i) => [
          String(i),
          { username: 'vanphong', password: i === 9 ? DEMO_PASSWORD : `sai-${i}` },
        ]),
      );
      const res = await postFrom(server, `/trpc/${Array(10).fill('auth.login').join(',')}?batch=1`, body);
      expect(res.setCookie).toEqual([]);
      const answers = JSON.parse(res.body) as { error?: { message: string; data: { code: string } } }[];
      expect(answers).toHaveLength(10);
      for (const answer of answers)
        expect(answer.error).toMatchObject({
          message: 'Yêu cầu đăng nhập phải được gửi riêng, không gộp chung với yêu cầu khác.',
          data: { code: 'BAD_REQUEST' },
        });
      expect(await rows('session')).toBe(0);
      expect(await rows('login_attempt')).toBe(0);
      // A batch of one is a batch too; the login the console sends is a single call.
      const one = await postFrom(server, '/trpc/auth.login?batch=1', {
        0: { username: 'vanphong', password: DEMO_PASSWORD },
      });
      expect(one.setCookie).toEqual([]);
      expect((await login(server, 'vanphong', DEMO_PASSWORD)).status).toBe(200);
    });

    it('a batch of more than 10 calls is refused before any runs, however its commas are written', async () => {
      const url = (n: number, comma = ',') =>
        `${server.url}/trpc/${Array(n).fill('auth.me').join(comma)}?batch=1&input=${encodeURIComponent('{}')}`;
      expect((await fetch(url(10))).status).toBe(200);
      for (const target of [url(11), url(11, '%2C'), url(200)]) {
        const res = await fetch(target);
        expect(res.status, target).toBe(400);
        expect(await res.json()).toMatchObject({
          error: { code: 'REQUEST.BATCH_TOO_LARGE', message: expect.stringContaining('tối đa 10 thao tác') },
        });
      }
    });

    it('ten concurrent wrong passwords for one account from ten addresses: exactly 5 are checked', async () => {
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) => login(server, 'bithu.thondong', `sai-${i}`, `127.0.1.${i + 1}`)),
      );
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
    });

    it('seven wrong passwords from seven addresses: the sixth and seventh are refused, and then the right one too', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++)
        statuses.push((await login(server, 'bithu.thondoai', `sai-${i}`, `127.0.2.${i + 1}`)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
      const right = await login(server, 'bithu.thondoai', DEMO_PASSWORD, '127.0.2.99');
      expect(right.status).toBe(429);
      expect(JSON.parse(right.body).error.message).toMatch(
        /^Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau \d+ phút\.$/,
      );
    });

    it('one wrong password for each of ten names from one address: the next login from there is refused', async () => {
      for (let i = 0; i < 10; i++)
        expect((await login(server, `ten-${i}`, 'sai', '127.0.3.1')).status).toBe(401);
      expect((await login(server, 'bithu.thontrung', DEMO_PASSWORD, '127.0.3.1')).status).toBe(429);
      expect((await login(server, 'bithu.thontrung', DEMO_PASSWORD, '127.0.3.2')).status).toBe(200);
    });

    it('refused anonymous logins write no audit entry; a successful one does', async () => {
      const before = await rows('audit_log');
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) => login(server, 'bithu.thonnam', 'sai', `127.0.4.${i + 1}`)),
      );
      expect(answers.filter((a) => a.status === 429)).toHaveLength(25);
      expect(await rows('audit_log')).toBe(before);
      expect((await login(server, 'bithu.congan', DEMO_PASSWORD, '127.0.4.200')).status).toBe(200);
      expect(await rows('audit_log')).toBe(before + 1);
    });
  });
}

describe('a locked account over HTTP', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      port: 0,
      db: ':memory:',
      today: () => TODAY,
      staticDirs: fakeBuilds(),
      auth: { ...AUTH, loginFloorMs: 400 },
    });
  });
  afterAll(async () => server?.close());

  it('answers no sooner than the login floor, like a real password check', async () => {
    for (let i = 0; i < 5; i++) {
      const wrong = await login(server, 'tinh', `sai-${i}`, '127.0.5.1');
      expect(wrong.status).toBe(401);
      expect(wrong.ms).toBeGreaterThanOrEqual(400);
    }
    const locked = await login(server, 'tinh', DEMO_PASSWORD, '127.0.5.2');
    expect(locked.status).toBe(429);
    expect(locked.ms).toBeGreaterThanOrEqual(400);
  });
});
