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
}

/** 30 minutes idle, 12 hours at most, 5 failures per 15 minutes. */
export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  idleMinutes: 30,
  absoluteHours: 12,
  maxFailures: 5,
  failureWindowMinutes: 15,
};
