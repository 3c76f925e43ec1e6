import { SCRYPT_PARAMS, type ScryptParams } from './password.js';

/**
 * Session and login limits (docs/access.md). The server reads the session ones from the environment and keeps the
 * login limits' defaults; tests pass their own.
 */
export interface AuthSettings {
  /** A session unused for this long ends (sliding: every use moves the window). */
  idleMinutes: number;
  /** A session ends this long after login, however active. */
  absoluteHours: number;
  /** Login attempts not forgiven by a success allowed per username (from any address) within the window … */
  maxFailures: number;
  /** … and per client address (whatever the usernames) within the same window … */
  maxFailuresPerAddress: number;
  /** … of this many minutes; the next attempt is refused until the oldest counted one leaves the window. */
  failureWindowMinutes: number;
  /** Password checks (scrypt) at most in flight at once in one process; past it a login is refused unhashed. */
  maxHashesInFlight: number;
  /** Password checks at most per minute over every process and username; past it a login is refused unhashed. */
  maxHashesPerMinute: number;
  /**
   * Every login that reaches the limit check answers no sooner than this many milliseconds after it started, or
   * than the slowest recent password check if slower: a refusal for a locked key (which hashes nothing) then takes
   * as long as a real check, so timing tells neither the lock nor which usernames exist. The wait is a sleep, which
   * costs no CPU.
   */
  loginFloorMs: number;
  /**
   * The server runs the demo (KETNAP_DEMO=1): demo accounts may sign in with the public demo password (the console
   * nags). When false, an account still carrying the demo mark must change its password at its next sign-in.
   */
  demoPasswordsAllowed: boolean;
  /** A one-time password set by an administrator's reset signs in for this many hours, then no more. */
  oneTimePasswordHours: number;
  /** scrypt cost of new hashes and of the decoy: only tests lower it (the default is {@link SCRYPT_PARAMS}). */
  scrypt?: ScryptParams;
}

/**
 * 30 minutes idle, 12 hours at most; 5 attempts per username and 10 per address per 15 minutes; 4 password checks
 * in flight per process and 120 a minute in all; logins answer after at least 500 ms; demo passwords allowed; a
 * one-time password signs in for 72 hours.
 */
export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  idleMinutes: 30,
  absoluteHours: 12,
  maxFailures: 5,
  maxFailuresPerAddress: 10,
  failureWindowMinutes: 15,
  maxHashesInFlight: 4,
  maxHashesPerMinute: 120,
  loginFloorMs: 500,
  demoPasswordsAllowed: true,
  oneTimePasswordHours: 72,
};

/** The scrypt cost in force under `settings`. */
export const scryptOf = (settings: AuthSettings): ScryptParams => settings.scrypt ?? SCRYPT_PARAMS;

/** Kinds of refused anonymous logins, counted per day in `refusal_count` (never chained into the audit log). */
export type LoginRefusal = 'login.batched' | 'login.busy' | 'login.rate-limited' | 'login.bad-credentials';
