import { TRPCError } from '@trpc/server';

/**
 * Stable, namespaced outcome codes of the API and of the HTTP shell (apps/server), and their HTTP status. One table:
 * nothing else maps codes; the shell's `sendError` takes a code and reads its status here.
 */
export const ERROR_STATUS = {
  'BOARD.COMMUNE_NOT_FOUND': 404,
  'BOARD.YEAR_NOT_FOUND': 404,
  'REQUEST.INVALID': 400,
  /** A tRPC batch of more calls than the domain's MAX_BATCH_CALLS. */
  'REQUEST.BATCH_TOO_LARGE': 400,
  /** No route under `/api/`. */
  'REQUEST.NOT_FOUND': 404,
  /** A method the route does not take (the answer names the ones it does in `Allow`). */
  'REQUEST.METHOD': 405,
  /** A body over the limit, declared or read, or an upload that unpacks past the zip limits. */
  'REQUEST.TOO_LARGE': 413,
  /** An upload that is not an .xlsx workbook, by its Content-Type or by its bytes (RFC 9110 §15.5.16 covers both). */
  'REQUEST.NOT_XLSX': 415,
  /** A change not sent as JSON: refused as a cross-site form post would be. */
  'REQUEST.NOT_JSON': 403,
  /** A change, or an admin read, from another site. */
  'REQUEST.CROSS_SITE': 403,
  'AUTH.REQUIRED': 401,
  'AUTH.BAD_CREDENTIALS': 401,
  'AUTH.RATE_LIMITED': 429,
  'AUTH.BUSY': 429,
  'AUTH.LOGIN_BATCHED': 400,
  'AUTH.PASSWORD_CHANGE_REQUIRED': 403,
  'AUTH.ONE_TIME_PASSWORD_EXPIRED': 401,
  'ACCESS.DENIED': 403,
  'ACCESS.NOT_FOUND': 404,
  'ACCOUNT.USERNAME_TAKEN': 409,
  'ACCOUNT.STALE': 409,
  'ACCOUNT.ROLE_UNIT_MISMATCH': 400,
  'ACCOUNT.SELF': 400,
  'ACCOUNT.WRONG_PASSWORD': 400,
  'ACCOUNT.PASSWORD_COMMON': 400,
  'ACCOUNT.PASSWORD_USERNAME': 400,
  'ACCOUNT.PASSWORD_UNCHANGED': 400,
  'PIPELINE.STALE': 409,
  'PIPELINE.STEP_REFUSED': 409,
  'PRIVACY.ERASED': 409,
  /** A paper whose facts are not all recorded yet: the message names what to fill first. */
  'PAPER.INCOMPLETE': 409,
  /** A paper whose step failed its rules: no paper is issued. */
  'PAPER.STEP_FAILED': 409,
  /** A second request for a person already being verified (V-02: one request per person). */
  'VERIFICATION.DUPLICATE': 409,
  /** A verification id that is not one of the candidate's requests. */
  'VERIFICATION.NOT_FOUND': 404,
  /** An answer to a request already answered, or to an exempted side. */
  'VERIFICATION.CLOSED': 409,
  /** A day out of order: sent in the future or before the pool, answered before it was sent or in the future. */
  'VERIFICATION.BAD_DATE': 400,
  /** A re-issue of a paper the register has not numbered. */
  'PAPER.NOT_NUMBERED': 409,
  'PRIVACY.NOT_CLOSED': 409,
  'PRIVACY.TOO_EARLY': 409,
  /** A review of a cell's source list that does not fit the list (docs/source-pool.md): nothing written. */
  'SOURCE.REVIEW_REFUSED': 409,
  /** An awareness class's results that do not fit its roster, or a certificate the rules refuse: nothing written. */
  'CLASS.RESULTS_REFUSED': 409,
  'DATABASE.UNAVAILABLE': 503,
  'STORAGE.FULL': 507,
  /** An unexpected failure (a bug): logged without the request's data, answered without the error's text. */
  'SERVER.INTERNAL': 500,
  /** The apps' builds are missing beside the server (a source run before `pnpm build`). */
  'SERVER.APP_NOT_BUILT': 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A business outcome that ends a request: a code, and a message in Vietnamese and English. */
export interface ApiError {
  code: ErrorCode;
  message: { vi: string; en: string };
}

const TRPC_CODE = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_SUPPORTED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_SERVER_ERROR',
  503: 'SERVICE_UNAVAILABLE',
  507: 'INTERNAL_SERVER_ERROR',
} as const;

/** The tRPC error for an outcome; the Vietnamese message is what the console shows. */
export function toTRPCError(error: ApiError): TRPCError {
  return new TRPCError({
    code: TRPC_CODE[ERROR_STATUS[error.code]],
    message: error.message.vi,
    cause: error,
  });
}

/**
 * The value of a result, or its error thrown as the tRPC error: for resolvers over the read modules that answer
 * values (board.ts, commune-year.ts), which the HTTP shell also calls and maps itself.
 */
export function valueOrThrow<T>(result: { ok: true; value: T } | { ok: false; error: ApiError }): T {
  if (!result.ok) throw toTRPCError(result.error);
  return result.value;
}
