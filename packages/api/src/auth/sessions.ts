import { createHash, randomBytes } from 'node:crypto';
import {
  type Account,
  accountById,
  type DbClient,
  grantsOf,
  insertSession,
  type Role,
  sessionById,
  touchSession,
} from '@ketnap/db';
import type { AuthSettings } from './settings.js';

/** One role over one organisation unit (and everything under it). */
export interface RoleGrant {
  role: Role;
  orgId: string;
}

/** The signed-in caller, as every procedure sees it. */
export interface SessionInfo {
  /** The session row's id (hash of the token), for logout. */
  sessionId: string;
  accountId: string;
  username: string;
  displayName: string;
  roles: RoleGrant[];
  /**
   * Only `auth.*` answers until the person sets a password of their own (after a reset, or a demo account with the
   * demo switched off); enforced by the one access check. Absent means false (callers built without the database).
   */
  mustChangePassword?: boolean;
  /** The account still has the public demo password (the console shows a warning). Absent means false. */
  demo?: boolean;
}

/**
 * An account's password marks as the caller sees them: must it change its password before anything else (reset by
 * an administrator, or a demo account while demo passwords are not allowed), and is it a demo account.
 */
export function passwordMarks(
  account: Pick<Account, 'must_change_password' | 'demo'>,
  settings: Pick<AuthSettings, 'demoPasswordsAllowed'>,
): { mustChangePassword: boolean; demo: boolean } {
  const demo = account.demo === 1;
  return {
    mustChangePassword: account.must_change_password === 1 || (demo && !settings.demoPasswordsAllowed),
    demo,
  };
}

const MINUTE = 60_000;
// Sliding the idle window on every request would make every read a write; a minute's precision is enough.
const TOUCH_AFTER_MS = MINUTE;

/** Hex SHA-256 of a session token: the only form of it the database holds. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Opens a session for an account: a 256-bit random token for the cookie, its hash stored. Returns the token (to
 * hand to the cookie, never to store) and the absolute end.
 */
export async function startSession(
  db: DbClient,
  accountId: string,
  now: Date,
  settings: AuthSettings,
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const sessionId = sessionIdOf(token);
  const expiresAt = new Date(now.getTime() + settings.absoluteHours * 60 * MINUTE);
  const at = now.toISOString();
  await insertSession(db, {
    id: sessionId,
    account_id: accountId,
    created_at: at,
    last_seen_at: at,
    expires_at: expiresAt.toISOString(),
    revoked_at: null,
  });
  return { token, sessionId, expiresAt };
}

/**
 * The caller behind a session token at `now`, or null when the token is unknown, the session was revoked
 * (logout, account disabled), is past its absolute end, or was idle longer than the idle timeout (both ends
 * exclusive: at exactly the limit it has ended), or the account is disabled. A live session's idle window slides.
 */
export async function resolveSession(
  db: DbClient,
  token: string,
  now: Date,
  settings: AuthSettings,
): Promise<SessionInfo | null> {
  const session = await sessionById(db, sessionIdOf(token));
  if (!session || session.revoked_at !== null) return null;
  const t = now.getTime();
  if (t >= Date.parse(session.expires_at)) return null;
  const lastSeen = Date.parse(session.last_seen_at);
  if (t >= lastSeen + settings.idleMinutes * MINUTE) return null;
  const account = await accountById(db, session.account_id);
  if (account?.disabled !== 0) return null; // unknown or disabled
  if (t - lastSeen >= TOUCH_AFTER_MS) await touchSession(db, session.id, now.toISOString());
  const grants = await grantsOf(db, account.id);
  return {
    sessionId: session.id,
    accountId: account.id,
    username: account.username,
    displayName: account.display_name,
    roles: grants.map((g) => ({ role: g.role, orgId: g.org_id })),
    ...passwordMarks(account, settings),
  };
}
