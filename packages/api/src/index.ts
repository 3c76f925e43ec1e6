export { type AccessLevel, grants, ROLE_LEVELS, ROLE_UNIT_LEVELS } from './access.js';
export { clearedSessionCookie, readSessionCookie, sessionCookie, sessionCookieName } from './auth/cookie.js';
export { hashPassword, SCRYPT_PARAMS, type ScryptParams, verifyPassword } from './auth/password.js';
export {
  type RoleGrant,
  resolveSession,
  type SessionInfo,
  sessionIdOf,
  startSession,
} from './auth/sessions.js';
export type { LoginRefusal } from './auth/settings.js';
export { type AuthSettings, DEFAULT_AUTH_SETTINGS, scryptOf } from './auth/settings.js';
export { authorizeAdmin } from './authorize.js';
export {
  boardInput,
  communeOverview,
  communesWithYears,
  publicBoard,
  publicBoardFromSnapshot,
} from './board.js';
export {
  type AuditInput,
  type Context,
  type ContextParts,
  type CookieSink,
  createContext,
  type RequestMeta,
} from './context.js';
export type { ErrorShape, FieldIssue } from './error-format.js';
export { type ApiError, ERROR_STATUS, type ErrorCode } from './errors.js';
export { faultOf } from './faults.js';
export { annualPaperFacts, candidatePaperFacts } from './paper-facts.js';
export { type AdminRouter, adminRouter } from './routers/admin.js';
export { forecastInput } from './routers/progress.js';
export {
  createCallerFactory,
  type Meta,
  type Policy,
  SCOPE_FIELDS,
  type ScopeKind,
  type ScopeRef,
} from './trpc.js';
export { accountDeadlines } from './use-cases/account-deadlines.js';
export { calendarFeedText } from './use-cases/calendar-feed.js';
export { type ImportAnswer, importInput, MAX_ERRORS_SHOWN } from './use-cases/import-register.js';
export { paperOrRefusal } from './use-cases/read-paper.js';
