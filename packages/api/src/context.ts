import {
  type AuditEntry,
  appendAudit,
  auditRead,
  type ChainHead,
  countRefusal,
  type DbClient,
  type DbTransaction,
  type OrgPath,
  recordAudit,
} from '@ketnap/db';
import type { AuditAction, IsoDate } from '@ketnap/domain';
import type { RoleGrant, SessionInfo } from './auth/sessions.js';
import type { LoginRefusal } from './auth/settings.js';
import { type AuthSettings, DEFAULT_AUTH_SETTINGS } from './auth/settings.js';

export type { RoleGrant, SessionInfo };

/**
 * Where a resolver asks the HTTP shell to set or clear the session cookie. The server writes a Set-Cookie
 * header; tests pass a sink that records the calls.
 */
export interface CookieSink {
  setSession(token: string): void;
  clearSession(): void;
}

/**
 * An audit entry as a resolver writes it: the actor and the instant come from the context. Its action is one of the
 * domain's labelled actions (`auditActionLabels`), so the audit screen has words for every entry the api writes.
 */
export type AuditInput = Omit<AuditEntry, 'at' | 'actor' | 'action'> & { action: AuditAction };

/** What the HTTP shell knows about a request. */
export interface RequestMeta {
  /** The client address: one of the login rate limit's keys. */
  ip: string;
  /** True when the call came inside a tRPC batch (`?batch=1`): a login must come alone. */
  batched?: boolean;
}

/** What every procedure may use. No HTTP in here, so tests build it directly. */
export interface Context {
  db: DbClient;
  /** Today on the Vietnamese calendar (the shell owns the clock; the domain never reads it). */
  today: () => IsoDate;
  /** The current instant (UTC), for sessions and audit timestamps. */
  now: () => Date;
  /** The signed-in caller, or null. Procedures built on a guarded builder see it non-null. */
  session: SessionInfo | null;
  /** Facts about the request the shell knows. */
  requestMeta: RequestMeta;
  cookies: CookieSink;
  auth: AuthSettings;
  /**
   * Appends an audit entry inside `trx`, the transaction of the change it records, with the caller as actor:
   * `await ctx.audit(trx, { action: 'candidate.cell-vote', targetType: 'candidate', targetId, orgId: cellId,
   * payload: { eventId } })`. Payload: ids and field names only.
   */
  audit(trx: DbTransaction, entry: AuditInput): Promise<ChainHead>;
  /** Records an entry in its own transaction: a refused attempt, or anything that changes nothing else. */
  auditAttempt(entry: AuditInput): Promise<ChainHead>;
  /**
   * Records that the caller read these sensitive fields (names only) of a target; call it in every resolver that
   * returns a candidate's sensitive fields.
   */
  auditRead(read: {
    /** Audited as `<targetType>.read-sensitive`: only the types whose read has words. */
    targetType: 'candidate' | 'commune';
    targetId: string;
    orgId: string | null;
    fields: readonly string[];
  }): Promise<ChainHead>;
  /**
   * Counts a refused anonymous login under today's date (`refusal_count`) instead of chaining an audit entry, so an
   * anonymous flood cannot bury the trail; the count says how many, never who.
   */
  countRefusal(kind: LoginRefusal): Promise<void>;
}

/**
 * What a use case runs with: the context of a call past the access check (trpc.ts), with the signed-in caller and
 * the units its input names, resolved in the order of the procedure's scopes (none for an `authed` procedure).
 */
export interface CallerContext extends Context {
  session: SessionInfo;
  units: OrgPath[];
}

/** The parts a host supplies; everything but the database and the calendar day has a default. */
export interface ContextParts {
  db: DbClient;
  today: () => IsoDate;
  now?: () => Date;
  session?: SessionInfo | null;
  requestMeta?: RequestMeta;
  cookies?: CookieSink;
  auth?: AuthSettings;
}

const DROP_COOKIES: CookieSink = { setSession: () => {}, clearSession: () => {} };

/**
 * Builds a context from its parts; the HTTP host and the tests both call this. Without a session the caller is
 * anonymous; without a cookie sink cookies are dropped (a server-side caller has no browser).
 */
export function createContext(parts: ContextParts): Context {
  const now = parts.now ?? (() => new Date());
  const session = parts.session ?? null;
  const stamp = () => ({ at: now().toISOString(), actor: session?.accountId ?? null });
  return {
    db: parts.db,
    today: parts.today,
    now,
    session,
    requestMeta: parts.requestMeta ?? { ip: 'local' },
    cookies: parts.cookies ?? DROP_COOKIES,
    auth: parts.auth ?? DEFAULT_AUTH_SETTINGS,
    audit: (trx, entry) => appendAudit(trx, { ...entry, ...stamp() }),
    auditAttempt: (entry) => recordAudit(parts.db, { ...entry, ...stamp() }),
    auditRead: (read) => auditRead(parts.db, { ...read, ...stamp() }),
    countRefusal: (kind) => countRefusal(parts.db, { day: parts.today(), kind }),
  };
}
