import { setTimeout as sleep } from 'node:timers/promises';
import { type Account, accountByUsername, setPasswordHash } from '@ketnap/db';
import type { AuditInput, Context } from '../context.js';
import { type ApiError, toTRPCError } from '../errors.js';
import {
  enterHashing,
  forgiveLogin,
  type LoginReservation,
  leaveHashing,
  loginKeys,
  reserveLogin,
} from './login-limit.js';
import { hashPassword, needsRehash, type ScryptParams, verifyPassword } from './password.js';
import { type AuthSettings, type LoginRefusal, scryptOf } from './settings.js';

const decoys = new Map<string, Promise<{ hash: string; ms: number }>>();
/**
 * A hash to verify against when the username is unknown, so an unknown name costs the same scrypt time as a wrong
 * password and the response time does not tell which names exist; made once per process and cost, timed.
 */
function decoyOf(params: ScryptParams): Promise<{ hash: string; ms: number }> {
  const key = `${params.N}$${params.r}$${params.p}`;
  let decoy = decoys.get(key);
  if (!decoy) {
    const started = performance.now();
    decoy = hashPassword('decoy password that matches nothing', params).then((hash) => ({
      hash,
      ms: performance.now() - started,
    }));
    decoys.set(key, decoy);
  }
  return decoy;
}

// The last few password checks' durations: the slowest says how long a real check takes on this machine now.
const recentChecks: number[] = [];
const RECENT_CHECKS = 8;

async function timedVerify(password: string, stored: string): Promise<boolean> {
  const started = performance.now();
  try {
    return await verifyPassword(password, stored);
  } finally {
    recentChecks.push(performance.now() - started);
    if (recentChecks.length > RECENT_CHECKS) recentChecks.shift();
  }
}

/**
 * Waits until `started` (a `performance.now()` instant) is at least as long ago as a password check takes: the
 * settings' floor, or the slowest recent check (before any, the decoy's hashing) if slower. A sleep, no CPU.
 */
async function answerNoSoonerThanACheck(started: number, settings: AuthSettings): Promise<void> {
  const check = recentChecks.length > 0 ? Math.max(...recentChecks) : (await decoyOf(scryptOf(settings))).ms;
  const until = started + Math.max(settings.loginFloorMs, check);
  // A timer may fire a little early (the event loop's cached clock): sleep again until the instant has truly passed.
  for (let left = until - performance.now(); left > 0; left = until - performance.now())
    await sleep(Math.ceil(left));
}

const BAD_CREDENTIALS: ApiError = {
  code: 'AUTH.BAD_CREDENTIALS',
  message: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.', en: 'Wrong username or password.' },
};
const BATCHED: ApiError = {
  code: 'AUTH.LOGIN_BATCHED',
  message: {
    vi: 'Yêu cầu đăng nhập phải được gửi riêng, không gộp chung với yêu cầu khác.',
    en: 'A login must be sent on its own, not inside a batch of calls.',
  },
};
const BUSY: ApiError = {
  code: 'AUTH.BUSY',
  message: {
    vi: 'Máy chủ đang nhận quá nhiều lượt đăng nhập. Vui lòng thử lại sau ít phút.',
    en: 'The server is receiving too many logins. Please try again in a few minutes.',
  },
};
const rateLimited = (wait: number): ApiError => ({
  code: 'AUTH.RATE_LIMITED',
  message: {
    vi: `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${wait} phút.`,
    en: `Too many failed logins. Try again in ${wait} minute(s).`,
  },
});

/**
 * Notes a refused login: counted per day and kind when the caller is anonymous (a flood of them must not bury the
 * audit trail), audited when a signed-in caller made it (as every refusal by a signed-in caller is): a wrong
 * password as `auth.login-failed`, the others as `auth.login-refused` with the reason.
 */
async function noteRefusal(
  ctx: Context,
  kind: LoginRefusal,
  entry: Omit<AuditInput, 'action'> = { targetType: 'account', targetId: null, orgId: null },
): Promise<void> {
  if (!ctx.session) return ctx.countRefusal(kind);
  const failed = kind === 'login.bad-credentials';
  await ctx.auditAttempt({
    ...entry,
    action: failed ? 'auth.login-failed' : 'auth.login-refused',
    payload: entry.payload ?? { reason: kind.slice('login.'.length) },
  });
}

/**
 * The login use case (docs/access.md, "Login rate limit"): refuses a login sent inside a batch; takes one of this
 * process's password-check slots; reserves the attempt against the account, the address and the global budget
 * before any hash; checks the password (an unknown name against the decoy); on success forgives the attempt and
 * rehashes a hash of another cost. A refusal for a locked key, like a wrong password, answers no sooner than a real
 * check would. Returns the signed-in account; the caller opens the session.
 */
export async function logIn(ctx: Context, input: { username: string; password: string }): Promise<Account> {
  const started = performance.now();
  if (ctx.requestMeta.batched) {
    await noteRefusal(ctx, 'login.batched');
    throw toTRPCError(BATCHED);
  }
  const keys = loginKeys(input.username, ctx.requestMeta.ip);
  if (!enterHashing(ctx.auth.maxHashesInFlight)) {
    await noteRefusal(ctx, 'login.busy');
    throw toTRPCError(BUSY);
  }
  let admission: LoginReservation;
  let account: Account | undefined;
  let matches = false;
  try {
    admission = await reserveLogin(ctx.db, keys, ctx.auth, ctx.now());
    if (admission.ok) {
      account = await accountByUsername(ctx.db, input.username);
      const params = scryptOf(ctx.auth);
      matches = await timedVerify(input.password, account?.password_hash ?? (await decoyOf(params)).hash);
      if (account && matches && account.disabled === 0 && needsRehash(account.password_hash, params))
        await setPasswordHash(ctx.db, {
          accountId: account.id,
          passwordHash: await hashPassword(input.password, params),
        });
    }
  } finally {
    leaveHashing();
  }
  if (!admission.ok) {
    await noteRefusal(ctx, `login.${admission.reason}`);
    if (admission.reason === 'busy') throw toTRPCError(BUSY);
    await answerNoSoonerThanACheck(started, ctx.auth);
    throw toTRPCError(rateLimited(admission.waitMinutes));
  }
  if (!account || !matches || account.disabled !== 0) {
    // The attempted name is never noted: people type their password into the username field.
    await noteRefusal(ctx, 'login.bad-credentials', {
      targetType: 'account',
      targetId: account?.id ?? null,
      orgId: account?.home_org_id ?? null,
      payload: { reason: !account ? 'unknown' : account.disabled ? 'disabled' : 'password' },
    });
    await answerNoSoonerThanACheck(started, ctx.auth);
    throw toTRPCError(BAD_CREDENTIALS);
  }
  await forgiveLogin(ctx.db, keys, admission.attemptId);
  return account;
}
