import { type Db, refusalCounts } from '@ketnap/db';
import { DEMO_PASSWORD, loadDemoAccounts } from '@ketnap/db/seed';
import { openWithDemo, testDialects } from '@ketnap/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createContext, type RequestMeta } from '../context.js';
import { adminRouter } from '../routers/admin.js';
import { createCallerFactory } from '../trpc.js';
import { admitLogin, loginKeys } from './login-limit.js';
import { hashPassword } from './password.js';
import { type AuthSettings, DEFAULT_AUTH_SETTINGS, scryptOf } from './settings.js';

const TODAY = '2026-11-26';
const T0 = Date.parse('2026-11-26T01:00:00.000Z');
const MIN = 60_000;
/** The default limits at a cheap scrypt cost, with room for many checks in flight (each test narrows one limit). */
const AUTH: AuthSettings = {
  ...DEFAULT_AUTH_SETTINGS,
  scrypt: { N: 2 ** 10, r: 8, p: 1 },
  loginFloorMs: 0,
  maxHashesInFlight: 100,
};
const iso = (ms: number) => new Date(ms).toISOString();

describe('the login limit decision', () => {
  const keys = loginKeys('vanphong', '10.0.0.1');
  const rows = (key: string, ...at: number[]) => at.map((ms) => ({ keyHash: key, at: iso(ms) }));

  it('one key per account whatever the address, one per address whatever the name; no name is in them', () => {
    expect(loginKeys(' VanPhong ', '10.0.0.2').account).toBe(keys.account);
    expect(loginKeys('vanphong', '10.0.0.2').address).not.toBe(keys.address);
    expect(loginKeys('bithu.thondong', '10.0.0.1').address).toBe(keys.address);
    expect(loginKeys('bithu.thondong', '10.0.0.2').global).toBe(keys.global);
    expect(JSON.stringify(keys)).not.toMatch(/vanphong|10\.0\.0\.1/);
  });

  it('4 attempts on the account are admitted; the 5th refuses the next until the oldest is 15 minutes old', () => {
    const four = rows(keys.account, T0, T0 + MIN, T0 + 2 * MIN, T0 + 3 * MIN);
    expect(admitLogin(four, keys, AUTH, T0 + 4 * MIN)).toEqual({ ok: true });
    const five = [...four, ...rows(keys.account, T0 + 4 * MIN)];
    expect(admitLogin(five, keys, AUTH, T0 + 5 * MIN)).toEqual({
      ok: false,
      reason: 'rate-limited',
      waitMinutes: 10,
    });
    // An attempt exactly 15 minutes old has left the window; one a millisecond younger has not.
    expect(admitLogin(five, keys, AUTH, T0 + 15 * MIN)).toEqual({ ok: true });
    expect(admitLogin(five, keys, AUTH, T0 + 15 * MIN - 1)).toMatchObject({ waitMinutes: 1 });
  });

  it('the address has 10 attempts whatever the names; the longer wait of account and address is said', () => {
    const address = rows(keys.address, ...Array.from({ length: 10 }, (_, i) => T0 + i * MIN));
    expect(admitLogin(address.slice(1), keys, AUTH, T0 + 10 * MIN)).toEqual({ ok: true });
    expect(admitLogin(address, keys, AUTH, T0 + 10 * MIN)).toEqual({
      ok: false,
      reason: 'rate-limited',
      waitMinutes: 5,
    });
    const account = rows(keys.account, ...Array.from({ length: 5 }, (_, i) => T0 + 9 * MIN + i));
    expect(admitLogin([...address, ...account], keys, AUTH, T0 + 10 * MIN)).toMatchObject({
      waitMinutes: 14,
    });
  });

  it('the global budget: with 120 checks in the last minute the next is refused as busy; a minute later it is not', () => {
    const budget = rows(keys.global, ...Array.from({ length: 120 }, (_, i) => T0 + i * 100));
    expect(admitLogin(budget.slice(1), keys, AUTH, T0 + 20_000)).toEqual({ ok: true });
    expect(admitLogin(budget, keys, AUTH, T0 + 20_000)).toEqual({ ok: false, reason: 'busy' });
    expect(admitLogin(budget, keys, AUTH, T0 + MIN)).toEqual({ ok: true });
  });
});

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`logins under attack on ${dialect.name}`, () => {
    let handle: Db;
    let clock = T0;
    const factory = createCallerFactory(adminRouter);
    const login = (
      username: string,
      password: string,
      meta: RequestMeta = { ip: '10.0.0.1' },
      auth: AuthSettings = AUTH,
    ) =>
      factory(
        createContext({
          db: handle.db,
          today: () => TODAY,
          now: () => new Date(clock),
          requestMeta: meta,
          auth,
        }),
      ).auth.login({ username, password });
    /** 'signed-in', or the refusal's tRPC code and our outcome code. */
    const outcome = (attempt: Promise<unknown>) =>
      attempt.then(
        () => 'signed-in',
        (e: { code: string; cause?: { code?: string } }) => `${e.code} ${e.cause?.code}`,
      );
    const WRONG = 'UNAUTHORIZED AUTH.BAD_CREDENTIALS';
    const LOCKED = 'TOO_MANY_REQUESTS AUTH.RATE_LIMITED';
    const BUSY = 'TOO_MANY_REQUESTS AUTH.BUSY';
    const countOf = (list: string[], what: string) => list.filter((o) => o === what).length;
    const auditEntries = async () =>
      Number(
        (
          await handle.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    beforeAll(async () => {
      handle = await openWithDemo(dialect, TODAY);
      await loadDemoAccounts(handle.db, {
        passwordHash: await hashPassword(DEMO_PASSWORD, scryptOf(AUTH)),
        at: iso(T0),
      });
    });
    afterAll(async () => handle?.close());
    beforeEach(async () => {
      clock = T0;
      await handle.db.deleteFrom('login_attempt').execute();
      await handle.db.deleteFrom('refusal_count').execute();
    });

    it('ten concurrent wrong passwords for one account: exactly 5 are checked, the others refused unhashed', async () => {
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          outcome(login('bithu.thondong', `sai-${i}`, { ip: `10.1.0.${i}` })),
        ),
      );
      expect(countOf(outcomes, WRONG)).toBe(5);
      expect(countOf(outcomes, LOCKED)).toBe(5);
    });

    it('seven wrong passwords from seven addresses: the sixth and seventh are refused (one limit per account)', async () => {
      const outcomes: string[] = [];
      for (let i = 0; i < 7; i++)
        outcomes.push(await outcome(login('bithu.thondoai', `sai-${i}`, { ip: `10.2.0.${i}` })));
      expect(outcomes).toEqual([WRONG, WRONG, WRONG, WRONG, WRONG, LOCKED, LOCKED]);
    });

    it('one wrong password for each of ten names from one address: the eleventh login there is refused, even right', async () => {
      const names = [
        'vanphong',
        'tinh',
        'khongco',
        'bithu.thondong',
        'bithu.thondoai',
        'a',
        'b',
        'c',
        'd',
        'e',
      ];
      for (const name of names) expect(await outcome(login(name, 'sai', { ip: '10.3.0.1' }))).toBe(WRONG);
      expect(await outcome(login('bithu.thontrung', DEMO_PASSWORD, { ip: '10.3.0.1' }))).toBe(LOCKED);
      expect(await outcome(login('bithu.thontrung', DEMO_PASSWORD, { ip: '10.3.0.2' }))).toBe('signed-in');
    });

    it('a success forgives the account its failures, and the address only this attempt', async () => {
      const keys = loginKeys('bithu.thonnam', '10.4.0.1');
      for (let i = 0; i < 4; i++)
        expect(await outcome(login('bithu.thonnam', `sai-${i}`, { ip: '10.4.0.1' }))).toBe(WRONG);
      expect(await outcome(login('bithu.thonnam', DEMO_PASSWORD, { ip: '10.4.0.1' }))).toBe('signed-in');
      const counted = async (key: string) =>
        (await handle.db.selectFrom('login_attempt').select('at').where('key_hash', '=', key).execute())
          .length;
      expect(await counted(keys.account)).toBe(0);
      expect(await counted(keys.address)).toBe(4);
      // Its check was work done: it stays in the global budget.
      expect(await counted(keys.global)).toBe(5);
    });

    it('past the budget of checks per minute a login is refused unhashed, whoever and wherever; a minute later not', async () => {
      const budget = { ...AUTH, maxHashesPerMinute: 3 };
      for (let i = 0; i < 3; i++)
        expect(await outcome(login(`ten-${i}`, 'sai', { ip: `10.5.0.${i}` }, budget))).toBe(WRONG);
      await expect(login('vanphong', DEMO_PASSWORD, { ip: '10.5.1.1' }, budget)).rejects.toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        message: 'Máy chủ đang nhận quá nhiều lượt đăng nhập. Vui lòng thử lại sau ít phút.',
      });
      clock = T0 + MIN;
      expect(await outcome(login('vanphong', DEMO_PASSWORD, { ip: '10.5.1.1' }, budget))).toBe('signed-in');
    });

    it('past the checks in flight in this process a login is refused at once, unhashed and uncounted', async () => {
      const one = { ...AUTH, maxHashesInFlight: 1 };
      const outcomes = await Promise.all([
        outcome(login('vanphong', 'sai', { ip: '10.6.0.1' }, one)),
        outcome(login('tinh', 'sai', { ip: '10.6.0.2' }, one)),
      ]);
      expect(outcomes).toEqual([WRONG, BUSY]);
      const reserved = await handle.db.selectFrom('login_attempt').select('attempt_id').distinct().execute();
      expect(reserved).toHaveLength(1);
      // The slot is given back: the next login is checked.
      expect(await outcome(login('tinh', DEMO_PASSWORD, { ip: '10.6.0.2' }, one))).toBe('signed-in');
    });

    it('a login inside a batch is refused before any check, with a Vietnamese message, and counted', async () => {
      await expect(login('vanphong', DEMO_PASSWORD, { ip: '10.7.0.1', batched: true })).rejects.toMatchObject(
        {
          code: 'BAD_REQUEST',
          message: 'Yêu cầu đăng nhập phải được gửi riêng, không gộp chung với yêu cầu khác.',
        },
      );
      expect(await handle.db.selectFrom('login_attempt').selectAll().execute()).toEqual([]);
      expect(await refusalCounts(handle.db, TODAY)).toEqual([
        { day: TODAY, kind: 'login.batched', count: 1 },
      ]);
    });

    it('a locked account answers no sooner than the login floor, as a real check does', async () => {
      const floor = { ...AUTH, loginFloorMs: 300 };
      for (let i = 0; i < 4; i++)
        expect(await outcome(login('bithu.congan', `sai-${i}`, { ip: '10.8.0.1' }, floor))).toBe(WRONG);
      const timed = async (password: string) => {
        const started = performance.now();
        const result = await outcome(login('bithu.congan', password, { ip: '10.8.0.1' }, floor));
        return { result, ms: performance.now() - started };
      };
      const checked = await timed('sai-4');
      expect(checked.result).toBe(WRONG);
      expect(checked.ms).toBeGreaterThanOrEqual(300);
      const locked = await timed(DEMO_PASSWORD);
      expect(locked.result).toBe(LOCKED);
      expect(locked.ms).toBeGreaterThanOrEqual(300);
    });

    it('a hundred refused logins write no audit entry: anonymous refusals are counted per day and kind', async () => {
      const before = await auditEntries();
      for (let i = 0; i < 5; i++) await outcome(login('bithu.truongthcs', 'sai', { ip: '10.9.0.1' }));
      const outcomes = await Promise.all(
        Array.from({ length: 100 }, () => outcome(login('bithu.truongthcs', 'sai', { ip: '10.9.0.2' }))),
      );
      expect(countOf(outcomes, LOCKED)).toBe(100);
      expect(await auditEntries()).toBe(before);
      expect(await refusalCounts(handle.db, TODAY)).toEqual([
        { day: TODAY, kind: 'login.bad-credentials', count: 5 },
        { day: TODAY, kind: 'login.rate-limited', count: 100 },
      ]);
      // A successful login stays audited.
      await login('bithu.truongtieuhoc', DEMO_PASSWORD, { ip: '10.9.0.3' });
      expect(await auditEntries()).toBe(before + 1);
    });
  });
}
