import { type Db, refusalCounts } from '@ketnap/db';
import { DEMO_COMMUNE, DEMO_PASSWORD, loadDemoAccounts } from '@ketnap/db/seed';
import { openWithDemo, testDialects } from '@ketnap/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Context, createContext, type SessionInfo } from '../context.js';
import { adminRouter } from '../routers/admin.js';
import { createCallerFactory } from '../trpc.js';
import { readSessionCookie, sessionCookie } from './cookie.js';
import { hashPassword, SCRYPT_PARAMS, verifyPassword } from './password.js';
import { resolveSession } from './sessions.js';
import { type AuthSettings, DEFAULT_AUTH_SETTINGS, scryptOf } from './settings.js';

const TODAY = '2026-11-26';
/** The default limits at a cheap scrypt cost (the production cost is checked once, above). */
const AUTH: AuthSettings = { ...DEFAULT_AUTH_SETTINGS, scrypt: { N: 2 ** 10, r: 8, p: 1 }, loginFloorMs: 0 };
const T0 = Date.parse('2026-11-26T01:00:00.000Z');
const MIN = 60_000;

describe('password hashing (scrypt at OWASP parameters)', () => {
  let stored: string;
  beforeAll(async () => {
    stored = await hashPassword('Mật khẩu đúng 2026');
  });

  it('stores a self-describing string with N=2^17, r=8, p=1, a salt and a 32-byte key', () => {
    const [name, N, r, p, salt, key] = stored.split('$');
    expect([name, Number(N), Number(r), Number(p)]).toEqual(['scrypt', SCRYPT_PARAMS.N, 8, 1]);
    expect(SCRYPT_PARAMS.N).toBe(2 ** 17);
    expect(Buffer.from(salt ?? '', 'base64url')).toHaveLength(16);
    expect(Buffer.from(key ?? '', 'base64url')).toHaveLength(32);
    // Production settings hash and rehash at that cost; only tests lower it.
    expect(scryptOf(DEFAULT_AUTH_SETTINGS)).toEqual(SCRYPT_PARAMS);
  });

  it('the right password verifies, also typed in decomposed Unicode; a wrong one does not', async () => {
    expect(await verifyPassword('Mật khẩu đúng 2026', stored)).toBe(true);
    expect(await verifyPassword('Mật khẩu đúng 2026'.normalize('NFD'), stored)).toBe(true);
    expect(await verifyPassword('Mật khẩu đúng 2027', stored)).toBe(false);
  });

  it('two hashes of one password differ (salted) and a malformed stored string never matches', async () => {
    expect(await hashPassword('x')).not.toBe(await hashPassword('x'));
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$3$8$1$AAAA$AAAA')).toBe(false);
  });
});

describe('the session cookie', () => {
  const token = 't'.repeat(43);
  it('is a session cookie (no Expires, no Max-Age): HttpOnly, SameSite=Lax, Path=/; over HTTPS __Host- and Secure', () => {
    expect(sessionCookie(token, false)).toBe(`ketnap_session=${token}; Path=/; HttpOnly; SameSite=Lax`);
    expect(sessionCookie(token, true)).toBe(
      `__Host-ketnap_session=${token}; Path=/; HttpOnly; SameSite=Lax; Secure`,
    );
    for (const https of [false, true])
      expect(sessionCookie(token, https)).not.toMatch(/Expires|Max-Age|Domain/);
  });

  it('reads the token of the name in force only, among other cookies, and ignores a malformed one', () => {
    const A = 'A'.repeat(43);
    expect(readSessionCookie(`a=1; ketnap_session=${A}; b=2`, false)).toBe(A);
    expect(readSessionCookie(`a=1; __Host-ketnap_session=${A}; b=2`, true)).toBe(A);
    // Over HTTPS an unprefixed cookie (which a plain-HTTP page or a sibling subdomain could set) is not read.
    expect(readSessionCookie(`ketnap_session=${A}`, true)).toBeNull();
    expect(readSessionCookie(`__Host-ketnap_session=${A}`, false)).toBeNull();
    expect(readSessionCookie('ketnap_session=<script>', false)).toBeNull();
    expect(readSessionCookie(undefined, false)).toBeNull();
  });
});

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`accounts and sessions on ${dialect.name}`, () => {
    let handle: Db;
    let clock = T0;
    const cookies: string[] = [];
    const factory = createCallerFactory(adminRouter);
    const ctx = (session: SessionInfo | null = null, ip = '10.0.0.1'): Context =>
      createContext({
        db: handle.db,
        today: () => TODAY,
        now: () => new Date(clock),
        session,
        requestMeta: { ip },
        auth: AUTH,
        cookies: {
          setSession: (token) => cookies.push(token),
          clearSession: () => cookies.push('(cleared)'),
        },
      });
    const login = async (username: string, password = DEMO_PASSWORD, ip = '10.0.0.1') => {
      await factory(ctx(null, ip)).auth.login({ username, password });
      const token = cookies.at(-1) ?? '';
      return {
        token,
        session: await resolveSession(handle.db, token, new Date(clock), AUTH),
      };
    };

    beforeAll(async () => {
      handle = await openWithDemo(dialect, TODAY);
      await loadDemoAccounts(handle.db, {
        passwordHash: await hashPassword(DEMO_PASSWORD, scryptOf(AUTH)),
        at: new Date(T0).toISOString(),
      });
    });
    afterAll(async () => handle?.close());

    it('login sets the cookie to a token whose hash (never the token) is the session id', async () => {
      clock = T0;
      const { token, session } = await login('VanPhong');
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(session?.username).toBe('vanphong');
      expect(session?.roles).toEqual([{ role: 'commune-admin', orgId: DEMO_COMMUNE.commune.id }]);
      const ids = await handle.db.selectFrom('session').select('id').execute();
      expect(ids.map((r) => r.id)).not.toContain(token);
      const me = await factory(ctx(session)).auth.me();
      expect(me).toMatchObject({
        username: 'vanphong',
        roles: [{ orgLevel: 'commune', orgName: DEMO_COMMUNE.commune.name }],
      });
    });

    it('a wrong password is refused with one Vietnamese message for unknown names and wrong passwords', async () => {
      clock = T0;
      await expect(
        factory(ctx()).auth.login({ username: 'vanphong', password: 'sai' }),
      ).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
        message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
      });
      await expect(factory(ctx()).auth.login({ username: 'khongco', password: 'sai' })).rejects.toMatchObject(
        {
          code: 'UNAUTHORIZED',
          message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
        },
      );
      // Refused anonymous logins are counted, not chained into the audit log.
      const failed = await handle.db
        .selectFrom('audit_log')
        .select('payload')
        .where('action', 'in', ['auth.login-failed', 'auth.login-refused'])
        .execute();
      expect(failed).toEqual([]);
      expect(await refusalCounts(handle.db, TODAY)).toEqual([
        { day: TODAY, kind: 'login.bad-credentials', count: 2 },
      ]);
    });

    it('the idle timeout slides with use and ends an unused session at exactly 30 minutes', async () => {
      clock = T0;
      const { token } = await login('bithu.thondong');
      const at = (ms: number) => resolveSession(handle.db, token, new Date(ms), DEFAULT_AUTH_SETTINGS);
      expect(await at(T0 + 29 * MIN)).not.toBeNull(); // used at 29 min: the window now runs to 59 min
      expect(await at(T0 + 58 * MIN)).not.toBeNull();
      expect(await at(T0 + 58 * MIN + 30 * MIN - 1)).not.toBeNull();
      expect(await at(T0 + 88 * MIN + 30 * MIN)).toBeNull();
    });

    it('the absolute timeout ends a session 12 hours after login however active', async () => {
      clock = T0;
      const { token } = await login('bithu.thondoai');
      let t = T0;
      while (t < T0 + 12 * 60 * MIN - 20 * MIN) {
        t += 20 * MIN;
        expect(await resolveSession(handle.db, token, new Date(t), DEFAULT_AUTH_SETTINGS)).not.toBeNull();
      }
      expect(
        await resolveSession(handle.db, token, new Date(T0 + 12 * 60 * MIN), DEFAULT_AUTH_SETTINGS),
      ).toBeNull();
    });

    it('logout revokes the session and clears the cookie', async () => {
      clock = T0;
      const { token, session } = await login('bithu.thontrung');
      await factory(ctx(session)).auth.logout();
      expect(cookies.at(-1)).toBe('(cleared)');
      expect(await resolveSession(handle.db, token, new Date(T0 + MIN), DEFAULT_AUTH_SETTINGS)).toBeNull();
    });

    it('5 failures per username, from any address, within 15 minutes: the 6th attempt is refused with the wait', async () => {
      clock = T0;
      for (let i = 0; i < 5; i++) {
        clock = T0 + i * MIN;
        await expect(
          factory(ctx(null, `10.9.9.${i}`)).auth.login({ username: 'bithu.thonnam', password: 'sai' }),
        ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
      }
      clock = T0 + 5 * MIN;
      // Even the right password is refused now: the limit counts attempts, not guesses; a new address changes nothing.
      for (const ip of ['10.9.9.0', '10.8.8.8'])
        await expect(
          factory(ctx(null, ip)).auth.login({ username: 'BiThu.ThonNam ', password: DEMO_PASSWORD }),
        ).rejects.toMatchObject({
          code: 'TOO_MANY_REQUESTS',
          message: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 10 phút.',
        });
      // When the oldest failure leaves the window, one attempt is allowed again.
      clock = T0 + 15 * MIN;
      expect((await login('bithu.thonnam', DEMO_PASSWORD, '10.8.8.8')).session).not.toBeNull();
    });

    it('disabling an account ends every session it has and refuses its next login', async () => {
      clock = T0;
      const first = await login('bithu.truongthcs');
      const second = await login('bithu.truongthcs', DEMO_PASSWORD, '10.0.0.2');
      const admin = (await login('vanphong')).session;
      const account = await handle.db
        .selectFrom('account')
        .select(['id', 'version'])
        .where('username', '=', 'bithu.truongthcs')
        .executeTakeFirstOrThrow();
      const result = await factory(ctx(admin)).accounts.disable({
        accountId: account.id,
        version: account.version,
      });
      expect(result.sessionsRevoked).toBe(2);
      for (const s of [first, second])
        expect(
          await resolveSession(handle.db, s.token, new Date(T0 + MIN), DEFAULT_AUTH_SETTINGS),
        ).toBeNull();
      await expect(
        factory(ctx(null, '10.0.0.3')).auth.login({ username: 'bithu.truongthcs', password: DEMO_PASSWORD }),
      ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
      // A second disable with the old version is a stale edit, refused, not applied twice.
      await expect(
        factory(ctx(admin)).accounts.disable({ accountId: account.id, version: account.version }),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
    });

    it('a commune admin creates a secretary for a cell of the commune; a role over the wrong level is refused', async () => {
      clock = T0;
      const admin = (await login('vanphong')).session;
      const caller = factory(ctx(admin));
      const cell = DEMO_COMMUNE.cells[2]?.id ?? '';
      const base = {
        communeId: DEMO_COMMUNE.commune.id,
        username: 'bithu.moi',
        displayName: 'Bí thư mới',
        password: 'mat-khau-du-dai',
      };
      await expect(
        caller.accounts.create({ ...base, role: 'cell-secretary', orgId: DEMO_COMMUNE.commune.id }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'Bí thư chi bộ phải gắn với một chi bộ.' });
      const { id } = await caller.accounts.create({ ...base, role: 'cell-secretary', orgId: cell });
      const listed = await caller.accounts.list({ communeId: DEMO_COMMUNE.commune.id });
      expect(listed.find((a) => a.id === id)).toMatchObject({
        username: 'bithu.moi',
        disabled: false,
        roles: [{ role: 'cell-secretary', orgId: cell }],
      });
      expect(JSON.stringify(listed)).not.toContain('scrypt');
      // The shared schema (@ketnap/domain) is the server's too: a 9-character password is refused, nothing created.
      await expect(
        caller.accounts.create({
          ...base,
          username: 'bithu.ngan',
          password: '123456789',
          role: 'cell-secretary',
          orgId: cell,
        }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      expect(
        (await caller.accounts.list({ communeId: DEMO_COMMUNE.commune.id })).map((a) => a.username),
      ).not.toContain('bithu.ngan');
      // The username is compared as stored (trimmed, lower case): typed in capitals it is still taken.
      await expect(
        caller.accounts.create({ ...base, username: ' BiThu.Moi ', role: 'cell-secretary', orgId: cell }),
      ).rejects.toMatchObject({
        code: 'CONFLICT',
        message: 'Tên đăng nhập "bithu.moi" đã có người dùng.',
      });
      const created = await handle.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'account.create')
        .executeTakeFirstOrThrow();
      expect(created.target_id).toBe(id);
      expect(created.payload).not.toContain('mat-khau');
    });

    it('a commune admin grants a second cell to a secretary and revokes it; each counts from the next request', async () => {
      clock = T0;
      const admin = (await login('vanphong')).session;
      const caller = factory(ctx(admin));
      const secretary = await login('bithu.thondong');
      const account = await handle.db
        .selectFrom('account')
        .select('id')
        .where('username', '=', 'bithu.thondong')
        .executeTakeFirstOrThrow();
      const doai = { accountId: account.id, role: 'cell-secretary', orgId: 'cb-thon-doai' } as const;
      // The secretary's next request, as the HTTP shell makes it: the session resolved again from its token.
      const asSecretary = async () =>
        factory(
          ctx(await resolveSession(handle.db, secretary.token, new Date(clock), DEFAULT_AUTH_SETTINGS)),
        );
      await expect((await asSecretary()).candidates.list({ orgId: 'cb-thon-doai' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });

      expect(await caller.accounts.grant(doai)).toEqual({ ok: true });
      // Granting it again changes nothing: still one grant.
      expect(await caller.accounts.grant(doai)).toEqual({ ok: true });
      // Grants come in no particular order (PostgreSQL): compared by unit.
      const roles = async () =>
        (await caller.accounts.list({ communeId: DEMO_COMMUNE.commune.id }))
          .find((a) => a.id === account.id)
          ?.roles.sort((a, b) => a.orgId.localeCompare(b.orgId));
      expect(await roles()).toEqual([
        { role: 'cell-secretary', orgId: 'cb-thon-doai', orgName: 'Chi bộ thôn Đoài' },
        { role: 'cell-secretary', orgId: 'cb-thon-dong', orgName: 'Chi bộ thôn Đông' },
      ]);
      const doaiList = await (await asSecretary()).candidates.list({ orgId: 'cb-thon-doai' });
      expect(doaiList.total).toBeGreaterThan(0);
      expect((await (await asSecretary()).auth.me())?.roles.map((r) => r.orgName).sort()).toEqual([
        'Chi bộ thôn Đoài',
        'Chi bộ thôn Đông',
      ]);

      expect(await caller.accounts.revoke(doai)).toEqual({ revoked: true });
      await expect((await asSecretary()).candidates.list({ orgId: 'cb-thon-doai' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(await roles()).toEqual([
        { role: 'cell-secretary', orgId: 'cb-thon-dong', orgName: 'Chi bộ thôn Đông' },
      ]);
      // A role it no longer holds: nothing to revoke, nothing audited.
      expect(await caller.accounts.revoke(doai)).toEqual({ revoked: false });
      const audited = await handle.db
        .selectFrom('audit_log')
        .select(['action', 'target_id', 'payload'])
        .where('action', 'in', ['account.grant', 'account.revoke'])
        .orderBy('seq')
        .execute();
      expect(audited.map((a) => [a.action, a.target_id, JSON.parse(a.payload)])).toEqual([
        ['account.grant', account.id, { role: 'cell-secretary', grantOrgId: 'cb-thon-doai' }],
        ['account.grant', account.id, { role: 'cell-secretary', grantOrgId: 'cb-thon-doai' }],
        ['account.revoke', account.id, { role: 'cell-secretary', grantOrgId: 'cb-thon-doai' }],
      ]);
    });

    it('grant and revoke refuse a unit that does not suit the role, an unchosen unit, and your own account', async () => {
      clock = T0;
      const admin = (await login('vanphong')).session;
      if (!admin) throw new Error('vanphong did not sign in');
      const caller = factory(ctx(admin));
      const accountId = (
        await handle.db
          .selectFrom('account')
          .select('id')
          .where('username', '=', 'bithu.thondoai')
          .executeTakeFirstOrThrow()
      ).id;
      const commune = DEMO_COMMUNE.commune.id;
      await expect(
        caller.accounts.grant({ accountId, role: 'cell-secretary', orgId: commune }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'Bí thư chi bộ phải gắn với một chi bộ.' });
      await expect(
        caller.accounts.grant({ accountId, role: 'commune-admin', orgId: 'cb-thon-nam' }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'Quản trị xã phải gắn với một xã.' });
      await expect(
        caller.accounts.grant({ accountId, role: 'viewer', orgId: 'cb-thon-nam' }),
      ).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        message: 'Người xem phải gắn với một tỉnh hoặc một xã.',
      });
      // The shared schema (@ketnap/domain): a unit left unchosen never reaches the access check.
      await expect(caller.accounts.grant({ accountId, role: 'viewer', orgId: '' })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
      // Nobody changes their own roles, neither adding nor taking one away.
      const own = { accountId: admin.accountId, role: 'commune-admin', orgId: commune } as const;
      for (const change of [caller.accounts.grant, caller.accounts.revoke])
        await expect(change({ ...own, role: 'viewer' })).rejects.toMatchObject({
          code: 'BAD_REQUEST',
          message: 'Không thể tự thay đổi tài khoản của mình.',
        });
      await expect(caller.accounts.revoke(own)).rejects.toMatchObject({
        message: 'Không thể tự thay đổi tài khoản của mình.',
      });
      const listed = await caller.accounts.list({ communeId: commune });
      expect(listed.find((a) => a.id === admin.accountId)?.roles).toEqual([
        { role: 'commune-admin', orgId: commune, orgName: DEMO_COMMUNE.commune.name },
      ]);
      expect(listed.find((a) => a.id === accountId)?.roles).toEqual([
        { role: 'cell-secretary', orgId: 'cb-thon-doai', orgName: 'Chi bộ thôn Đoài' },
      ]);
    });
  });
}
