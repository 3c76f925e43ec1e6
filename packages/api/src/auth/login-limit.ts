import { createHash, randomUUID } from 'node:crypto';
import {
  type DbClient,
  forgiveLoginAttempt,
  insertLoginAttempt,
  type LoginAttemptRow,
  lockLoginGate,
  loginAttemptsAfter,
} from '@ketnap/db';
import type { AuthSettings } from './settings.js';

const MINUTE = 60_000;

/**
 * The keys one login attempt counts against: the account (the typed username, whatever the address), the client
 * address (whatever the username), and the global hashing budget. Hashes of the scope and the value, so no login
 * name is stored; the global key is the same for everyone.
 */
export interface LoginKeys {
  account: string;
  address: string;
  global: string;
}

const keyOf = (scope: string, value: string) =>
  createHash('sha256').update(`${scope}\n${value}`).digest('hex');
const GLOBAL_KEY = keyOf('global', '');

/** The limit keys of an attempt by `username` (trimmed, lower-cased as accounts store it) from `ip`. */
export function loginKeys(username: string, ip: string): LoginKeys {
  return {
    account: keyOf('account', username.trim().toLowerCase()),
    address: keyOf('address', ip),
    global: GLOBAL_KEY,
  };
}

/** Whether an attempt may go on to the password check, and why not. */
export type LoginAdmission =
  | { ok: true }
  /** The account or the address has used its attempts: wait this many whole minutes. */
  | { ok: false; reason: 'rate-limited'; waitMinutes: number }
  /** The global budget of password checks for the last minute is spent. */
  | { ok: false; reason: 'busy' };

/** A reservation: the attempt's id when admitted, else the refusal. */
export type LoginReservation = { ok: true; attemptId: string } | Extract<LoginAdmission, { ok: false }>;

/**
 * Minutes until one more attempt is allowed on a key holding `times` (ISO instants, oldest first, all inside the
 * window), or 0 when it is allowed now: with `max` of them counted, the wait lasts until the oldest of the newest
 * `max` leaves the window (rounded up to a whole minute, at least 1). An attempt exactly `windowMs` old has left.
 */
export function waitMinutes(times: readonly string[], max: number, windowMs: number, now: number): number {
  if (times.length < max) return 0;
  const oldest = Date.parse(times[times.length - max] ?? times[0] ?? '');
  return Math.max(1, Math.ceil((oldest + windowMs - now) / MINUTE));
}

/**
 * The decision on one more attempt, from the attempts already counted (pure; `attempts` may hold rows of any key and
 * age). Refused when the account has `maxFailures` attempts inside the window, or the address
 * `maxFailuresPerAddress` (the longer wait of the two is said), else when the last minute holds
 * `maxHashesPerMinute` attempts in all.
 */
export function admitLogin(
  attempts: readonly LoginAttemptRow[],
  keys: LoginKeys,
  settings: AuthSettings,
  now: number,
): LoginAdmission {
  const windowMs = settings.failureWindowMinutes * MINUTE;
  const timesOf = (key: string, sinceMs: number) =>
    attempts.filter((a) => a.keyHash === key && Date.parse(a.at) > now - sinceMs).map((a) => a.at);
  const wait = Math.max(
    waitMinutes(timesOf(keys.account, windowMs), settings.maxFailures, windowMs, now),
    waitMinutes(timesOf(keys.address, windowMs), settings.maxFailuresPerAddress, windowMs, now),
  );
  if (wait > 0) return { ok: false, reason: 'rate-limited', waitMinutes: wait };
  if (timesOf(keys.global, MINUTE).length >= settings.maxHashesPerMinute)
    return { ok: false, reason: 'busy' };
  return { ok: true };
}

/**
 * Reserves an attempt BEFORE its password is checked, in one transaction behind the login gate (so concurrent
 * attempts, in this process or any other, are decided one after another, each seeing the others' reservations):
 * reads the attempts counted against its keys, decides with {@link admitLogin}, and when admitted counts this one
 * against all three keys. A failed check leaves the reservation counted; {@link forgiveLogin} takes it back.
 */
export async function reserveLogin(
  db: DbClient,
  keys: LoginKeys,
  settings: AuthSettings,
  now: Date,
): Promise<LoginReservation> {
  const t = now.getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  const windowMs = settings.failureWindowMinutes * MINUTE;
  return db.transaction().execute(async (trx) => {
    await lockLoginGate(trx, iso(t));
    const attempts = [
      ...(await loginAttemptsAfter(trx, [keys.account, keys.address], iso(t - windowMs))),
      ...(await loginAttemptsAfter(trx, [keys.global], iso(t - MINUTE))),
    ];
    const admission = admitLogin(attempts, keys, settings, t);
    if (!admission.ok) return admission;
    const attemptId = randomUUID();
    await insertLoginAttempt(trx, {
      attemptId,
      keyHashes: [keys.account, keys.address, keys.global],
      at: iso(t),
      forgetBefore: iso(t - Math.max(windowMs, MINUTE)),
    });
    return { ok: true, attemptId };
  });
}

/**
 * After a successful login: the account's counted attempts are forgotten (its owner proved the password), and this
 * attempt no longer counts against the address. It still counts in the global budget: its hash was work done. The
 * address keeps its other attempts, so a valid account of one's own cannot reset the address's limit.
 */
export async function forgiveLogin(db: DbClient, keys: LoginKeys, attemptId: string): Promise<void> {
  await forgiveLoginAttempt(db, { attemptId, keyHashes: [keys.address], clearKeyHashes: [keys.account] });
}

let hashing = 0;

/**
 * Takes one of this process's `max` password-check slots; false when all are taken (the login is then refused
 * without hashing). Every true answer is paired with one {@link leaveHashing}.
 */
export function enterHashing(max: number): boolean {
  if (hashing >= max) return false;
  hashing++;
  return true;
}

/** Gives back a slot taken by {@link enterHashing}. */
export function leaveHashing(): void {
  hashing = Math.max(0, hashing - 1);
}
