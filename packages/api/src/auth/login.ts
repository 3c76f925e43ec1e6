import { createHash } from 'node:crypto';
import { clearLoginFailures, loginFailuresAfter, recordLoginFailure } from '@ketnap/db';
import type { Context } from '../context.js';
import { hashPassword } from './password.js';

const MINUTE = 60_000;

/** The rate-limit key: a hash of the lower-cased username and the client address (no login name is stored). */
export function loginKey(username: string, ip: string): string {
  return createHash('sha256').update(`${username.toLowerCase()}\n${ip}`).digest('hex');
}

/**
 * Minutes to wait before the next attempt for this key, or 0 when an attempt is allowed: with `maxFailures`
 * failures inside the window, the wait lasts until the oldest of them leaves it (rounded up to a whole minute). A
 * failure exactly `failureWindowMinutes` old has left the window.
 */
export async function loginWaitMinutes(ctx: Context, key: string): Promise<number> {
  const now = ctx.now().getTime();
  const windowMs = ctx.auth.failureWindowMinutes * MINUTE;
  const failures = await loginFailuresAfter(ctx.db, key, new Date(now - windowMs).toISOString());
  if (failures.length < ctx.auth.maxFailures) return 0;
  const oldest = Date.parse(failures[failures.length - ctx.auth.maxFailures] ?? failures[0] ?? '');
  return Math.max(1, Math.ceil((oldest + windowMs - now) / MINUTE));
}

/** Records a failure for the key (and forgets failures that left every window). */
export async function noteLoginFailure(ctx: Context, key: string): Promise<void> {
  const now = ctx.now().getTime();
  await recordLoginFailure(ctx.db, {
    keyHash: key,
    at: new Date(now).toISOString(),
    forgetBefore: new Date(now - ctx.auth.failureWindowMinutes * MINUTE).toISOString(),
  });
}

/** Forgets the key's failures after a successful login. */
export async function clearLoginKey(ctx: Context, key: string): Promise<void> {
  await clearLoginFailures(ctx.db, key);
}

let decoy: Promise<string> | undefined;
/**
 * A hash to verify against when the username is unknown, so an unknown name costs the same scrypt time as a
 * wrong password and the response time does not tell which names exist.
 */
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('decoy password that matches nothing');
  return decoy;
}
