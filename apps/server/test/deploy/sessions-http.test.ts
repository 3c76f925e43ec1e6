import { DEFAULT_AUTH_SETTINGS } from '@ketnap/api';
import { DEMO_PASSWORD } from '@ketnap/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server.js';
import { mutate, query } from './process.js';

const MINUTE = 60_000;
const { idleMinutes, absoluteHours } = DEFAULT_AUTH_SETTINGS;

/**
 * Session timeouts and cookie flags end to end over HTTP (OWASP ASVS 5.0 V7.3, V3.3): a real server whose clock the
 * test moves. Idle: a session unused for longer than the idle window is over; used within it, it slides. Absolute:
 * however busy, a session ends at its absolute lifetime.
 */
describe('sessions over HTTP: idle and absolute timeouts, cookie flags', () => {
  let clock = Date.parse('2026-11-26T01:00:00.000Z');
  let plain: RunningServer;
  let secure: RunningServer;
  beforeAll(async () => {
    const options = { port: 0, db: ':memory:', today: () => '2026-11-26', now: () => new Date(clock) };
    plain = await startServer(options);
    secure = await startServer({ ...options, https: true });
  });
  afterAll(async () => {
    await plain?.close();
    await secure?.close();
  });

  const signIn = async (server: RunningServer) => {
    const login = await mutate(server.url, 'auth.login', { username: 'vanphong', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    return {
      cookie: login.setCookie.map((c) => c.split(';')[0]).join('; '),
      header: login.setCookie[0] ?? '',
    };
  };
  const signedIn = async (cookie: string) =>
    JSON.stringify((await query(plain.url, 'auth.me', undefined, cookie)).body).includes('vanphong');

  it('the session cookie is HttpOnly, SameSite=Lax, Path=/, and Secure when the site is HTTPS', async () => {
    const { header } = await signIn(plain);
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; SameSite=Lax/);
    expect(header).toMatch(/; Path=\//);
    expect(header).not.toMatch(/; Secure/);
    expect((await signIn(secure)).header).toMatch(/; Secure/);
  });

  it(`idle: still signed in ${idleMinutes - 1} minutes after the last use, signed out after ${idleMinutes + 1}`, async () => {
    const { cookie } = await signIn(plain);
    clock += (idleMinutes - 1) * MINUTE;
    expect(await signedIn(cookie)).toBe(true);
    // That use slid the window: another idle-1 minutes later it still holds.
    clock += (idleMinutes - 1) * MINUTE;
    expect(await signedIn(cookie)).toBe(true);
    clock += (idleMinutes + 1) * MINUTE;
    expect(await signedIn(cookie)).toBe(false);
  });

  it(`absolute: a session used every few minutes still ends ${absoluteHours} hours after sign-in`, async () => {
    const { cookie } = await signIn(plain);
    const start = clock;
    while (clock + (idleMinutes - 1) * MINUTE < start + absoluteHours * 60 * MINUTE) {
      clock += (idleMinutes - 1) * MINUTE;
      expect(await signedIn(cookie)).toBe(true);
    }
    // Used a minute before the end, so only the absolute limit can end it two minutes later.
    clock = start + absoluteHours * 60 * MINUTE - MINUTE;
    expect(await signedIn(cookie)).toBe(true);
    clock += 2 * MINUTE;
    expect(await signedIn(cookie)).toBe(false);
  });
});
