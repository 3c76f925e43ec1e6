import { type Db, insertOrgUnit, loginAttemptsAfter } from '@ketnap/db';
import { DEMO_COMMUNE, DEMO_PASSWORD, loadDemoAccounts } from '@ketnap/db/seed';
import { openWithDemo, testDialects } from '@ketnap/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizeAdmin } from '../authorize.js';
import { type Context, createContext, type SessionInfo } from '../context.js';
import { adminRouter } from '../routers/admin.js';
import { createCallerFactory } from '../trpc.js';
import { loginKeys } from './login-limit.js';
import { ONE_TIME_ALPHABET, oneTimePassword } from './one-time-password.js';
import { hashPassword } from './password.js';
import { commonPasswords, passwordRefusal } from './password-policy.js';
import { resolveSession } from './sessions.js';
import { type AuthSettings, DEFAULT_AUTH_SETTINGS, scryptOf } from './settings.js';

/** The default settings at a cheap scrypt cost: the production cost is tested once, in auth.test.ts. */
const CHEAP: AuthSettings = { ...DEFAULT_AUTH_SETTINGS, scrypt: { N: 2 ** 10, r: 8, p: 1 } };

const TODAY = '2026-11-26';
const T0 = Date.parse('2026-11-26T01:00:00.000Z');
const HOUR = 3_600_000;
const { commune } = DEMO_COMMUNE;
/** A password of one's own that passes the policy. */
const OWN = 'lúa chín vàng đồng Yên Bình';

describe("the server's half of the password policy", () => {
  it('ships at least the top 3,000 common passwords that the length rule would accept (ASVS 6.2.4)', () => {
    const list = commonPasswords();
    expect(list.size).toBeGreaterThanOrEqual(3000);
    for (const entry of ['123qweasdzxc', '1qaz2wsx3edc', 'qwerty123456']) expect(list.has(entry)).toBe(true);
    // Only what the length rule lets through is kept: a short common password is refused by length already.
    expect(list.has('password')).toBe(false);
  });

  it('refuses a common password in any case, the demo password, and the username; accepts a passphrase', () => {
    expect(passwordRefusal('QWERTY123456', 'bithu.thondong')?.code).toBe('ACCOUNT.PASSWORD_COMMON');
    expect(passwordRefusal('1Qaz2Wsx3Edc', 'bithu.thondong')?.message.vi).toBe(
      'Mật khẩu này nằm trong danh sách mật khẩu phổ biến, dễ bị đoán: hãy chọn mật khẩu khác, ví dụ một câu dài dễ nhớ.',
    );
    expect(passwordRefusal(DEMO_PASSWORD.toUpperCase(), 'vanphong')).toMatchObject({
      code: 'ACCOUNT.PASSWORD_COMMON',
      message: { vi: 'Đây là mật khẩu mẫu công khai của bản dùng thử: hãy chọn mật khẩu khác.' },
    });
    expect(passwordRefusal('BiThu.ThonDong', 'bithu.thondong')).toMatchObject({
      code: 'ACCOUNT.PASSWORD_USERNAME',
      message: { vi: 'Mật khẩu không được trùng với tên đăng nhập.' },
    });
    expect(passwordRefusal(OWN, 'bithu.thondong')).toBeNull();
    expect(passwordRefusal(OWN.normalize('NFD'), 'bithu.thondong')).toBeNull();
  });

  it('a one-time password is 16 letters of the unambiguous alphabet, different each time', () => {
    const a = oneTimePassword();
    expect(a).toMatch(/^[a-z2-9]{16}$/);
    expect([...a].every((c) => ONE_TIME_ALPHABET.includes(c))).toBe(true);
    expect(ONE_TIME_ALPHABET).not.toMatch(/[01ilo]/);
    expect(oneTimePassword()).not.toBe(a);
  });
});

for (const dialect of testDialects()) {
  describe.skipIf(!dialect.available)(`own passwords, resets and demo marks on ${dialect.name}`, () => {
    let handle: Db;
    let clock = T0;
    const factory = createCallerFactory(adminRouter);
    let tokens: string[] = [];
    const ctx = (session: SessionInfo | null = null, auth: AuthSettings = CHEAP): Context =>
      createContext({
        db: handle.db,
        today: () => TODAY,
        now: () => new Date(clock),
        session,
        auth,
        requestMeta: { ip: '10.0.0.1' },
        cookies: { setSession: (token) => tokens.push(token), clearSession: () => {} },
      });
    /** The session behind a token now, as the HTTP shell resolves it on every request. */
    const resolve = (token: string, auth: AuthSettings = CHEAP) =>
      resolveSession(handle.db, token, new Date(clock), auth);
    /** Signs in and answers the session's token and the caller on it. */
    const login = async (username: string, password = DEMO_PASSWORD, auth = CHEAP) => {
      tokens = [];
      const me = await factory(ctx(null, auth)).auth.login({ username, password });
      const token = tokens[0] ?? '';
      const session = await resolve(token, auth);
      if (!session) throw new Error(`${username} did not sign in`);
      return { me, token, session, caller: factory(ctx(session, auth)) };
    };
    const account = (username: string) =>
      handle.db.selectFrom('account').selectAll().where('username', '=', username).executeTakeFirstOrThrow();
    const audited = (action: string) =>
      handle.db
        .selectFrom('audit_log')
        .select(['target_id', 'payload'])
        .where('action', '=', action)
        .orderBy('seq')
        .execute();

    beforeAll(async () => {
      handle = await openWithDemo(dialect, TODAY);
      await loadDemoAccounts(handle.db, {
        passwordHash: await hashPassword(DEMO_PASSWORD, scryptOf(CHEAP)),
        at: new Date(T0).toISOString(),
      });
    });
    afterAll(async () => handle?.close());

    it('changePassword: a wrong current password is refused in Vietnamese, counts as a failed login, and changes nothing', async () => {
      clock = T0;
      const { caller } = await login('bithu.thontrung');
      const before = await account('bithu.thontrung');
      await expect(
        caller.auth.changePassword({ current: 'khong-phai-mat-khau', next: OWN }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'Mật khẩu hiện tại không đúng.' });
      expect(
        await loginAttemptsAfter(
          handle.db,
          [loginKeys('bithu.thontrung', '10.0.0.1').account],
          new Date(T0 - HOUR).toISOString(),
        ),
      ).toHaveLength(1);
      expect(await audited('account.password-change-failed')).toEqual([
        { target_id: before.id, payload: JSON.stringify({ reason: 'current-password' }) },
      ]);
      // The policy's refusals, before any password is verified; the same as the current one is refused too.
      await expect(
        caller.auth.changePassword({ current: DEMO_PASSWORD, next: 'Qwerty123456' }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { code: 'ACCOUNT.PASSWORD_COMMON' } });
      await expect(
        caller.auth.changePassword({ current: DEMO_PASSWORD, next: 'BITHU.THONTRUNG' }),
      ).rejects.toMatchObject({ cause: { code: 'ACCOUNT.PASSWORD_USERNAME' } });
      await expect(caller.auth.changePassword({ current: OWN, next: OWN })).rejects.toMatchObject({
        message: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
      });
      // 11 characters: the shared schema refuses it before the resolver runs.
      await expect(
        caller.auth.changePassword({ current: DEMO_PASSWORD, next: 'mười một kt' }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      expect(await account('bithu.thontrung')).toEqual(before);
    });

    it('changePassword: every other session of the account ends, this one stays; audited without values; the demo mark goes', async () => {
      clock = T0;
      const other = await login('bithu.thonnam');
      const mine = await login('bithu.thonnam');
      expect(mine.me).toMatchObject({ demo: true, mustChangePassword: false, demoAccountsOpen: 0 });
      expect(await mine.caller.auth.changePassword({ current: DEMO_PASSWORD, next: OWN })).toEqual({
        sessionsRevoked: 1,
      });
      expect(await resolve(other.token)).toBeNull();
      const still = await resolve(mine.token);
      expect(still).toMatchObject({ accountId: mine.session.accountId, demo: false });
      expect(await factory(ctx(still)).auth.me()).toMatchObject({ demo: false, mustChangePassword: false });
      const [entry, ...more] = await audited('account.password-changed');
      expect(more).toEqual([]);
      expect(entry).toEqual({
        target_id: mine.session.accountId,
        payload: JSON.stringify({ sessionsRevoked: 1 }),
      });
      // The new password signs in; the demo password no longer does.
      expect((await login('bithu.thonnam', OWN)).me.username).toBe('bithu.thonnam');
      await expect(
        factory(ctx()).auth.login({ username: 'bithu.thonnam', password: DEMO_PASSWORD }),
      ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    });

    it('resetPassword: the one-time password signs in, only auth.* answers until it is changed, then it works no more', async () => {
      clock = T0;
      const admin = await login('vanphong');
      const target = await account('bithu.thondoai');
      const before = await login('bithu.thondoai');
      const { oneTimePassword: otp, expiresAt } = await admin.caller.accounts.resetPassword({
        accountId: target.id,
        version: target.version,
      });
      expect(otp).toMatch(/^[a-z2-9]{16}$/);
      expect(expiresAt).toBe(new Date(T0 + 72 * HOUR).toISOString());
      // Every session of the account ended; the answer is the only place the password appears.
      expect(await resolve(before.token)).toBeNull();
      const [entry] = await audited('account.password-reset');
      expect(entry).toEqual({ target_id: target.id, payload: JSON.stringify({ sessionsRevoked: 1 }) });
      const everything = await handle.db.selectFrom('audit_log').select('payload').execute();
      expect(JSON.stringify(everything)).not.toContain(otp);
      expect((await account('bithu.thondoai')).password_hash).not.toContain(otp);
      expect(
        (await admin.caller.accounts.list({ communeId: commune.id })).find((a) => a.id === target.id),
      ).toMatchObject({
        mustChangePassword: true,
        demo: false,
      });

      const first = await login('bithu.thondoai', otp);
      expect(first.me.mustChangePassword).toBe(true);
      const required = { code: 'FORBIDDEN', message: 'Bạn cần đổi mật khẩu trước khi tiếp tục.' };
      await expect(first.caller.candidates.list({ orgId: 'cb-thon-doai' })).rejects.toMatchObject(required);
      await expect(first.caller.org.communes()).rejects.toMatchObject(required);
      // The Excel routes go through the same check.
      await expect(authorizeAdmin(ctx(first.session), 'reports.results', {})).rejects.toMatchObject(required);
      expect(await first.caller.auth.me()).toMatchObject({ mustChangePassword: true });

      expect(await first.caller.auth.changePassword({ current: otp, next: OWN })).toEqual({
        sessionsRevoked: 0,
      });
      const after = await resolve(first.token);
      expect(after?.mustChangePassword).toBe(false);
      expect((await factory(ctx(after)).candidates.list({ orgId: 'cb-thon-doai' })).total).toBeGreaterThan(0);
      await expect(
        factory(ctx()).auth.login({ username: 'bithu.thondoai', password: otp }),
      ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
      expect((await account('bithu.thondoai')).password_expires_at).toBeNull();
    });

    it('resetPassword refuses your own account, a stale version and an account of another commune, changing nothing', async () => {
      clock = T0;
      const admin = await login('vanphong');
      await expect(
        admin.caller.accounts.resetPassword({ accountId: admin.session.accountId }),
      ).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        message: 'Không thể tự thay đổi tài khoản của mình.',
      });
      const target = await account('bithu.truongthcs');
      await expect(
        admin.caller.accounts.resetPassword({ accountId: target.id, version: target.version + 1 }),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await account('bithu.truongthcs')).toEqual(target);

      await insertOrgUnit(handle.db, {
        id: 'xa-khac',
        parent_id: DEMO_COMMUNE.province.id,
        level: 'commune',
        kind: null,
        slug: 'xa-khac',
        name: 'Xã Khác',
        valid_from: '1997-01-01',
        valid_to: null,
      });
      await handle.db
        .insertInto('account')
        .values({
          id: 'acc-xa-khac',
          username: 'vanphong.xakhac',
          display_name: 'Văn phòng xã Khác',
          password_hash: 'x',
          home_org_id: 'xa-khac',
          disabled: 0,
          created_at: new Date(T0).toISOString(),
          version: 1,
        })
        .execute();
      await expect(admin.caller.accounts.resetPassword({ accountId: 'acc-xa-khac' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(await account('vanphong.xakhac')).toMatchObject({ password_hash: 'x', must_change_password: 0 });
    });

    it('a one-time password stops signing in 72 hours after the reset (exactly then: expired)', async () => {
      clock = T0;
      const admin = await login('vanphong');
      const target = await account('bithu.truongmamnon');
      const { oneTimePassword: otp } = await admin.caller.accounts.resetPassword({ accountId: target.id });
      clock = T0 + 72 * HOUR;
      await expect(
        factory(ctx()).auth.login({ username: 'bithu.truongmamnon', password: otp }),
      ).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
        message: 'Mật khẩu dùng một lần đã hết hạn. Đề nghị Văn phòng Đảng ủy xã đặt lại mật khẩu.',
      });
      clock = T0 + 72 * HOUR - 1;
      expect((await login('bithu.truongmamnon', otp)).me.mustChangePassword).toBe(true);
    });

    it("auth.me tells a commune administrator how many of the commune's enabled accounts still have the demo password", async () => {
      clock = T0;
      const admin = await login('vanphong');
      const open = async () => (await admin.caller.auth.me())?.demoAccountsOpen;
      const count = await open();
      const demoAccounts = await handle.db
        .selectFrom('account')
        .select('id')
        .where('home_org_id', '=', commune.id)
        .where('demo', '=', 1)
        .where('disabled', '=', 0)
        .execute();
      expect(count).toBe(demoAccounts.length);
      expect(count).toBeGreaterThan(0);
      expect(admin.me).toMatchObject({ demo: true, demoAccountsOpen: count });
      const target = await account('bithu.truongtieuhoc');
      await admin.caller.accounts.disable({ accountId: target.id, version: target.version });
      expect(await open()).toBe((count ?? 0) - 1);
    });

    it('with the demo switched off (KETNAP_DEMO=0) a demo account must change its password at its next sign-in', async () => {
      clock = T0;
      const demoOff: AuthSettings = { ...CHEAP, demoPasswordsAllowed: false };
      const off = await login('bithu.congan', DEMO_PASSWORD, demoOff);
      expect(off.me).toMatchObject({ mustChangePassword: true, demo: true });
      await expect(off.caller.candidates.list({ orgId: 'cb-cong-an' })).rejects.toMatchObject({
        message: 'Bạn cần đổi mật khẩu trước khi tiếp tục.',
      });
      // The same account with the demo on is not forced.
      expect((await resolve(off.token))?.mustChangePassword).toBe(false);
      expect(await off.caller.auth.changePassword({ current: DEMO_PASSWORD, next: OWN })).toEqual({
        sessionsRevoked: 0,
      });
      const after = await resolve(off.token, demoOff);
      expect(after).toMatchObject({ mustChangePassword: false, demo: false });
      await expect(
        factory(ctx(after, demoOff)).candidates.list({ orgId: 'cb-cong-an' }),
      ).resolves.toBeDefined();
    });

    it('accounts.create refuses a common password and the username as password, creating nothing', async () => {
      clock = T0;
      const admin = await login('vanphong');
      const base = {
        communeId: commune.id,
        username: 'bithu.thu.nghiem',
        displayName: 'Bí thư thử',
        role: 'cell-secretary',
        orgId: 'cb-thon-dong',
      } as const;
      await expect(admin.caller.accounts.create({ ...base, password: 'QAZWSXEDCRFV' })).rejects.toMatchObject(
        {
          code: 'BAD_REQUEST',
          cause: { code: 'ACCOUNT.PASSWORD_COMMON' },
        },
      );
      await expect(
        admin.caller.accounts.create({ ...base, password: 'Bithu.Thu.Nghiem' }),
      ).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
      expect(
        (await admin.caller.accounts.list({ communeId: commune.id })).map((a) => a.username),
      ).not.toContain('bithu.thu.nghiem');
    });
  });
}
