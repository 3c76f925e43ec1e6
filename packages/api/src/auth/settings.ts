/**
 * Session and login limits (docs/access.md). The server reads them from the environment; tests pass their own.
 */
export interface AuthSettings {
  /** A session unused for this long ends (sliding: every use moves the window). */
  idleMinutes: number;
  /** A session ends this long after login, however active. */
  absoluteHours: number;
  /** Failed logins allowed per username and client address within the window … */
  maxFailures: number;
  /** … of this many minutes; the next attempt is refused until the oldest failure leaves the window. */
  failureWindowMinutes: number;
  /**
   * The server runs the demo (KETNAP_DEMO=1): demo accounts may sign in with the public demo password (the console
   * nags). When false, an account still carrying the demo mark must change its password at its next sign-in.
   */
  demoPasswordsAllowed: boolean;
  /** A one-time password set by an administrator's reset signs in for this many hours, then no more. */
  oneTimePasswordHours: number;
}

/** 30 minutes idle, 12 hours at most, 5 failures per 15 minutes, demo passwords allowed, one-time for 72 hours. */
export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  idleMinutes: 30,
  absoluteHours: 12,
  maxFailures: 5,
  failureWindowMinutes: 15,
  demoPasswordsAllowed: true,
  oneTimePasswordHours: 72,
};
